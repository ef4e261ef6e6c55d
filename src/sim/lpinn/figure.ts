/** The Lagrangian-PINN figure: a PINN fails on fast convection where the Lagrangian form succeeds. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'lpinn',
  caption:
    'Convection u_t + 30 u_x = 0 with u(x, 0) = sin x, periodic boundaries built into both networks. The ordinary (Eulerian) PINN settles on a flat, wrong solution; the Lagrangian PINN learns straight characteristics and a state that is constant along them, and matches the exact travelling wave.',
  panels: [
    {
      kind: 'line',
      id: 'err',
      title: 'Relative L2 error against the exact solution',
      xLabel: 'Adam step',
      yLabel: 'relative error',
      yScale: 'log',
      series: [
        { key: 'pinnErr', label: 'PINN (Eulerian)' },
        { key: 'lpinnErr', label: 'LPINN (Lagrangian)' },
      ],
    },
    { kind: 'heatmap', id: 'pinn', title: 'PINN prediction u(x, t) (t = 1 at the top)' },
    { kind: 'heatmap', id: 'exact', title: 'Exact solution sin(x − ct)' },
    {
      kind: 'points',
      id: 'characteristics',
      title: 'LPINN characteristics X(ξ, t), folded into [0, 2π)',
      xLabel: 'x',
      yLabel: 't',
    },
    {
      kind: 'line',
      id: 'loss',
      title: 'Training losses',
      xLabel: 'Adam step',
      yLabel: 'loss',
      yScale: 'log',
      series: [
        { key: 'pinnLoss', label: 'PINN residual + initial condition' },
        { key: 'lpinnLoss', label: 'LPINN residuals + initial conditions' },
      ],
    },
  ],
  csvColumns: ['pinnErr', 'lpinnErr', 'pinnLoss', 'lpinnLoss'],
  summaryKeys: ['pinnErr', 'lpinnErr'],
  summaryLabels: ['PINN error', 'LPINN error'],
};
