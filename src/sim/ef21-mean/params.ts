/** Parameters of the EF21 figure (error-feedback-reloaded). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  k: {
    kind: 'int',
    min: 1,
    max: 20,
    default: 2,
    label: 'TopK coordinates sent',
    help: 'Each worker sends only its k largest-magnitude coordinates per round (out of d = 20).',
  },
  lRatio: {
    kind: 'number',
    min: 1,
    max: 1000,
    default: 100,
    scale: 'log',
    label: 'smoothness spread L_max/L_min',
    help: 'Ratio of the largest to the smallest worker smoothness constant L_i; most workers sit near L_min, a few are much stiffer.',
  },
  workers: {
    kind: 'int',
    min: 2,
    max: 20,
    default: 10,
    label: 'workers n',
    help: 'Number of workers, each holding its own quadratic f_i.',
  },
  spread: {
    kind: 'number',
    min: 0,
    max: 3,
    default: 1,
    step: 0.1,
    label: 'data heterogeneity',
    help: 'Spread of the workers’ individual minimisers: at 0 every worker wants the same point.',
  },
  seed: seedField,
});
