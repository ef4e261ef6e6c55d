import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'ssl-recs',
  caption:
    'Two two-tower retrievers learn from the same clicks in a world where exposure follows a power law of popularity. One adds a contrastive loss between two masked views of each item’s features. Scored on held-out pairs against the true relevance, it retrieves more of the relevant tail items, while head items barely change.',
  panels: [
    {
      kind: 'line',
      id: 'tail',
      title: 'Recall@10 of truly relevant held-out items',
      xLabel: 'training step',
      yLabel: 'recall@10',
      series: [
        { key: 'sslTail', label: 'SSL, tail items' },
        { key: 'noneTail', label: 'no SSL, tail items' },
        { key: 'sslHead', label: 'SSL, head items', style: 'dashed' },
        { key: 'noneHead', label: 'no SSL, head items', style: 'dashed' },
      ],
    },
    {
      kind: 'bars',
      id: 'recall',
      title: 'Recall@10 by item popularity quarter (latest evaluation)',
      yLabel: 'recall@10',
    },
  ],
  csvColumns: ['noneHead', 'sslHead', 'noneTail', 'sslTail', 'loss'],
  summaryKeys: ['sslTail', 'noneTail', 'sslHead', 'noneHead'],
  summaryLabels: ['SSL tail recall@10', 'no-SSL tail recall@10', 'SSL head recall@10', 'no-SSL head recall@10'],
};
