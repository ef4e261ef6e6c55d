/** The linear-network generalisation-dynamics figure: overtraining over time and across α = N/P. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'linear-overtraining',
  caption:
    'A linear student trained by gradient descent on N noisy examples of a linear teacher with P = 100 weights. With as many examples as parameters (α = 1) the test error dips and then climbs far above its minimum as training continues; with fewer or more examples the overtraining nearly vanishes.',
  panels: [
    {
      kind: 'line',
      id: 'errors',
      title: 'Errors during training (one sampled data set)',
      x: 't',
      xLabel: 'training time t (log)',
      xScale: 'log',
      yLabel: 'mean squared error',
      yScale: 'log',
      series: [
        { key: 'test', label: 'test error' },
        { key: 'train', label: 'training error' },
        { key: 'theory', label: 'test error, random-matrix average', style: 'dashed' },
        { key: 'noise', label: 'noise floor σ²', style: 'dashed' },
      ],
    },
    {
      kind: 'curves',
      id: 'sweep',
      title: 'Test error against α = N/P (random-matrix average)',
      xLabel: 'α = N / P',
      yLabel: 'test error',
      yScale: 'log',
    },
    {
      kind: 'readout',
      id: 'frozen',
      title: 'The frozen subspace',
      items: [
        {
          key: 'frozenDims',
          label: 'frozen directions',
          help: 'Directions of weight space the data never touch (P − N when N < P): gradient descent cannot move them.',
          digits: 0,
        },
        {
          key: 'frozenNorm',
          label: 'weight norm there',
          help: 'Size of the student’s weights inside the frozen subspace: its initial value, kept for ever unless weight decay shrinks it.',
          digits: 3,
        },
      ],
    },
  ],
  csvColumns: ['t', 'train', 'test', 'theory', 'noise', 'frozenDims', 'frozenNorm'],
  summaryKeys: ['test', 'train', 'theory'],
  summaryLabels: ['test error', 'training error', 'average test error'],
  instant: true,
};
