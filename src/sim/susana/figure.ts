import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'susana',
  caption:
    'Two embedding networks learn from the same few-shot episodes on 16 base classes: one with the prototypical loss, one with a Proto-Triplet term added. Both are scored on 10 classes they never saw. The margin keeps pulling queries towards their own prototype after the softmax has stopped caring, so the unseen classes come out more separable; few-shot accuracy on them barely moves.',
  panels: [
    {
      kind: 'line',
      id: 'sep',
      title: 'Separability of the unseen classes: mean inter-class ÷ mean intra-class distance',
      xLabel: 'training episode',
      yLabel: 'distance ratio',
      series: [
        { key: 'tripSep', label: 'proto + triplet' },
        { key: 'protoSep', label: 'prototypical loss' },
      ],
    },
    {
      kind: 'points',
      id: 'protoPts',
      title: 'Unseen classes, prototypical loss (first two principal axes of the embedding)',
    },
    {
      kind: 'points',
      id: 'tripPts',
      title: 'Unseen classes, proto + triplet (first two principal axes of the embedding)',
    },
    {
      kind: 'bars',
      id: 'margins',
      title: 'Nearest-neighbour margin of unseen-class points: nearest other class minus nearest own class',
      xLabel: 'margin (distance on the unit sphere; below 0 the nearest neighbour is from another class)',
      yLabel: 'share of points',
    },
    {
      kind: 'line',
      id: 'acc',
      title: 'N-way K-shot accuracy on the unseen classes (nearest prototype, 100 fixed episodes)',
      xLabel: 'training episode',
      yLabel: 'accuracy',
      series: [
        { key: 'tripAcc', label: 'proto + triplet' },
        { key: 'protoAcc', label: 'prototypical loss' },
      ],
    },
    {
      kind: 'line',
      id: 'push',
      title:
        'Who is still being pushed: training queries the prototypical softmax has settled vs. queries inside the margin',
      xLabel: 'training episode',
      yLabel: 'share of training queries',
      yDomain: [0, 1],
      series: [
        { key: 'protoSettled', label: 'settled for the prototypical loss (own class p > 0.95)' },
        { key: 'tripHinge', label: 'hinge still active (proto + triplet learner)' },
      ],
    },
    {
      kind: 'readout',
      id: 'numbers',
      title: 'Now',
      items: [
        {
          key: 'tripSep',
          label: 'separability, proto + triplet',
          help: 'Mean distance between unseen-class points of different classes over the mean distance between points of the same class (200 held-out points).',
          digits: 3,
        },
        {
          key: 'protoSep',
          label: 'separability, prototypical',
          help: 'The same for the learner trained with the prototypical loss alone.',
          digits: 3,
        },
        {
          key: 'tripAcc',
          label: 'few-shot accuracy, proto + triplet',
          help: 'Mean nearest-prototype accuracy over 100 fixed N-way K-shot episodes on the unseen classes.',
          digits: 3,
        },
        {
          key: 'protoAcc',
          label: 'few-shot accuracy, prototypical',
          help: 'The same for the prototypical learner.',
          digits: 3,
        },
        {
          key: 'tripHinge',
          label: 'queries inside the margin',
          help: 'Share of training queries in the last 20 episodes whose triplet hinge was still positive.',
          digits: 2,
        },
      ],
    },
  ],
  csvColumns: [
    'protoSep',
    'tripSep',
    'protoAcc',
    'tripAcc',
    'protoMargin',
    'tripMargin',
    'protoLoss',
    'tripLoss',
    'protoSettled',
    'tripSettled',
    'tripHinge',
  ],
  summaryKeys: ['tripSep', 'protoSep', 'tripAcc', 'protoAcc'],
  summaryLabels: [
    'separability proto + triplet',
    'separability prototypical',
    'accuracy proto + triplet',
    'accuracy prototypical',
  ],
};
