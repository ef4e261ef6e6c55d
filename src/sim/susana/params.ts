import { defineParams, seedField } from '../runtime/params';

/** Episodic few-shot training on Gaussian base classes, evaluation on held-out (novel) classes. */
export const params = defineParams({
  margin: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.5,
    step: 0.05,
    label: 'margin m',
    help: 'Proto-Triplet margin: a query must be at least m closer to its own prototype than to the nearest other one (embeddings live on the unit sphere, distances ≤ 2).',
  },
  weight: {
    kind: 'number',
    min: 0,
    max: 4,
    default: 1,
    step: 0.1,
    label: 'triplet weight λ',
    help: 'Weight of the Proto-Triplet term added to the prototypical loss in the second learner (0: both learners are identical).',
  },
  nWay: {
    kind: 'int',
    min: 2,
    max: 10,
    default: 5,
    step: 1,
    label: 'N-way',
    help: 'Classes per episode, in training (base classes) and in the evaluation episodes (novel classes).',
  },
  kShot: {
    kind: 'int',
    min: 1,
    max: 10,
    default: 5,
    step: 1,
    label: 'K-shot',
    help: 'Labelled support points per class in an episode; their mean embedding is the class prototype.',
  },
  nuisance: {
    kind: 'number',
    min: 0,
    max: 4,
    default: 2,
    step: 0.1,
    label: 'nuisance scale',
    help: 'Standard deviation of the 10 input directions that carry no class information (class means differ only in a 2-D subspace, spread 0.3 there).',
  },
  seed: seedField,
});
