/** The Z-loss figure: shift and scale invariance, and training beside log-softmax and squared error. */
import type { FigureSpec } from '../runtime/figure';

const series = (m: string) => [
  { key: `${m}_ce`, label: 'log-softmax' },
  { key: `${m}_z`, label: 'Z-loss' },
  { key: `${m}_mse`, label: 'squared error', style: 'dashed' as const },
];

export const figure: FigureSpec = {
  sim: 'z-loss',
  caption:
    'One small network trained three ways on the same ten overlapping Gaussian classes. Log-softmax keeps inflating its outputs; the Z-loss cannot be lowered that way and leaves their scale alone. Shifting and scaling the outputs changes the log-softmax loss but not the Z-loss.',
  panels: [
    {
      kind: 'line',
      id: 'top1',
      title: 'Top-1 accuracy (clean test)',
      xLabel: 'step',
      yLabel: 'accuracy',
      yDomain: [0, 1],
      series: series('top1'),
    },
    {
      kind: 'line',
      id: 'top3',
      title: 'Top-3 accuracy (clean test)',
      xLabel: 'step',
      yLabel: 'accuracy',
      yDomain: [0, 1],
      series: series('top3'),
    },
    {
      kind: 'line',
      id: 'scale',
      title: 'Logit scale: std of the D outputs',
      xLabel: 'step',
      yLabel: 'σ of outputs',
      yScale: 'log',
      series: series('scale'),
    },
    { kind: 'bars', id: 'invariance', title: 'Test loss of the log-softmax network before and after o → γo + δ' },
    {
      kind: 'curves',
      id: 'cost',
      title: 'Output-layer gradient cost per example (d = 512)',
      xLabel: 'classes D',
      yLabel: 'multiply-adds',
      xScale: 'log',
      yScale: 'log',
    },
  ],
  csvColumns: [
    'top1_ce',
    'top1_z',
    'top1_mse',
    'top3_ce',
    'top3_z',
    'top3_mse',
    'scale_ce',
    'scale_z',
    'scale_mse',
    'ceBefore',
    'ceAfter',
    'zBefore',
    'zAfter',
    'diverged',
  ],
  summaryKeys: ['top1_ce', 'top1_z', 'scale_ce', 'scale_z'],
  summaryLabels: ['log-softmax top-1', 'Z-loss top-1', 'log-softmax logit scale', 'Z-loss logit scale'],
};
