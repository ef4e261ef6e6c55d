/** Naive Bayes against logistic regression: test error against the number of training samples. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'nbvlr',
  caption:
    'Test error of naive Bayes and logistic regression trained on the same m samples of three Gaussian classes in 20 dimensions, six of whose features are near-copies of one another. Naive Bayes gets close to its (worse) asymptote within a few dozen samples; logistic regression needs hundreds, then overtakes it: the two regimes.',
  panels: [
    {
      kind: 'line',
      id: 'err',
      title: 'Test error against training samples',
      x: 'm',
      xLabel: 'training samples m',
      xScale: 'log',
      yLabel: 'test error',
      series: [
        { key: 'nb', label: 'naive Bayes' },
        { key: 'lr', label: 'logistic regression' },
        { key: 'nbInf', label: 'naive Bayes, infinite data', style: 'dashed' },
        { key: 'bayes', label: 'Bayes error (logistic regression’s limit)', style: 'dashed' },
      ],
    },
    {
      kind: 'readout',
      id: 'now',
      title: 'Largest sample',
      items: [
        { key: 'm', label: 'samples m', help: 'Training samples in the last point of the sweep.', digits: 0 },
        {
          key: 'nb',
          label: 'naive Bayes error',
          help: 'Test error of naive Bayes, averaged over eight training sets.',
        },
        {
          key: 'lr',
          label: 'logistic regression error',
          help: 'Test error of logistic regression, averaged over the same training sets.',
        },
      ],
    },
  ],
  csvColumns: ['m', 'nb', 'lr', 'nbInf', 'bayes'],
  summaryKeys: ['nb', 'lr', 'nbInf', 'bayes'],
  summaryLabels: ['naive Bayes error', 'logistic regression error', 'naive Bayes asymptote', 'Bayes error'],
  instant: true,
};
