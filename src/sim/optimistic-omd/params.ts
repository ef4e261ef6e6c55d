/**
 * Parameters of the optimistic-OMD figure (Chen, Zhang, Tu, Zhao and Zhang, ICML 2023): online
 * linear losses in the stochastically extended adversarial (SEA) model.
 */
import { defineParams, seedField, type ParamValues } from '../runtime/params';

export const params = defineParams({
  sigma: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0,
    step: 0.05,
    label: 'gradient noise σ',
    help: 'Standard deviation of the i.i.d. noise on every observed gradient: the stochastic part σ² of the SEA model.',
  },
  T: {
    kind: 'int',
    min: 1000,
    max: 100000,
    default: 30000,
    scale: 'log',
    label: 'rounds T',
    help: 'Length of the run.',
  },
  seeds: {
    kind: 'int',
    min: 2,
    max: 32,
    default: 12,
    label: 'seeds',
    help: 'Independent runs averaged; the band is ± one standard error.',
  },
  seed: seedField,
});

export type OmdParams = ParamValues<typeof params>;
