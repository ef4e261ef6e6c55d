/** The neural contextual-bandit figure: regret of inverse-gap weighting over online neural regressors. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'neural-bandit',
  caption:
    'Regret against rounds (log-log, mean over seeds with a ± 1 s.e. band) of a 4-action contextual bandit whose losses are a nonlinear function of the context. A small network regresses the observed losses online; inverse-gap weighting turns its predictions into a policy whose regret grows far more slowly than the uniform policy’s linear regret.',
  panels: [
    {
      kind: 'line',
      id: 'regret',
      title: 'Cumulative regret',
      xLabel: 'round t',
      yLabel: 'regret',
      xScale: 'log',
      yScale: 'log',
      series: [
        { key: 'igwKl', label: 'IGW + KL-loss regressor', band: ['igwKlLo', 'igwKlHi'] },
        { key: 'igwSq', label: 'IGW + squared-loss regressor', band: ['igwSqLo', 'igwSqHi'] },
        { key: 'greedy', label: 'greedy (KL regressor)', band: ['greedyLo', 'greedyHi'] },
        { key: 'uniform', label: 'uniform random policy', style: 'dashed' },
      ],
      guides: [{ label: '√T', slope: 0.5 }],
    },
    {
      kind: 'readout',
      id: 'now',
      title: 'Regret so far',
      items: [
        {
          key: 'igwKl',
          label: 'IGW, KL loss',
          help: 'Σ μ(chosen) − μ(best) for inverse-gap weighting on the log-loss regressor.',
          digits: 1,
        },
        { key: 'igwSq', label: 'IGW, squared loss', help: 'The same with the squared-loss regressor.', digits: 1 },
        { key: 'greedy', label: 'greedy', help: 'Always the action with the smallest predicted loss.', digits: 1 },
        {
          key: 'uniform',
          label: 'uniform',
          help: 'Expected regret of choosing uniformly at random: linear in t.',
          digits: 1,
        },
      ],
    },
  ],
  csvColumns: [
    'igwKl',
    'igwKlLo',
    'igwKlHi',
    'igwSq',
    'igwSqLo',
    'igwSqHi',
    'greedy',
    'greedyLo',
    'greedyHi',
    'uniform',
    'sqrtKT',
  ],
  summaryKeys: ['igwKl', 'igwSq', 'greedy', 'uniform'],
  summaryLabels: [
    'regret of IGW with KL loss',
    'regret of IGW with squared loss',
    'regret of greedy',
    'regret of uniform play',
  ],
};
