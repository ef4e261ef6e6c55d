/** The Lion figure: iterates entering the box ‖x‖∞ ≤ 1/λ, then minimising f inside it. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'lion-box',
  caption:
    'Lion with weight decay λ on a quadratic whose minimum lies outside the box ‖x‖∞ ≤ 1/λ. Its iterates enter the box within a few dozen steps and then converge to the minimiser of f inside the box; without weight decay Lion leaves it, and an L2 penalty lands on a different point.',
  panels: [
    {
      kind: 'points',
      id: 'paths',
      title: 'Trajectories from the same start',
      xLabel: 'x₁',
      yLabel: 'x₂',
    },
    {
      kind: 'line',
      id: 'dist',
      title: 'Distance to the constrained minimiser',
      xLabel: 'step',
      yLabel: '‖x − x*_box‖',
      yScale: 'log',
      series: [
        { key: 'lionDist', label: 'Lion' },
        { key: 'freeDist', label: 'Lion, λ = 0', style: 'dashed' },
        { key: 'ridgeDist', label: 'GD + L2', style: 'dashed' },
      ],
    },
    {
      kind: 'line',
      id: 'viol',
      title: 'Constraint violation: how far outside the set',
      xLabel: 'step',
      yLabel: 'max(0, ‖x‖ − 1/λ)',
      series: [
        { key: 'lionViol', label: 'Lion' },
        { key: 'freeViol', label: 'Lion, λ = 0', style: 'dashed' },
        { key: 'ridgeViol', label: 'GD + L2', style: 'dashed' },
      ],
    },
  ],
  csvColumns: ['lionDist', 'lionViol', 'lionGap', 'freeDist', 'freeViol', 'ridgeDist', 'ridgeViol', 'fBox'],
  summaryKeys: ['lionViol', 'lionDist', 'freeDist'],
  summaryLabels: ['Lion violation', 'Lion distance to constrained minimiser', 'λ = 0 distance'],
  instant: true,
};
