/** The optimistic-OMD figure: regret of OGD and optimistic OMD in a noisy matching-pennies game. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'optimistic-omd',
  caption:
    'Regret against rounds (log-log, mean over seeds with a ± 1 s.e. band) when the adversary is an opponent learning with the same algorithm and every gradient carries noise σ. Without noise, the last gradient is a good hint: optimistic OMD’s regret stops growing while OGD pays √T. Turn σ up and both pay √(σ²T).',
  panels: [
    {
      kind: 'line',
      id: 'regret',
      title: 'Regret on the expected losses',
      xLabel: 'round t',
      yLabel: 'regret',
      xScale: 'log',
      yScale: 'log',
      series: [
        { key: 'ogd', label: 'online gradient descent', band: ['ogdLo', 'ogdHi'] },
        { key: 'optimistic', label: 'optimistic OMD (hint = last gradient)', band: ['optimisticLo', 'optimisticHi'] },
        { key: 'bound', label: 'D(√σ²₁:ₜ + √Σ²₁:ₜ), optimistic run', style: 'dashed' },
      ],
      guides: [{ label: '√T', slope: 0.5 }],
    },
    {
      kind: 'readout',
      id: 'now',
      title: 'So far',
      items: [
        {
          key: 'ogd',
          label: 'regret of OGD',
          help: 'Σ x_t y_t + |Σ y_t| for online gradient descent with step 2/√t.',
          digits: 1,
        },
        {
          key: 'optimistic',
          label: 'regret of optimistic OMD',
          help: 'The same for optimistic OMD with the adaptive step.',
          digits: 1,
        },
        {
          key: 'varSum',
          label: 'adversarial variation Σ²₁:ₜ',
          help: 'Σ (y_t − y_{t−1})² of the opponent facing optimistic OMD.',
          digits: 2,
        },
      ],
    },
  ],
  csvColumns: ['ogd', 'ogdLo', 'ogdHi', 'optimistic', 'optimisticLo', 'optimisticHi', 'bound', 'varSum'],
  summaryKeys: ['ogd', 'optimistic', 'varSum'],
  summaryLabels: ['regret of OGD', 'regret of optimistic OMD', 'adversarial variation'],
};
