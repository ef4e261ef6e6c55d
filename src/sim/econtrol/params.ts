/** Parameters of the EControl figure. */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  eta: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.2,
    step: 0.05,
    label: 'feedback strength η',
    help: 'How much of the accumulated compression error EControl feeds back each round; η = 0 is EF21.',
  },
  k: {
    kind: 'int',
    min: 1,
    max: 20,
    default: 2,
    label: 'TopK coordinates sent',
    help: 'Coordinates each worker sends per round, out of d = 20.',
  },
  spread: {
    kind: 'number',
    min: 0,
    max: 5,
    default: 3,
    step: 0.1,
    label: 'heterogeneity ζ',
    help: 'Spread of the workers’ own minimisers: at 0 every worker’s gradient vanishes at the same point.',
  },
  sigma: {
    kind: 'number',
    min: 0,
    max: 3,
    default: 1,
    step: 0.05,
    label: 'gradient noise σ',
    help: 'Standard deviation of the noise added to every coordinate of each worker’s stochastic gradient.',
  },
  lr: {
    kind: 'number',
    min: 0.001,
    max: 0.2,
    default: 0.02,
    scale: 'log',
    label: 'step size γ',
    help: 'The same step for every method.',
  },
  seed: seedField,
});
