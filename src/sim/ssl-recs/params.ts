import { defineParams, seedField } from '../runtime/params';

/** A two-tower retriever trained on clicks from a power-law world, with and without SSL on item features. */
export const params = defineParams({
  alpha: {
    kind: 'number',
    min: 0,
    max: 5,
    default: 2,
    step: 0.1,
    label: 'SSL weight α',
    help: 'Weight of the contrastive loss between two masked views of each item (Eq. 2); the no-SSL run always has 0.',
  },
  mask: {
    kind: 'enum',
    options: ['correlated', 'random'] as const,
    optionLabels: ['correlated', 'random'],
    default: 'correlated',
    label: 'feature masking',
    help: 'Correlated: each view hides a block of mutually informative features; random: the features are split at random.',
  },
  skew: {
    kind: 'number',
    min: 0,
    max: 1.5,
    default: 1,
    step: 0.05,
    label: 'popularity skew',
    help: 'Zipf exponent of item exposure: 0 shows every item to every user, 1 gives a long tail with few clicks.',
  },
  tau: {
    kind: 'number',
    min: 0.05,
    max: 1,
    default: 0.2,
    scale: 'log',
    label: 'SSL temperature τ',
    help: 'Temperature of the in-batch softmax of the SSL loss (Eq. 1).',
  },
  fidelity: {
    kind: 'number',
    min: 0.3,
    max: 1,
    default: 0.8,
    step: 0.05,
    label: 'feature fidelity',
    help: 'Probability that a feature copies its group’s hidden topic; higher means features within a group are more correlated.',
  },
  seed: seedField,
});
