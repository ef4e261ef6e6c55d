/** Parameters of the aggregate-responses figure (aggregate-responses-bag-loss). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  n: {
    kind: 'int',
    min: 100,
    max: 1000,
    default: 400,
    step: 50,
    label: 'training examples n',
    help: 'Individuals in the training set, grouped at random into bags.',
  },
  d: {
    kind: 'int',
    min: 5,
    max: 80,
    default: 40,
    label: 'features d',
    help: 'Dimension of the linear model; the bag-level fit needs more bags than features.',
  },
  snr: {
    kind: 'number',
    min: 0.1,
    max: 20,
    default: 4,
    scale: 'log',
    label: 'signal-to-noise ‖θ‖²/σ²',
    help: 'Strength of the true linear signal relative to the response noise (σ = 1).',
  },
  rho: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.05,
    step: 0.01,
    label: 'interpolation ρ',
    help: 'Weight of the within-bag regulariser: 0 is the bag-level loss, 1 the instance-level loss.',
  },
  dp: {
    kind: 'bool',
    default: false,
    label: 'label privacy',
    help: 'Release each bag’s mean response with Laplace noise calibrated to ε-label differential privacy.',
  },
  eps: {
    kind: 'number',
    min: 0.1,
    max: 10,
    default: 1,
    scale: 'log',
    label: 'privacy ε',
    help: 'Smaller ε is more private: the Laplace noise on a bag mean has scale 2B/(kε) for responses clipped to [−B, B].',
  },
  kShow: {
    kind: 'int',
    min: 1,
    max: 40,
    default: 4,
    label: 'bag size for the ρ panel',
    help: 'The bag size at which the right panel plots risk against ρ.',
  },
  seed: seedField,
});
