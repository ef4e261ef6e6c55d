import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'prd',
  caption:
    'Two learners see the same tasks, two new classes at a time, and keep no old data. Fine-tuning leaves old prototypes where they were while the embedding drifts away from them; PRD moves them along by keeping their similarity profile over new samples, and old tasks stay accurate.',
  panels: [
    {
      kind: 'line',
      id: 'til',
      title: 'Accuracy on all tasks seen so far (task-incremental, nearest prototype)',
      xLabel: 'training step',
      yLabel: 'accuracy',
      yDomain: [0.4, 1],
      series: [
        { key: 'prdTil', label: 'PRD, average over seen tasks' },
        { key: 'ftTil', label: 'fine-tuning, average over seen tasks' },
        { key: 'prdTask1', label: 'PRD, task 1', style: 'dashed' },
        { key: 'ftTask1', label: 'fine-tuning, task 1', style: 'dashed' },
      ],
      markers: { key: 'boundary', label: 'new task' },
    },
    { kind: 'heatmap', id: 'matrixPrd', title: 'PRD: accuracy on task i (columns) after task j (rows)' },
    { kind: 'heatmap', id: 'matrixFt', title: 'Fine-tuning: the same matrix' },
    {
      kind: 'points',
      id: 'embedPrd',
      title: 'PRD: held-out samples on the sphere, coloured by task, with class prototypes',
    },
    { kind: 'points', id: 'embedFt', title: 'Fine-tuning: the same samples and prototypes' },
    {
      kind: 'line',
      id: 'cil',
      title: 'Class-incremental accuracy (all seen classes at once)',
      xLabel: 'training step',
      yLabel: 'accuracy',
      yDomain: [0, 1],
      series: [
        { key: 'prdCil', label: 'PRD' },
        { key: 'ftCil', label: 'fine-tuning' },
      ],
      markers: { key: 'boundary', label: 'new task' },
    },
  ],
  csvColumns: ['ftTil', 'prdTil', 'ftTask1', 'prdTask1', 'ftCil', 'prdCil', 'prdLoss', 'boundary'],
  summaryKeys: ['prdTil', 'ftTil', 'prdCil', 'ftCil'],
  summaryLabels: [
    'PRD task-incremental accuracy',
    'fine-tuning task-incremental accuracy',
    'PRD class-incremental accuracy',
    'fine-tuning class-incremental accuracy',
  ],
};
