/** The opposing-signals figure: two outlier groups whose losses oscillate out of phase at the edge of stability. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'opposing-signals',
  caption:
    'A two-layer network trained by full-batch gradient descent on data with two small outlier groups that share one large feature but carry opposite labels. Sharpness rises to the stability limit 2/η; then the two groups’ losses swing in opposite directions from step to step and the total loss spikes.',
  panels: [
    {
      kind: 'line',
      id: 'groups',
      title: 'Loss of each group',
      xLabel: 'step',
      yLabel: 'mean squared error',
      yScale: 'log',
      series: [
        { key: 'groupA', label: 'outlier group A (label +1)' },
        { key: 'groupB', label: 'outlier group B (label −1)' },
        { key: 'rest', label: 'all other examples' },
        { key: 'total', label: 'total training loss', style: 'dashed' },
      ],
    },
    {
      kind: 'line',
      id: 'sharp',
      title: 'Sharpness against the stability limit',
      xLabel: 'step',
      yLabel: 'top Hessian eigenvalue',
      series: [
        { key: 'sharpness', label: 'sharpness λ_max' },
        { key: 'threshold', label: '2/η', style: 'dashed' },
      ],
    },
    {
      kind: 'points',
      id: 'phase',
      title: 'Loss of group A against group B, last 60 steps',
      xLabel: 'loss A',
      yLabel: 'loss B',
    },
  ],
  csvColumns: ['groupA', 'groupB', 'rest', 'total', 'sharpness', 'threshold'],
  summaryKeys: ['total', 'groupA', 'groupB', 'sharpness'],
  summaryLabels: ['total loss', 'group A loss', 'group B loss', 'sharpness'],
};
