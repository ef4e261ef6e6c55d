/**
 * Parameters of the model-based transfer figure (Cho, Jayawardana, Li and Wu, NeurIPS 2024): choose
 * which contexts to train on when trained policies transfer with a linear generalisation gap.
 */
import { defineParams, seedField, type ParamValues } from '../runtime/params';

export const params = defineParams({
  slope: {
    kind: 'number',
    min: 0,
    max: 5,
    default: 1.5,
    step: 0.05,
    label: 'generalisation gap θ',
    help: 'Performance lost per unit of context distance when a policy is deployed away from its training context.',
  },
  lengthscale: {
    kind: 'number',
    min: 0.03,
    max: 0.5,
    default: 0.12,
    scale: 'log',
    label: 'GP lengthscale',
    help: 'How quickly the training performance (set point) varies across contexts; the GP prior uses the same value.',
  },
  budget: {
    kind: 'int',
    min: 3,
    max: 30,
    default: 15,
    label: 'training budget k',
    help: 'Number of contexts a policy is trained on, one after another.',
  },
  beta: {
    kind: 'number',
    min: 0,
    max: 4,
    default: 2,
    step: 0.1,
    label: 'UCB optimism',
    help: 'Set points are scored at mean + this many posterior standard deviations (0: trust the GP mean).',
  },
  seeds: {
    kind: 'int',
    min: 2,
    max: 48,
    default: 24,
    label: 'task families',
    help: 'Independent families averaged; the band is ± one standard error.',
  },
  seed: seedField,
});

export type MbtlParams = ParamValues<typeof params>;
