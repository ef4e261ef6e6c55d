/**
 * The stability-gap figure: accuracy on every seen task after every iteration, with the task-boundary
 * evaluations (what standard evaluation sees) as diamonds, the continual-evaluation metrics live,
 * and a small picture of what each rotated task looks like.
 */
import type { FigureSpec, LineSeries } from '../runtime/figure';

const MAX_TASKS = 5;
const tasks = Array.from({ length: MAX_TASKS }, (_, i) => i + 1);

const series: LineSeries[] = [
  ...tasks.map((t): LineSeries => ({ key: `acc${t}`, label: `task ${t}` })),
  ...tasks.map((t): LineSeries => ({
    key: `b${t}`,
    label: `task ${t} at boundaries`,
    style: 'points',
    symbol: 'diamond',
  })),
];

export const figure: FigureSpec = {
  sim: 'stability-gap',
  caption:
    'Accuracy on every task seen so far, measured after every iteration. Right after each task switch the old tasks collapse and then recover; the diamonds, measured only at task boundaries, miss the dip.',
  panels: [
    {
      kind: 'line',
      id: 'acc',
      title: 'Accuracy on each task',
      xLabel: 'iteration',
      yLabel: 'test accuracy',
      yDomain: [0, 1],
      series,
      markers: { key: 'switch', label: 'task switch' },
    },
    {
      kind: 'readout',
      id: 'metrics',
      title: 'Continual-evaluation metrics',
      items: [
        {
          key: 'acc',
          label: 'ACC',
          help: 'Mean accuracy over the tasks seen so far, at the latest evaluation.',
          digits: 3,
        },
        {
          key: 'forg',
          label: 'FORG',
          help: 'Boundary forgetting: mean drop of each finished task from its best boundary accuracy to the latest boundary.',
          digits: 3,
        },
        {
          key: 'minAcc',
          label: 'min-ACC',
          help: 'Mean over finished tasks of the lowest accuracy each reached after its training ended.',
          digits: 3,
        },
        {
          key: 'wcAcc',
          label: 'WC-ACC',
          help: 'Worst-case accuracy: (1/k)·current-task accuracy + (1 − 1/k)·min-ACC; a lower bound on ACC.',
          digits: 3,
        },
        {
          key: 'wf10',
          label: 'WF¹⁰',
          help: 'Largest accuracy drop within any 10 consecutive evaluations, per task, averaged over the tasks seen.',
          digits: 3,
        },
        {
          key: 'wp10',
          label: 'WP¹⁰',
          help: 'Largest accuracy rise within any 10 consecutive evaluations, per task, averaged over the tasks seen.',
          digits: 3,
        },
      ],
    },
    { kind: 'heatmap', id: 'tasks', title: 'What each task looks like (one row per task)' },
  ],
  csvColumns: ['task', ...tasks.map((t) => `acc${t}`), 'minAcc', 'wcAcc', 'wf10', 'wp10'],
  summaryKeys: ['acc1', 'acc', 'minAcc', 'wf10'],
  summaryLabels: ['task-1 accuracy', 'ACC', 'min-ACC', 'WF¹⁰'],
};
