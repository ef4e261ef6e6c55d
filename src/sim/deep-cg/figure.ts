/** The learned conjugate-direction figure: residual histories of CG and of learned search directions. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'deep-cg',
  caption:
    'A 31 × 31 Poisson system solved by conjugate gradients and by a conjugate-direction method whose search directions come from a small multi-scale convolutional network trained, without solutions, to act like A⁻¹ up to scale. Untrained, its directions stall; within a few dozen training steps they reach the tolerance in a fraction of CG’s iterations.',
  panels: [
    {
      kind: 'curves',
      id: 'residual',
      title: 'Relative residual ‖r_k‖/‖b‖ during one solve',
      xLabel: 'iteration k',
      yLabel: '‖r_k‖ / ‖b‖',
      yScale: 'log',
    },
    {
      kind: 'line',
      id: 'its',
      title: 'Iterations to reach 10⁻⁶, as the network trains',
      xLabel: 'training step',
      yLabel: 'iterations',
      yScale: 'log',
      series: [
        { key: 'cgIts', label: 'conjugate gradients', style: 'dashed' },
        { key: 'dcdmIts', label: 'learned directions', style: 'points' },
      ],
    },
    {
      kind: 'line',
      id: 'loss',
      title: 'Training loss 1 − cos²(r, A f(r))',
      xLabel: 'training step',
      yLabel: 'scale-free loss',
      series: [{ key: 'loss', label: 'training loss' }],
    },
    { kind: 'heatmap', id: 'netOut', title: 'Network output for b (its first search direction)' },
    { kind: 'heatmap', id: 'exact', title: 'Exact solution A⁻¹b' },
  ],
  csvColumns: ['loss', 'dcdmIts', 'cgIts'],
  summaryKeys: ['dcdmIts', 'cgIts', 'loss'],
  summaryLabels: ['learned-direction iterations', 'CG iterations', 'training loss'],
};
