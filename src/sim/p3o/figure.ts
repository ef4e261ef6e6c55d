/** The P3O figure: reward and KL of PPO and P3O, each run with and without a reward shift. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'p3o',
  caption:
    'PPO and P3O on a 3-prompt, 5-response bandit, each run twice on the same random draws: once with the reward model as is, once with a per-prompt constant added. P3O’s two runs are the same run; PPO’s drift apart, because its value estimate has to absorb the offset.',
  panels: [
    {
      kind: 'line',
      id: 'reward',
      title: 'True reward of the policy',
      xLabel: 'iteration',
      yLabel: 'E_π[r]',
      series: [
        { key: 'rewardPpo', label: 'PPO' },
        { key: 'rewardPpoShift', label: 'PPO, shifted reward', style: 'dashed' },
        { key: 'rewardP3o', label: 'P3O' },
        { key: 'rewardP3oShift', label: 'P3O, shifted reward', style: 'dashed' },
      ],
    },
    {
      kind: 'line',
      id: 'kl',
      title: 'Drift from the reference policy',
      xLabel: 'iteration',
      yLabel: 'KL(π ‖ π_ref)',
      series: [
        { key: 'klPpo', label: 'PPO' },
        { key: 'klPpoShift', label: 'PPO, shifted reward', style: 'dashed' },
        { key: 'klP3o', label: 'P3O' },
        { key: 'klP3oShift', label: 'P3O, shifted reward', style: 'dashed' },
      ],
    },
    { kind: 'points', id: 'frontier', title: 'KL–reward path', xLabel: 'KL(π ‖ π_ref)', yLabel: 'E_π[r]' },
  ],
  csvColumns: [
    'rewardPpo',
    'rewardPpoShift',
    'rewardP3o',
    'rewardP3oShift',
    'klPpo',
    'klPpoShift',
    'klP3o',
    'klP3oShift',
  ],
  summaryKeys: ['rewardPpo', 'rewardPpoShift', 'rewardP3o', 'rewardP3oShift'],
  summaryLabels: ['PPO reward', 'PPO reward (shifted)', 'P3O reward', 'P3O reward (shifted)'],
};
