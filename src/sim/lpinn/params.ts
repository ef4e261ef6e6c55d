/** Parameters of the Lagrangian-PINN figure (lagrangian-pinns). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  c: {
    kind: 'number',
    min: 1,
    max: 50,
    default: 30,
    scale: 'log',
    label: 'advection speed c',
    help: 'Speed of the travelling wave in u_t + c u_x = 0 on a periodic domain of length 2π, for 0 ≤ t ≤ 1.',
  },
  width: {
    kind: 'int',
    min: 8,
    max: 64,
    default: 32,
    scale: 'log',
    label: 'network width',
    help: 'Hidden units in each of the two tanh layers of every network.',
  },
  lr: {
    kind: 'number',
    min: 0.0003,
    max: 0.03,
    default: 0.01,
    scale: 'log',
    label: 'learning rate',
    help: 'Adam step size for both methods.',
  },
  points: {
    kind: 'int',
    min: 64,
    max: 1024,
    default: 256,
    scale: 'log',
    label: 'collocation points',
    help: 'Random points (x, t) — or (ξ, t) for the Lagrangian form — where the PDE residual is penalised.',
  },
  seed: seedField,
});
