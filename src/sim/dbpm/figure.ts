import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'dbpm',
  caption:
    'Two SimCLR encoders learn from the same synthetic time series, some of them bad positive pairs. DBPM remembers each pair’s average loss, flags the tails and stops aligning them; plain SimCLR keeps aligning scrambled views and its representation degrades.',
  panels: [
    {
      kind: 'bars',
      id: 'memory',
      title: 'Mean historical loss of each pair (DBPM’s memory), by true pair type',
      xLabel: 'mean contrastive loss over epochs so far',
      yLabel: 'pairs',
    },
    {
      kind: 'line',
      id: 'knn',
      title: '5-NN accuracy on clean held-out series (labels used only here)',
      x: 'epoch',
      xLabel: 'epoch',
      yLabel: 'accuracy',
      yDomain: [0, 1],
      series: [
        { key: 'dbpmKnn', label: 'SimCLR + DBPM' },
        { key: 'plainKnn', label: 'SimCLR' },
      ],
    },
    {
      kind: 'line',
      id: 'mining',
      title: 'What DBPM flags',
      x: 'epoch',
      xLabel: 'epoch',
      yLabel: 'share',
      yDomain: [0, 1],
      series: [
        { key: 'precision', label: 'flagged pairs that are bad (precision)' },
        { key: 'recall', label: 'bad pairs that are flagged (recall)' },
        { key: 'flagged', label: 'share of all pairs flagged', style: 'dashed' },
      ],
    },
    {
      kind: 'readout',
      id: 'numbers',
      title: 'Now',
      items: [
        {
          key: 'memNormal',
          label: 'memory, normal pairs',
          help: 'Mean over normal pairs of their average loss so far (Eq. 1).',
          digits: 2,
        },
        {
          key: 'memNoisy',
          label: 'memory, noisy pairs',
          help: 'The same for pairs from noise-dominated series.',
          digits: 2,
        },
        {
          key: 'memFaulty',
          label: 'memory, faulty pairs',
          help: 'The same for pairs whose second view is scrambled.',
          digits: 2,
        },
        {
          key: 'dbpmKnn',
          label: '5-NN accuracy, DBPM',
          help: 'Leave-one-out 5-NN accuracy among 200 clean held-out series.',
          digits: 3,
        },
        {
          key: 'plainKnn',
          label: '5-NN accuracy, SimCLR',
          help: 'The same for the encoder trained without mining.',
          digits: 3,
        },
      ],
    },
  ],
  csvColumns: ['epoch', 'plainKnn', 'dbpmKnn', 'memNormal', 'memNoisy', 'memFaulty', 'precision', 'recall', 'flagged'],
  summaryKeys: ['dbpmKnn', 'plainKnn', 'precision'],
  summaryLabels: ['5-NN accuracy DBPM', '5-NN accuracy SimCLR', 'mining precision'],
};
