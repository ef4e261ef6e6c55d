/** Parameters of the target-based surrogate figure (target-based-surrogates). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  m: {
    kind: 'int',
    min: 1,
    max: 50,
    default: 20,
    label: 'inner steps m',
    help: 'Cheap parameter updates SSO takes on its surrogate per expensive gradient query; m = 1 is exactly gradient descent.',
  },
  eta: {
    kind: 'number',
    min: 0.5,
    max: 8,
    default: 4,
    step: 0.1,
    label: 'target-space step η',
    help: 'Step size in logit space; the surrogate upper-bounds the logistic loss while η ≤ 4 (the loss’s curvature is at most ¼).',
  },
  cond: {
    kind: 'number',
    min: 1,
    max: 100,
    default: 30,
    scale: 'log',
    label: 'condition number of X',
    help: 'Ratio of the largest to smallest eigenvalue of XᵀX/n: how elongated the loss valley is in parameter space.',
  },
  batch: {
    kind: 'int',
    min: 10,
    max: 400,
    default: 400,
    scale: 'log',
    label: 'batch size',
    help: 'Examples per gradient query (400 = the full data set); smaller batches make both methods stochastic.',
  },
  seed: seedField,
});
