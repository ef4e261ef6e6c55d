/** The comp-sum losses figure: fitting speed against robustness to flipped labels as τ moves. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'comp-sum',
  caption:
    'A small network learns three Gaussian classes from labels of which 40% were flipped. Under cross-entropy (τ = 1) it memorises the flipped labels and its accuracy on clean test data falls; move τ towards 2 (mean absolute error) and it resists them, but fits more slowly.',
  panels: [
    {
      kind: 'line',
      id: 'acc',
      title: 'Accuracy',
      yLabel: 'accuracy',
      xLabel: 'step',
      yDomain: [0, 1],
      series: [
        { key: 'testAcc', label: 'clean test' },
        { key: 'trainAcc', label: 'noisy training labels' },
        { key: 'memorised', label: 'flipped labels memorised', style: 'dashed' },
      ],
    },
    {
      kind: 'heatmap',
      id: 'regions',
      title: 'Predicted class; dots: training labels',
      categorical: true,
      overlay: 'data',
    },
    {
      kind: 'line',
      id: 'loss',
      title: 'Training loss Φτ',
      yLabel: 'loss (noisy labels)',
      xLabel: 'step',
      yScale: 'log',
      series: [{ key: 'loss', label: 'training loss' }],
    },
    {
      kind: 'readout',
      id: 'now',
      title: 'Now',
      items: [
        {
          key: 'testAcc',
          label: 'clean test accuracy',
          help: 'Fraction of a clean held-out set classified correctly.',
        },
        {
          key: 'trainAcc',
          label: 'fit to given labels',
          help: 'Fraction of training points predicted as their (possibly flipped) label.',
        },
        {
          key: 'memorised',
          label: 'flipped labels memorised',
          help: 'Fraction of flipped training points predicted as their wrong label.',
        },
        {
          key: 'cleanFit',
          label: 'clean training points fit',
          help: 'Fraction of unflipped training points predicted correctly.',
        },
      ],
    },
  ],
  csvColumns: ['loss', 'trainAcc', 'testAcc', 'memorised', 'cleanFit', 'diverged'],
  summaryKeys: ['testAcc', 'trainAcc', 'memorised'],
  summaryLabels: ['clean test accuracy', 'accuracy on the noisy training labels', 'share of flipped labels memorised'],
  divergedText:
    'This learning rate is too high for this loss: lower it, or move τ away from 0, where the sum-exponential loss grows exponentially.',
};
