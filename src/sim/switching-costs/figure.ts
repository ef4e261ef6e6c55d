/** The switching-costs figure: regret (switches included) against the observation budget, log-log. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'switching-costs',
  caption:
    'Regret including switching costs, worst case over the adversary’s gaps, against the observation budget B (T = 10,000, K = 4). A bandit learner sits on its T^(2/3) plateau whatever B is; spending the budget on full-information rounds only pays once B passes about T^(2/3), and then regret falls like T/√B.',
  panels: [
    {
      kind: 'line',
      id: 'regret',
      title: 'Regret at round T against the budget',
      x: 'budget',
      xLabel: 'observation budget B',
      yLabel: 'regret incl. switches',
      xScale: 'log',
      yScale: 'log',
      series: [
        { key: 'full', label: 'budget on full-information rounds', band: ['fullLo', 'fullHi'] },
        { key: 'bandit', label: 'bandit feedback only', band: ['banditLo', 'banditHi'] },
        { key: 't23', label: 'T^(2/3)', style: 'dashed' },
      ],
      markers: { key: 'phase', label: 'B ≈ T^(2/3)' },
      guides: [{ label: 'T/√B (slope −½)', slope: -0.5 }],
    },
    {
      kind: 'readout',
      id: 'now',
      title: 'At the latest budget',
      items: [
        {
          key: 'budget',
          label: 'budget B',
          help: 'Observations the learner may make (extra ones, or all of them).',
          digits: 0,
        },
        {
          key: 'full',
          label: 'regret, full-information rounds',
          help: 'Worst-gap mean regret when the budget buys rounds in which all K losses are seen.',
          digits: 0,
        },
        {
          key: 'bandit',
          label: 'regret, bandit feedback',
          help: 'Worst-gap mean regret of batched EXP3, which learns only from the actions it plays.',
          digits: 0,
        },
        {
          key: 'tOverRootB',
          label: 'T/√B',
          help: 'The minimax rate above the transition, with constant 1.',
          digits: 0,
        },
      ],
    },
  ],
  csvColumns: [
    'budget',
    'full',
    'fullLo',
    'fullHi',
    'bandit',
    'banditLo',
    'banditHi',
    'best',
    't23',
    'tOverRootB',
    'phase',
  ],
  summaryKeys: ['budget', 'full', 'bandit'],
  summaryLabels: ['budget B', 'regret with full-information rounds', 'regret with bandit feedback'],
};
