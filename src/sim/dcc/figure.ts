/** The dataset condensation figure: how much class-wise (DC) and summed (DCC) matching can tell apart. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'dcc',
  caption:
    'Gradient matching for a linear classifier on five classes that share eight irrelevant features. As the shared value grows, the class-wise DC loss can barely tell the right synthetic set (the class means) from one with the classes’ distinguishing features swapped round; the DCC loss, which sums gradients over classes first, still can. The maps move one class’s synthetic point over the plane of relevant features.',
  panels: [
    {
      kind: 'line',
      id: 'gap',
      title: 'How much worse a class-swapped synthetic set scores',
      x: 'shared',
      xLabel: 'shared irrelevant feature B',
      yLabel: 'loss(wrong) − loss(right)',
      yScale: 'log',
      series: [
        { key: 'gapDc', label: 'DC (class-wise)' },
        { key: 'gapDcc', label: 'DCC (summed over classes)' },
      ],
    },
    { kind: 'heatmap', id: 'dcMap', title: 'DC loss as class 1’s point moves (rescaled to 0–1)', overlay: 'centres' },
    { kind: 'heatmap', id: 'dccMap', title: 'DCC loss as class 1’s point moves (rescaled to 0–1)', overlay: 'centres' },
    {
      kind: 'readout',
      id: 'now',
      title: 'The maps at your B',
      items: [
        {
          key: 'rangeDc',
          label: 'DC loss range over the map',
          help: 'Largest minus smallest DC loss as class 1’s point moves: how much DC cares where it is.',
          digits: 4,
        },
        { key: 'rangeDcc', label: 'DCC loss range over the map', help: 'The same for the DCC loss.', digits: 4 },
      ],
    },
  ],
  csvColumns: ['shared', 'gapDc', 'gapDcc', 'missDc', 'missDcc', 'rangeDc', 'rangeDcc'],
  summaryKeys: ['gapDc', 'gapDcc'],
  summaryLabels: ['DC gap', 'DCC gap'],
  instant: true,
};
