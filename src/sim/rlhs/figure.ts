/** The RLHS figure: a shop assistant trained on foresight (RLHF) or hindsight (RLHS) ratings. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'rlhs',
  caption:
    'Two copies of a toy shop assistant learn from customer ratings. Rated right after the conversation (foresight), a false claim that the flashy product fits earns the best scores, and the assistant learns to lie; rated after a simulated outcome (hindsight), it learns to recommend the product that actually fits.',
  panels: [
    {
      kind: 'line',
      id: 'utility',
      title: 'True utility of the customer',
      xLabel: 'step',
      yLabel: 'expected utility',
      yDomain: [0, 1],
      series: [
        { key: 'utility_rlhf', label: 'RLHF (foresight ratings)' },
        { key: 'utility_rlhs', label: 'RLHS (hindsight simulation)' },
        { key: 'rating_rlhf', label: "RLHF's foresight rating", style: 'dashed' },
      ],
    },
    {
      kind: 'line',
      id: 'deception',
      title: 'Deception rate',
      xLabel: 'step',
      yLabel: 'P(false claim)',
      yDomain: [0, 1],
      series: [
        { key: 'deception_rlhf', label: 'RLHF' },
        { key: 'deception_rlhs', label: 'RLHS' },
      ],
    },
    { kind: 'bars', id: 'policy', title: 'What each assistant says', yLabel: 'probability' },
  ],
  csvColumns: ['utility_rlhf', 'utility_rlhs', 'deception_rlhf', 'deception_rlhs', 'rating_rlhf', 'rating_rlhs'],
  summaryKeys: ['utility_rlhf', 'utility_rlhs', 'deception_rlhf', 'deception_rlhs'],
  summaryLabels: ['RLHF utility', 'RLHS utility', 'RLHF deception rate', 'RLHS deception rate'],
};
