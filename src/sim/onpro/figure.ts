import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'onpro',
  caption:
    'Two learners see the same one-pass stream of Gaussian classes, two new classes per task, and replay from the same 20-sample buffer. ER trains on cross-entropy alone; OnPro adds a contrastive loss between the online prototypes of two views, over the new and the replayed classes, and ends the stream with more classes kept apart.',
  panels: [
    {
      kind: 'line',
      id: 'acc',
      title: 'Accuracy on all classes seen so far (held-out samples)',
      xLabel: 'batches seen',
      yLabel: 'accuracy',
      yDomain: [0, 1],
      series: [
        { key: 'opAcc', label: 'ER + online prototypes (OnPro)' },
        { key: 'erAcc', label: 'ER' },
      ],
      markers: { key: 'boundary', label: 'new task' },
    },
    {
      kind: 'heatmap',
      id: 'confOp',
      title: 'OnPro: confusion at the last task boundary (row: true class, column: predicted)',
    },
    { kind: 'heatmap', id: 'confEr', title: 'ER: the same confusion matrix' },
    {
      kind: 'line',
      id: 'forget',
      title: 'Forgetting at each task boundary (mean drop from each old class’s best accuracy)',
      xLabel: 'batches seen',
      yLabel: 'forgetting',
      yDomain: [0, 1],
      series: [
        { key: 'opForget', label: 'OnPro', style: 'points', symbol: 'diamond' },
        { key: 'erForget', label: 'ER', style: 'points', symbol: 'diamond' },
      ],
    },
    {
      kind: 'points',
      id: 'embedOp',
      title: 'OnPro: held-out samples in the first three embedding dimensions, coloured by class',
    },
    { kind: 'points', id: 'embedEr', title: 'ER: the same samples' },
  ],
  csvColumns: ['erAcc', 'opAcc', 'erForget', 'opForget', 'boundary'],
  summaryKeys: ['opAcc', 'erAcc'],
  summaryLabels: ['OnPro accuracy on all seen classes', 'ER accuracy on all seen classes'],
};
