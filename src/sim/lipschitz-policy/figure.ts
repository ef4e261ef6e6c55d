/** The Lipschitz-policy figure: closed-loop regret against the Lipschitz bound, with and without attack. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'lipschitz-policy',
  caption:
    'Closed-loop regret against the expert (cost of the learned policy minus the expert’s nominal cost) as the Lipschitz bound L grows. Nominal regret falls as the learned policy is allowed to copy the high-gain expert; under attacks of size ε on the measured state the cost is smallest at a moderate L and rises again for large L.',
  instant: true,
  panels: [
    {
      kind: 'line',
      id: 'regret',
      title: 'Closed-loop regret against the Lipschitz bound',
      x: 'L',
      xLabel: 'Lipschitz bound L',
      yLabel: 'J(policy) − J(expert)',
      xScale: 'log',
      yScale: 'log',
      series: [
        { key: 'nominal', label: 'nominal', band: ['nominalLo', 'nominalHi'] },
        { key: 'attacked', label: 'under attack (ε)', band: ['attackedLo', 'attackedHi'] },
        { key: 'expertAttacked', label: 'expert under attack', style: 'dashed' },
      ],
    },
    {
      kind: 'curves',
      id: 'paths',
      title: 'Velocity from x₀ = (1, 0) at the highlighted L',
      xLabel: 'time',
      yLabel: 'velocity',
    },
  ],
  csvColumns: [
    'L',
    'nominal',
    'nominalLo',
    'nominalHi',
    'attacked',
    'attackedLo',
    'attackedHi',
    'expertAttacked',
    'Lstar',
  ],
  summaryKeys: ['L', 'nominal', 'attacked'],
  summaryLabels: ['Lipschitz bound', 'nominal regret', 'regret under attack'],
};
