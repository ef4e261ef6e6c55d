import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'contrastive-temperature',
  caption:
    'An encoder learns to place 512 points from 8 hidden classes on the unit sphere, seeing only two noisy views of each point. Small τ spreads them out evenly (high uniformity); large τ lets each class huddle together (high tolerance).',
  panels: [
    {
      kind: 'points',
      id: 'embedding',
      title: 'The embedding, coloured by class (m = 3: drag to rotate; otherwise its two main directions)',
      unitCircle: true,
    },
    {
      kind: 'line',
      id: 'uniformity',
      title: 'Uniformity −L_unif (higher = more evenly spread)',
      xLabel: 'training step',
      yLabel: '−L_unif (t = 2)',
      series: [
        { key: 'uniformity', label: 'this run' },
        { key: 'unifMax', label: 'uniform on the sphere', style: 'dashed' },
      ],
    },
    {
      kind: 'line',
      id: 'sims',
      title: 'Mean cosine similarities',
      xLabel: 'training step',
      yLabel: 'cosine similarity',
      yDomain: [-0.2, 1],
      series: [
        { key: 'tolerance', label: 'same class (tolerance)' },
        { key: 'posSim', label: 'two views of one point' },
        { key: 'negSim', label: 'different classes', style: 'dashed' },
      ],
    },
    {
      kind: 'bars',
      id: 'hist',
      title: 'Similarity histograms at the current step',
      xLabel: 'cosine similarity',
      yLabel: 'share of pairs',
    },
    {
      kind: 'readout',
      id: 'numbers',
      title: 'Now',
      items: [
        {
          key: 'uniformity',
          label: 'uniformity',
          help: '−log of the mean of exp(−2‖eᵢ − eⱼ‖²) over all pairs of clean points.',
          digits: 3,
        },
        {
          key: 'unifMax',
          label: 'uniform maximum',
          help: 'The uniformity of points spread uniformly over this sphere.',
          digits: 3,
        },
        {
          key: 'tolerance',
          label: 'tolerance',
          help: 'Mean cosine similarity of two different points of the same class.',
          digits: 3,
        },
        {
          key: 'knnAcc',
          label: '5-NN accuracy',
          help: 'Leave-one-out accuracy of a 5-nearest-neighbour vote in the embedding (labels used only here).',
          digits: 3,
        },
        { key: 'loss', label: 'training loss', help: 'The batch loss at this step.', digits: 3 },
      ],
    },
  ],
  csvColumns: ['loss', 'uniformity', 'tolerance', 'posSim', 'negSim', 'knnAcc'],
  summaryKeys: ['uniformity', 'tolerance', 'knnAcc'],
  summaryLabels: ['uniformity', 'tolerance', '5-NN accuracy'],
};
