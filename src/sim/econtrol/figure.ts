/** The EControl figure: optimality gap per round for four ways of using a TopK compressor. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'econtrol',
  caption:
    'Ten workers with heterogeneous quadratics and noisy gradients send two of twenty coordinates per round. Compressed SGD without memory stalls far from the optimum; EControl, which feeds back a controlled fraction η of its accumulated compression error, settles lowest.',
  panels: [
    {
      kind: 'line',
      id: 'gap',
      title: 'Optimality gap f(x) − f*, relative to the start',
      xLabel: 'communication round',
      yLabel: '(f − f*) / (f(x⁰) − f*)',
      yScale: 'log',
      series: [
        { key: 'csgd', label: 'compressed SGD', style: 'dashed' },
        { key: 'ef14', label: 'EF14' },
        { key: 'ef21', label: 'EF21-SGD' },
        { key: 'ec', label: 'EControl' },
      ],
    },
    {
      kind: 'points',
      id: 'paths',
      title: 'Iterates in the two flattest directions of f, centred on x*',
      xLabel: 'flattest direction',
      yLabel: 'second flattest',
    },
  ],
  csvColumns: ['csgd', 'ef14', 'ef21', 'ec', 'blownUp'],
  summaryKeys: ['ec', 'ef21', 'ef14', 'csgd'],
  summaryLabels: ['EControl', 'EF21-SGD', 'EF14', 'compressed SGD'],
  divergedText: 'Every method blew up: the step size γ is too large for these quadratics.',
};
