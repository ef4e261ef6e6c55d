/** The neural score-estimation figure: denoising score matching, its noisy labels and early stopping. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'score-matching',
  caption:
    'A two-layer ReLU network learns the score of a diffused two-mode density by denoising score matching on 64 fixed noisy examples. The training loss keeps falling, but the error against the true score bottoms out early and then rises as the network fits the label noise: stopping early is what makes the estimate generalise.',
  panels: [
    {
      kind: 'line',
      id: 'err',
      title: 'Error against the true score (held out, σ_t²-weighted)',
      xLabel: 'gradient-descent step',
      yLabel: 'E σ_t² (s − ∇log p_t)²',
      yScale: 'log',
      series: [{ key: 'scoreErr', label: 'score error' }],
    },
    {
      kind: 'line',
      id: 'loss',
      title: 'Denoising score-matching loss',
      xLabel: 'gradient-descent step',
      yLabel: 'mean (σ_t s + ε)²',
      series: [
        { key: 'trainLoss', label: 'training set' },
        { key: 'testLoss', label: 'fresh samples' },
      ],
    },
    {
      kind: 'curves',
      id: 'score',
      title: 'Learned and true score at two noise levels',
      xLabel: 'x',
      yLabel: 'score ∇log p_t(x)',
    },
    {
      kind: 'points',
      id: 'labels',
      title: 'The regression problem: training inputs and their noisy labels',
      xLabel: 'x_t',
      yLabel: 'label −ε/σ_t',
    },
  ],
  csvColumns: ['scoreErr', 'trainLoss', 'testLoss'],
  summaryKeys: ['scoreErr', 'trainLoss'],
  summaryLabels: ['score error', 'training loss'],
};
