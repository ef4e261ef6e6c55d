import { defineParams, seedField } from '../runtime/params';

/** 160 users × 80 items with hidden rank-4 tastes; three MF models trained side by side on one draw of clicks. */
export const params = defineParams({
  popBias: {
    kind: 'number',
    min: 0,
    max: 1.5,
    default: 0.5,
    step: 0.05,
    label: 'popularity bias η',
    help: 'Exposure probability is popularity^η: 0 shows every item to everyone, 2 hides the tail almost completely.',
  },
  clip: {
    kind: 'number',
    min: 0.001,
    max: 1,
    default: 0.3,
    scale: 'log',
    label: 'clipping threshold M',
    help: 'Propensities below M are raised to M before dividing: small M is the unbiased estimator, M = 1 is the naive loss.',
  },
  propensity: {
    kind: 'enum',
    options: ['true', 'popularity'] as const,
    optionLabels: ['true exposure probabilities', 'estimated from click popularity'],
    default: 'true',
    label: 'propensities used',
    help: 'The IPS loss divides by these: the true ones, or a popularity estimate like the paper’s.',
  },
  dim: {
    kind: 'int',
    min: 2,
    max: 16,
    default: 8,
    label: 'model rank',
    help: 'Latent dimension of the matrix-factorisation models.',
  },
  seed: seedField,
});
