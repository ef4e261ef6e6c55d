/** The martingale policy-evaluation figure: parameter error of three estimators as the mesh shrinks. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'martingale-pe',
  caption:
    'Relative error of the learned value function of an Ornstein–Uhlenbeck process against the time step dt. Minimising the mean-square TD error stays wrong however fine the mesh, because it fits the quadratic variation of the noise; the martingale loss and the martingale orthogonality conditions (TD/LSTD) settle at the Monte Carlo noise level.',
  instant: true,
  panels: [
    {
      kind: 'line',
      id: 'error',
      title: 'Parameter error against the mesh',
      x: 'dt',
      xLabel: 'time step dt',
      yLabel: '‖θ̂ − θ‖ / ‖θ‖',
      xScale: 'log',
      yScale: 'log',
      series: [
        { key: 'ml', label: 'martingale loss (Monte Carlo)' },
        { key: 'td', label: 'orthogonality: TD(0) / LSTD' },
        { key: 'mstde', label: 'mean-square TD error' },
      ],
      guides: [{ label: '∝ dt', slope: 1 }],
    },
    { kind: 'curves', id: 'value', title: 'Value function at the latest mesh', xLabel: 'state x', yLabel: 'V(x)' },
    {
      kind: 'readout',
      id: 'slope',
      title: 'Curvature of V (the x² coefficient)',
      items: [
        {
          key: 'trueSlope',
          label: 'exact',
          help: '−1/(β + 2κ) for reward −x², discount β = 1 and mean reversion κ = 1.',
          digits: 3,
        },
        {
          key: 'mstdeSlope',
          label: 'mean-square TD error',
          help: 'Shrinks towards 0 as dt → 0: the quadratic-variation term penalises any slope of V.',
          digits: 3,
        },
      ],
    },
  ],
  csvColumns: ['dt', 'ml', 'td', 'mstde', 'mstdeSlope', 'trueSlope'],
  summaryKeys: ['dt', 'ml', 'td', 'mstde'],
  summaryLabels: ['time step', 'error of the martingale loss', 'error of TD/LSTD', 'error of the mean-square TD error'],
};
