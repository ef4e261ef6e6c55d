import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'individual-temperature',
  caption:
    'iSogCLR’s optimal temperature τ* for one anchor, solved exactly on frozen similarities, against the share q of negatives that share the anchor’s semantics. At small ρ, frequent semantics get the larger τ*, as the paper claims; at large ρ the order reverses.',
  panels: [
    {
      kind: 'line',
      id: 'byQ',
      title: 'Optimal temperature τ* against the frequency of the anchor’s semantics',
      x: 'q',
      xScale: 'log',
      xLabel: 'share q of negatives with the anchor’s semantics',
      yLabel: 'τ*',
      series: [
        { key: 'tauStar', label: 'current ρ' },
        { key: 'tauApprox', label: 'small-ρ approximation √(Var s / 2ρ)', style: 'points' },
        { key: 'tauRho01', label: 'ρ = 0.1', style: 'dashed' },
        { key: 'tauRho04', label: 'ρ = 0.4', style: 'dashed' },
        { key: 'tauRho1', label: 'ρ = 1', style: 'dashed' },
        { key: 'tauRho2', label: 'ρ = 2', style: 'dashed' },
      ],
      markers: { key: 'atQ', label: 'this anchor’s q' },
    },
    {
      kind: 'curves',
      id: 'byRho',
      title: 'τ* against the robustness radius ρ: rare and frequent semantics cross',
      xLabel: 'robustness radius ρ',
      yLabel: 'τ*',
      xScale: 'log',
      yScale: 'log',
    },
    {
      kind: 'bars',
      id: 'weights',
      title: 'This anchor’s negatives, and the worst-case weights iSogCLR puts on them at τ*',
      xLabel: 'similarity to the anchor',
      yLabel: 'share',
    },
    {
      kind: 'readout',
      id: 'numbers',
      title: 'This anchor',
      items: [
        {
          key: 'tauNow',
          label: 'τ*',
          help: 'The temperature that minimises τ·log mean exp(s/τ) + τρ for this anchor.',
          digits: 3,
        },
        {
          key: 'klNow',
          label: 'KL(p ‖ uniform) at τ*',
          help: 'How far the worst-case weights are from uniform; equals ρ at the optimum.',
          digits: 4,
        },
        {
          key: 'tauRare',
          label: 'τ* for rare semantics (q = 0.01)',
          help: 'The same problem for an anchor whose semantics are rare, at the current ρ.',
          digits: 3,
        },
        {
          key: 'tauFrequent',
          label: 'τ* for frequent semantics (q = 0.5)',
          help: 'The same problem for an anchor whose semantics are frequent, at the current ρ.',
          digits: 3,
        },
      ],
    },
  ],
  csvColumns: ['q', 'tauStar', 'tauApprox', 'tauRho01', 'tauRho04', 'tauRho1', 'tauRho2'],
  summaryKeys: ['tauNow', 'tauRare', 'tauFrequent'],
  summaryLabels: ['τ* of this anchor', 'τ* for rare semantics', 'τ* for frequent semantics'],
  instant: true,
};
