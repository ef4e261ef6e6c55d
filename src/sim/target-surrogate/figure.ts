/** The target-surrogate figure: loss per expensive gradient query, and the paths in parameter space. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'target-surrogate',
  caption:
    'Logistic regression in two parameters with an elongated loss valley. Each expensive query returns the loss gradient with respect to the logits; GD turns it into one parameter step, SSO into m cheap steps on a surrogate built in logit space, and reaches the optimum in a fraction of the queries.',
  panels: [
    {
      kind: 'line',
      id: 'loss',
      title: 'Suboptimality per expensive gradient query',
      xLabel: 'gradient queries',
      yLabel: 'L(θ) − L*',
      yScale: 'log',
      series: [
        { key: 'gd', label: 'GD' },
        { key: 'sso', label: 'SSO' },
      ],
    },
    {
      kind: 'points',
      id: 'paths',
      title: 'Paths in parameter space (every inner SSO step drawn)',
      xLabel: 'θ₁',
      yLabel: 'θ₂',
    },
  ],
  csvColumns: ['gd', 'sso', 'distGd', 'distSso', 'lStar'],
  summaryKeys: ['gd', 'sso'],
  summaryLabels: ['GD suboptimality', 'SSO suboptimality'],
};
