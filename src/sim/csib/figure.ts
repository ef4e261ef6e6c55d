/** The CS information bottleneck figure: CS-IB against an MSE-based bottleneck in 1-D regression. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'csib',
  caption:
    'Two bottleneck networks fitted to the same 120 noisy points, a fifth of them outliers shifted upwards. With the same compression term, the MSE prediction term is dragged towards the outliers; the Cauchy-Schwarz divergence term, estimated with kernels, ignores them and recovers the clean curve.',
  panels: [
    {
      kind: 'line',
      id: 'rmse',
      title: 'Test RMSE against the clean function',
      xLabel: 'step',
      yLabel: 'RMSE',
      yScale: 'log',
      series: [
        { key: 'rmse_mse', label: 'MSE-IB' },
        { key: 'rmse_cs', label: 'CS-IB' },
      ],
    },
    { kind: 'curves', id: 'fits', title: 'Fitted curves', xLabel: 'x', yLabel: 'prediction' },
    { kind: 'points', id: 'data', title: 'Training data', xLabel: 'x', yLabel: 'target' },
    {
      kind: 'line',
      id: 'ixt',
      title: 'Compression: I_CS(x; t) of the representation',
      xLabel: 'step',
      yLabel: 'I_CS(x; t) (nats)',
      series: [
        { key: 'ixt_mse', label: 'MSE-IB' },
        { key: 'ixt_cs', label: 'CS-IB' },
      ],
    },
  ],
  csvColumns: ['rmse_mse', 'rmse_cs', 'ixt_mse', 'ixt_cs', 'diverged'],
  summaryKeys: ['rmse_mse', 'rmse_cs', 'ixt_mse', 'ixt_cs'],
  summaryLabels: ['MSE-IB test RMSE', 'CS-IB test RMSE', 'MSE-IB I(x;t)', 'CS-IB I(x;t)'],
};
