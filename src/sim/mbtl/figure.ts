/** The MBTL figure: generalised performance against the number of trained tasks, and the context axis. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'mbtl',
  caption:
    'Mean performance over all contexts, as a fraction of training a policy on every context, against the number of tasks trained (mean over task families with a ± 1 s.e. band). Choosing the next task by Bayesian optimisation on a GP model of the set points plus a linear transfer gap covers the family with far fewer tasks than random or grid choices.',
  panels: [
    {
      kind: 'line',
      id: 'perf',
      title: 'Generalised performance',
      x: 'tasks',
      xLabel: 'tasks trained k',
      yLabel: 'V(S) / training everywhere',
      yDomain: [0, 1.05],
      series: [
        { key: 'mbtl', label: 'MBTL (GP + UCB)', band: ['mbtlLo', 'mbtlHi'] },
        { key: 'grid', label: 'coarse-to-fine grid', band: ['gridLo', 'gridHi'] },
        { key: 'random', label: 'random contexts', band: ['randomLo', 'randomHi'] },
        { key: 'greedy', label: 'greedy with known set points (oracle)', style: 'dashed' },
      ],
    },
    {
      kind: 'curves',
      id: 'contexts',
      title: 'One task family along the context axis (numbers: MBTL’s picks)',
      xLabel: 'context',
      yLabel: 'performance',
    },
  ],
  csvColumns: [
    'tasks',
    'mbtl',
    'mbtlLo',
    'mbtlHi',
    'grid',
    'gridLo',
    'gridHi',
    'random',
    'randomLo',
    'randomHi',
    'greedy',
  ],
  summaryKeys: ['tasks', 'mbtl', 'grid', 'random'],
  summaryLabels: ['tasks trained', 'MBTL', 'grid', 'random'],
};
