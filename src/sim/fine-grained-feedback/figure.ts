/** The fine-grained RLHF figure: dense, typed rewards against one holistic reward. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'fine-grained-feedback',
  caption:
    'A toy generator writes 20-token answers; some tokens are false, some irrelevant. Two copies learn by policy gradient from the same three reward models: one is paid after every two-token segment, the other gets the same total once, at the end. The dense reward removes errors much sooner, most of all early in the answer.',
  panels: [
    {
      kind: 'line',
      id: 'err',
      title: 'Share of bad tokens',
      x: 'episodes',
      xLabel: 'episodes',
      yLabel: 'P(false or irrelevant token)',
      yDomain: [0, 1],
      series: [
        { key: 'err_fine', label: 'fine-grained rewards' },
        { key: 'err_holistic', label: 'holistic reward' },
      ],
    },
    {
      kind: 'line',
      id: 'types',
      title: 'By error type',
      x: 'episodes',
      xLabel: 'episodes',
      yLabel: 'rate',
      series: [
        { key: 'false_fine', label: 'false, fine-grained' },
        { key: 'irr_fine', label: 'irrelevant, fine-grained' },
        { key: 'false_holistic', label: 'false, holistic', style: 'dashed' },
        { key: 'irr_holistic', label: 'irrelevant, holistic', style: 'dashed' },
      ],
    },
    { kind: 'heatmap', id: 'credit', title: 'P(bad token) at each position of the answer', xLabel: 'position' },
  ],
  csvColumns: ['episodes', 'err_fine', 'err_holistic', 'false_fine', 'false_holistic', 'irr_fine', 'irr_holistic'],
  summaryKeys: ['err_fine', 'err_holistic'],
  summaryLabels: ['bad-token rate, fine-grained', 'bad-token rate, holistic'],
};
