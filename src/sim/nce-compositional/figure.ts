/** The NCE-versus-compositional figure: estimating a Gaussian mean with an unknown partition function. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'nce-compositional',
  caption:
    'Estimating the mean of a Gaussian whose normalising constant is treated as unknown, with noise N(0, 1) four units from the data. NCE’s logistic loss saturates when data and noise are easy to tell apart, so its gradient in μ is nearly flat and it crawls; the compositional negative log-likelihood keeps a unit slope and converges in a few dozen steps.',
  panels: [
    {
      kind: 'line',
      id: 'err',
      title: 'Error in the estimated mean',
      xLabel: 'step',
      yLabel: '|μ − μ*|',
      yScale: 'log',
      series: [
        { key: 'nceErr', label: 'NCE' },
        { key: 'compErr', label: 'compositional NLL' },
      ],
    },
    {
      kind: 'points',
      id: 'paths',
      title: 'Trajectories: mean against the estimate of log Z',
      xLabel: 'μ',
      yLabel: 'log Z estimate (NCE: c)',
    },
    {
      kind: 'curves',
      id: 'land',
      title: 'Slope of each objective along μ (exact expectations)',
      xLabel: 'μ',
      yLabel: '|gradient in μ|',
      yScale: 'log',
    },
  ],
  csvColumns: ['nceErr', 'compErr', 'nceMu', 'compMu', 'nceC', 'compLogZ'],
  summaryKeys: ['nceErr', 'compErr'],
  summaryLabels: ['NCE error', 'compositional error'],
};
