/** The Nash Mirror Prox figure: KL to the regularised equilibrium against preference queries. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'nash-mirror-prox',
  caption:
    'Distance to the regularised Nash policy against the number of preference queries. Nash-MP falls in a straight line on the log scale; mirror descent with the same step falls more slowly, and Nash-MD with a constant step stalls short of the equilibrium.',
  instant: true,
  panels: [
    {
      kind: 'line',
      id: 'kl',
      title: 'KL(π*_β ‖ π) against preference queries',
      xLabel: 'preference queries N',
      yLabel: 'KL(π*_β ‖ π_N)',
      yScale: 'log',
      series: [
        { key: 'klMp', label: 'Nash-MP (two queries per iteration)' },
        { key: 'klMd', label: 'mirror descent' },
        { key: 'klNmd', label: 'Nash-MD (constant step)' },
        { key: 'rate', label: 'abstract’s rate (1+2β)^(−N/2)', style: 'dashed' },
      ],
    },
    { kind: 'simplex', id: 'simplex', title: 'Policy paths (responses 3… merged when K > 3)' },
  ],
  csvColumns: ['klMp', 'klMd', 'klNmd', 'rate'],
  summaryKeys: ['klMp', 'klMd', 'klNmd'],
  summaryLabels: ['KL to π* (Nash-MP)', 'KL to π* (mirror descent)', 'KL to π* (Nash-MD)'],
};
