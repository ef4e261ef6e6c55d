/** Parameters of the Cauchy-Schwarz information bottleneck figure (cauchy-schwarz-information-bottleneck). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  noise: {
    kind: 'enum',
    options: ['outliers', 'gaussian'] as const,
    optionLabels: ['Gaussian plus one-sided outliers', 'Gaussian only'],
    default: 'outliers',
    label: 'noise',
    help: 'The noise on the training targets; the test targets are the clean function.',
  },
  outliers: {
    kind: 'number',
    min: 0,
    max: 0.4,
    default: 0.2,
    step: 0.05,
    label: 'outlier share',
    help: 'Fraction of training targets shifted upwards by 2 to 4 (only with outlier noise).',
  },
  beta: {
    kind: 'number',
    min: 0.0001,
    max: 1,
    default: 0.01,
    scale: 'log',
    label: 'compression β',
    help: 'Weight of the compression term I_CS(x; t) in both objectives.',
  },
  sigma: {
    kind: 'number',
    min: 0.05,
    max: 2,
    default: 0.3,
    scale: 'log',
    label: 'kernel width σ_y',
    help: 'Width of the Gaussian kernel on targets and predictions in the divergence: residuals much larger than σ_y barely count.',
  },
  seed: seedField,
});
