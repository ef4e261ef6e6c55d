/** Parameters of the linear-network generalisation-dynamics figure (high-dim-generalization-dynamics). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  alpha: {
    kind: 'number',
    min: 0.1,
    max: 4,
    default: 1,
    step: 0.05,
    label: 'samples per parameter α = N/P',
    help: 'Training examples N divided by parameters P = 100; α = 1 is where they are equal.',
  },
  snr: {
    kind: 'number',
    min: 0.1,
    max: 1000,
    default: 5,
    scale: 'log',
    label: 'signal-to-noise ratio',
    help: 'Variance of the teacher’s output divided by the variance of the label noise.',
  },
  init: {
    kind: 'number',
    min: 0,
    max: 2,
    default: 0,
    step: 0.05,
    label: 'initial weight scale σ₀',
    help: 'Standard deviation of the student’s initial weights; the part in the frozen subspace never changes.',
  },
  wd: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0,
    step: 0.01,
    label: 'weight decay γ',
    help: 'L2 penalty added to gradient descent; it also shrinks the frozen subspace towards zero.',
  },
  seed: seedField,
});
