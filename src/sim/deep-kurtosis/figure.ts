/** The nearly-Gaussian networks figure: non-Gaussianity of random networks grows with depth/width. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'deep-kurtosis',
  caption:
    'Thousands of randomly initialised ReLU networks of width 32 receive the same input. The first layer’s preactivation is exactly Gaussian; deeper layers grow heavier tails, with an excess kurtosis set by the depth-to-width ratio and matching the exact formula.',
  panels: [
    {
      kind: 'curves',
      id: 'kurt',
      title: 'Excess kurtosis of each layer’s preactivation',
      xLabel: 'layer ℓ / width n',
      yLabel: 'excess kurtosis',
    },
    {
      kind: 'curves',
      id: 'hist',
      title: 'Distribution of the last layer’s preactivation (in units of its standard deviation)',
      xLabel: 'z / √K',
      yLabel: 'density',
      yScale: 'log',
    },
    {
      kind: 'curves',
      id: 'kernel',
      title: 'Kernel K^(ℓ) across layers: constant only at criticality',
      xLabel: 'layer ℓ',
      yLabel: 'E[z²]',
      yScale: 'log',
    },
    {
      kind: 'line',
      id: 'estimate',
      title: 'Estimate of the last layer’s excess kurtosis as networks accumulate',
      x: 'networks',
      xLabel: 'networks drawn',
      yLabel: 'excess kurtosis',
      series: [
        { key: 'kurtLast', label: 'measured, last layer' },
        { key: 'theoryLast', label: 'exact theory', style: 'dashed' },
      ],
    },
  ],
  csvColumns: ['networks', 'kurtLast', 'theoryLast', 'kurtMid', 'kernelLast', 'depthOverWidth'],
  summaryKeys: ['kurtLast', 'theoryLast', 'depthOverWidth'],
  summaryLabels: ['excess kurtosis (last layer)', 'theory', 'depth / width'],
};
