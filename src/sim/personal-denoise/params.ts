import { defineParams, seedField } from '../runtime/params';

/** 300 users × 100 items; BPR matrix factorisation on genuine clicks plus user-specific accidental clicks. */
export const params = defineParams({
  noise: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.4,
    step: 0.05,
    label: 'noise ratio',
    help: 'Accidental clicks added per genuine click, on average across users.',
  },
  spread: {
    kind: 'number',
    min: 0,
    max: 1.5,
    default: 1,
    step: 0.05,
    label: 'user heterogeneity',
    help: 'How much users differ in how sharply their taste is defined, which sets the scale of their losses (0 = all alike).',
  },
  drop: {
    kind: 'number',
    min: 0,
    max: 0.6,
    default: 0.25,
    step: 0.05,
    label: 'global drop ratio',
    help: 'The truncation baseline skips this share of each batch’s largest-loss positives, judged on one global scale.',
  },
  pool: {
    kind: 'int',
    min: 2,
    max: 20,
    default: 6,
    label: 'candidate pool size',
    help: 'PLD draws this many of the user’s interactions and resamples the positive among them.',
  },
  tau: {
    kind: 'number',
    min: 0.02,
    max: 5,
    default: 0.25,
    scale: 'log',
    label: 'resampling temperature τ',
    help: 'PLD picks candidate i with probability ∝ exp(−loss/τ): small τ almost always takes the user’s lowest-loss item.',
  },
  seed: seedField,
});
