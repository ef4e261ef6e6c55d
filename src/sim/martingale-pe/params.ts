/**
 * Parameters of the martingale policy-evaluation figure (Jia and Zhou, JMLR 2022): evaluate a fixed
 * policy's value on an Ornstein–Uhlenbeck state from paths sampled at mesh dt.
 */
import { defineParams, seedField, type ParamValues } from '../runtime/params';

export const params = defineParams({
  sigma: {
    kind: 'number',
    min: 0,
    max: 1.5,
    default: 0.8,
    step: 0.05,
    label: 'volatility σ',
    help: 'Noise of dX = −X dt + σ dW; at σ = 0 the state moves deterministically and has no quadratic variation.',
  },
  paths: {
    kind: 'int',
    min: 10,
    max: 400,
    default: 60,
    scale: 'log',
    label: 'paths',
    help: 'Sampled trajectories, each 10 time units long.',
  },
  dtMin: {
    kind: 'number',
    min: 0.0005,
    max: 0.05,
    default: 0.002,
    scale: 'log',
    label: 'finest mesh dt',
    help: 'The sweep refines the time step from 0.5 down to this value.',
  },
  seed: seedField,
});

export type MartingaleParams = ParamValues<typeof params>;
