/** The f-DPG figure: the three fitted policies against the target, reward and entropy over training. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'f-dpg',
  caption:
    'A two-mode target over twenty sequences and a policy family that can hold only one bump. Trained with sampled f-DPG gradients, reverse KL and Jensen–Shannon settle on the main mode (high reward, low entropy); forward KL spreads over both modes and the valley between them.',
  panels: [
    { kind: 'bars', id: 'dist', title: 'Target and fitted policies', xLabel: 'sequence', yLabel: 'probability' },
    {
      kind: 'line',
      id: 'reward',
      title: 'Alignment: expected reward E_π[r]',
      xLabel: 'step',
      yLabel: 'E_π[r]',
      series: [
        { key: 'rklReward', label: 'reverse KL (RLHF)' },
        { key: 'fklReward', label: 'forward KL (DPG)' },
        { key: 'jsReward', label: 'Jensen–Shannon' },
      ],
    },
    {
      kind: 'line',
      id: 'entropy',
      title: 'Diversity: entropy of the policy',
      xLabel: 'step',
      yLabel: 'entropy (nats)',
      series: [
        { key: 'rklEntropy', label: 'reverse KL (RLHF)' },
        { key: 'fklEntropy', label: 'forward KL (DPG)' },
        { key: 'jsEntropy', label: 'Jensen–Shannon' },
        { key: 'targetEntropy', label: 'target', style: 'dashed' },
      ],
    },
    {
      kind: 'readout',
      id: 'second',
      title: 'Mass on the second good region (sequences 11–20)',
      items: [
        {
          key: 'targetSecond',
          label: 'target',
          help: 'Share of the target distribution on sequences 11–20.',
          digits: 2,
        },
        {
          key: 'rklSecond',
          label: 'reverse KL',
          help: 'Share of the reverse-KL policy on sequences 11–20.',
          digits: 2,
        },
        {
          key: 'fklSecond',
          label: 'forward KL',
          help: 'Share of the forward-KL policy on sequences 11–20.',
          digits: 2,
        },
        {
          key: 'jsSecond',
          label: 'Jensen–Shannon',
          help: 'Share of the Jensen–Shannon policy on sequences 11–20.',
          digits: 2,
        },
      ],
    },
  ],
  csvColumns: [
    'rklReward',
    'fklReward',
    'jsReward',
    'rklEntropy',
    'fklEntropy',
    'jsEntropy',
    'targetEntropy',
    'rklSecond',
    'fklSecond',
    'jsSecond',
    'targetSecond',
    'rklTv',
    'fklTv',
    'jsTv',
  ],
  summaryKeys: ['rklReward', 'fklReward', 'jsReward', 'fklSecond'],
  summaryLabels: ['reward (reverse KL)', 'reward (forward KL)', 'reward (JS)', 'second-mode mass (forward KL)'],
};
