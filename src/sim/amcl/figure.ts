import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'amcl',
  caption:
    'Every positive pair gets either a mild or a strong noise augmentation. AMCL gives each pair, in each head, its own temperature, the maximum-likelihood solution given that pair’s loss; pairs the strong augmentation made dissimilar come out hot and count less. SimCLR treats every pair with one fixed temperature.',
  panels: [
    {
      kind: 'bars',
      id: 'taus',
      title: 'AMCL’s adaptive temperatures in the last epoch, by augmentation strength',
      xLabel: 'temperature τ of a pair in one head',
      yLabel: 'pairs × heads',
    },
    {
      kind: 'line',
      id: 'temps',
      title: 'Mean temperature of mild and strong pairs',
      x: 'epoch',
      xLabel: 'epoch',
      yLabel: 'τ',
      series: [
        { key: 'tauStrong', label: 'strong pairs' },
        { key: 'tauMild', label: 'mild pairs' },
      ],
    },
    {
      kind: 'line',
      id: 'knn',
      title: '5-NN accuracy of the backbone features on clean held-out points (labels used only here)',
      x: 'epoch',
      xLabel: 'epoch',
      yLabel: 'accuracy',
      yDomain: [0.5, 1],
      series: [
        { key: 'amclKnn', label: 'AMCL (H heads, adaptive τ)' },
        { key: 'simclrKnn', label: 'SimCLR (one head, τ = 0.2)' },
      ],
    },
    {
      kind: 'readout',
      id: 'numbers',
      title: 'Now',
      items: [
        {
          key: 'tauMild',
          label: 'mean τ, mild pairs',
          help: 'Mean adaptive temperature over mild pairs and heads in the last epoch.',
          digits: 2,
        },
        { key: 'tauStrong', label: 'mean τ, strong pairs', help: 'The same over strong pairs.', digits: 2 },
        {
          key: 'tauCorr',
          label: 'τ–strength correlation',
          help: 'Correlation between a pair’s temperature and whether its augmentation was strong (0 when only one strength occurs).',
          digits: 2,
        },
        {
          key: 'amclKnn',
          label: '5-NN accuracy, AMCL',
          help: 'Leave-one-out 5-NN accuracy among 160 clean held-out points, cosine on backbone features.',
          digits: 3,
        },
        {
          key: 'simclrKnn',
          label: '5-NN accuracy, SimCLR',
          help: 'The same for the single-head, fixed-temperature learner.',
          digits: 3,
        },
      ],
    },
  ],
  csvColumns: ['epoch', 'simclrKnn', 'amclKnn', 'tauMild', 'tauStrong', 'tauMean', 'tauCorr', 'tauCv'],
  summaryKeys: ['tauStrong', 'tauMild', 'tauCorr'],
  summaryLabels: ['mean τ strong pairs', 'mean τ mild pairs', 'τ–strength correlation'],
};
