/** Parameters of the neural score-estimation figure (diffusion-score-estimation-nn). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  n: {
    kind: 'int',
    min: 16,
    max: 1024,
    default: 64,
    scale: 'log',
    label: 'training samples n',
    help: 'Triples (x₀, t, ε) in the fixed training set: each is one noisy regression label −ε/σ_t.',
  },
  width: {
    kind: 'int',
    min: 16,
    max: 512,
    default: 128,
    scale: 'log',
    label: 'width m',
    help: 'Hidden ReLU units of the two-layer score network.',
  },
  lr: {
    kind: 'number',
    min: 0.01,
    max: 2,
    default: 0.5,
    scale: 'log',
    label: 'learning rate',
    help: 'Step size of full-batch gradient descent.',
  },
  sep: {
    kind: 'number',
    min: 0.5,
    max: 3,
    default: 2,
    step: 0.1,
    label: 'mode separation',
    help: 'The data are an equal mixture of N(−a, 0.5²) and N(a, 0.5²); this is a.',
  },
  seed: seedField,
});
