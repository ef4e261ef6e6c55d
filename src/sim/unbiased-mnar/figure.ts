import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'unbiased-mnar',
  caption:
    'Three matrix-factorisation models learn from the same clicks, where popular items are shown more often. Scored on the true relevance, the naive loss ranks popular items too high; the clipped inverse-propensity loss corrects most of that.',
  panels: [
    {
      kind: 'line',
      id: 'ndcg',
      title: 'Ranking quality on the true relevance (nDCG@5)',
      xLabel: 'full-batch gradient step',
      yLabel: 'nDCG@5 on γ',
      series: [
        { key: 'ips', label: 'IPS loss (Eq. 2, clipped at M)' },
        { key: 'naive', label: 'naive loss (non-click = irrelevant)' },
        { key: 'ideal', label: 'ideal loss (true labels, Eq. 1)', style: 'dashed' },
      ],
    },
    {
      kind: 'bars',
      id: 'bias',
      title: 'Mean predicted relevance by item popularity (truth is flat)',
      xLabel: 'item popularity bin',
      yLabel: 'mean relevance',
    },
    {
      kind: 'readout',
      id: 'numbers',
      title: 'Now',
      items: [
        {
          key: 'ips',
          label: 'nDCG@5, IPS',
          help: 'Ranking every item for each user, scored with the true relevance γ as gain.',
          digits: 3,
        },
        {
          key: 'naive',
          label: 'nDCG@5, naive',
          help: 'The same for the model that treats every non-click as irrelevant.',
          digits: 3,
        },
        {
          key: 'ipsTail',
          label: 'nDCG@5 on rare items, IPS',
          help: 'Ranking only the 40% least popular items.',
          digits: 3,
        },
        {
          key: 'naiveTail',
          label: 'nDCG@5 on rare items, naive',
          help: 'Ranking only the 40% least popular items.',
          digits: 3,
        },
        {
          key: 'naivePopRatio',
          label: 'popular / rare, naive',
          help: 'Mean predicted relevance of the most popular fifth of items over that of the rarest fifth.',
          digits: 2,
        },
        { key: 'ipsPopRatio', label: 'popular / rare, IPS', help: 'The same ratio for the IPS model.', digits: 2 },
        {
          key: 'truePopRatio',
          label: 'popular / rare, truth',
          help: 'The same ratio for the true relevance: about 1, popularity carries no relevance here.',
          digits: 2,
        },
      ],
    },
  ],
  csvColumns: ['naive', 'ips', 'ideal', 'naiveTail', 'ipsTail', 'naivePopRatio', 'ipsPopRatio', 'truePopRatio'],
  summaryKeys: ['ips', 'naive', 'ideal'],
  summaryLabels: ['nDCG@5 IPS', 'nDCG@5 naive', 'nDCG@5 ideal'],
};
