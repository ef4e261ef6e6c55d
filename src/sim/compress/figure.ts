/** Feature compression against label noise: standard training, Dropout and Nested Dropout. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'compress',
  caption:
    'The same one-hidden-layer network fitted to 60 points, 30% of whose targets were pushed far off the curve. Trained normally it bends towards the corrupted targets and its error on the clean curve grows; with Dropout, or Nested Dropout keeping only its first features, it stays close to the clean curve.',
  panels: [
    {
      kind: 'line',
      id: 'test',
      title: 'Error against the clean curve',
      xLabel: 'step',
      yLabel: 'test MSE',
      yScale: 'log',
      series: [
        { key: 'test_std', label: 'standard' },
        { key: 'test_drop', label: 'Dropout' },
        { key: 'test_nested', label: 'Nested Dropout' },
      ],
    },
    { kind: 'curves', id: 'fits', title: 'Fitted curves', xLabel: 'x', yLabel: 'prediction' },
    { kind: 'points', id: 'data', title: 'Training data', xLabel: 'x', yLabel: 'target' },
    {
      kind: 'line',
      id: 'memo',
      title: 'Corruption reproduced',
      xLabel: 'step',
      yLabel: 'share of corruption fitted',
      yDomain: [0, 1],
      series: [
        { key: 'memo_std', label: 'standard' },
        { key: 'memo_drop', label: 'Dropout' },
        { key: 'memo_nested', label: 'Nested Dropout' },
      ],
    },
  ],
  csvColumns: ['test_std', 'test_drop', 'test_nested', 'memo_std', 'memo_drop', 'memo_nested', 'diverged'],
  summaryKeys: ['test_std', 'test_drop', 'test_nested'],
  summaryLabels: ['standard test MSE', 'Dropout test MSE', 'Nested Dropout test MSE'],
};
