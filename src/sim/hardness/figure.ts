import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'hardness',
  caption:
    'The share of the gradient each negative receives, relative to a uniform share, against its similarity to the anchor. Dashed: the paper’s four temperatures; solid: the current τ. Lower τ piles the penalty onto the hardest negatives.',
  panels: [
    {
      kind: 'line',
      id: 'penalty',
      title: 'Relative penalty n·r(s) of a negative at similarity s',
      x: 's',
      xLabel: 'similarity s to the anchor',
      yLabel: 'n · r(s)  (1 = uniform share)',
      series: [
        { key: 'penaltyRel', label: 'current τ' },
        { key: 'ref007', label: 'τ = 0.07', style: 'dashed' },
        { key: 'ref02', label: 'τ = 0.2', style: 'dashed' },
        { key: 'ref05', label: 'τ = 0.5', style: 'dashed' },
        { key: 'ref1', label: 'τ = 1', style: 'dashed' },
      ],
      markers: { key: 'intervalStart', label: '90% of the penalty lies to the right' },
    },
    {
      kind: 'curves',
      id: 'entropy',
      title: 'How spread the penalty is, against τ',
      xLabel: 'temperature τ',
      yLabel: 'fraction',
      xScale: 'log',
    },
    {
      kind: 'readout',
      id: 'numbers',
      title: 'At the current τ',
      items: [
        {
          key: 'entropy',
          label: 'entropy H(r)',
          help: 'Entropy of the penalty distribution over the negatives, in nats.',
          digits: 3,
        },
        {
          key: 'logN',
          label: 'log n',
          help: 'The largest possible entropy: every negative penalised equally (τ → ∞).',
          digits: 3,
        },
        {
          key: 'intervalLo',
          label: 'effective interval starts at',
          help: 'Negatives more similar than this receive 90% of the total penalty.',
          digits: 3,
        },
        {
          key: 'intervalShare',
          label: 'share of negatives inside',
          help: 'The fraction of the negatives that receive 90% of the penalty.',
          digits: 3,
        },
      ],
    },
  ],
  csvColumns: ['s', 'penalty', 'penaltyRel'],
  summaryKeys: ['entropy', 'intervalLo', 'intervalShare'],
  summaryLabels: [
    'entropy of the penalty',
    'effective interval starts at similarity',
    'share of negatives holding 90% of the penalty',
  ],
  instant: true,
};
