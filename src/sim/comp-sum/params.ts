/** Parameters of the comp-sum losses figure (cross-entropy-loss-theory). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  tau: {
    kind: 'number',
    min: 0,
    max: 2,
    default: 1,
    step: 0.05,
    label: 'loss parameter τ',
    help: 'Which comp-sum loss: 0 sum-exponential, 1 cross-entropy, between 1 and 2 generalised cross-entropy, 2 mean absolute error.',
  },
  noise: {
    kind: 'number',
    min: 0,
    max: 0.6,
    default: 0.4,
    step: 0.05,
    label: 'flipped labels',
    help: 'Fraction of training labels replaced by a wrong class chosen at random; the test set stays clean.',
  },
  spread: {
    kind: 'number',
    min: 0.2,
    max: 1.2,
    default: 0.55,
    step: 0.05,
    label: 'class spread',
    help: 'Standard deviation of each Gaussian class around its centre (centres sit on the unit circle): more spread, more overlap.',
  },
  classes: { kind: 'int', min: 2, max: 6, default: 3, label: 'classes', help: 'Number of Gaussian classes.' },
  lr: {
    kind: 'number',
    min: 0.0003,
    max: 0.3,
    default: 0.02,
    scale: 'log',
    label: 'learning rate',
    help: 'Adam step size for the full-batch updates.',
  },
  seed: seedField,
});
