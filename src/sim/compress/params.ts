/** Parameters of the feature-compression figure (compressing-features-noisy-labels). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  noise: {
    kind: 'number',
    min: 0,
    max: 0.6,
    default: 0.3,
    step: 0.05,
    label: 'corrupted labels',
    help: 'Fraction of training targets replaced by a random value; the test curve stays clean.',
  },
  drop: {
    kind: 'number',
    min: 0.05,
    max: 0.9,
    default: 0.5,
    step: 0.05,
    label: 'dropout rate p',
    help: 'Probability of zeroing each hidden feature during training (Dropout).',
  },
  nestedMean: {
    kind: 'number',
    min: 2,
    max: 60,
    default: 20,
    scale: 'log',
    label: 'nested: mean cut-off',
    help: 'Mean of the geometric distribution of the cut-off b: features after the b-th are dropped in each step (Nested Dropout).',
  },
  keep: {
    kind: 'int',
    min: 1,
    max: 100,
    default: 20,
    scale: 'log',
    label: 'nested: features kept at test',
    help: 'How many of the first features the nested-dropout network uses for its predictions.',
  },
  n: {
    kind: 'int',
    min: 30,
    max: 300,
    default: 60,
    label: 'training points',
    help: 'Number of noisy training points.',
  },
  lr: {
    kind: 'number',
    min: 0.001,
    max: 0.05,
    default: 0.02,
    scale: 'log',
    label: 'learning rate',
    help: 'Adam step size for all three networks.',
  },
  seed: seedField,
});
