/**
 * Parameters of the lazy-to-rich regression (Kumar et al. 2023, browser-scale configuration A1 of
 * flagships.md): a two-layer network with fixed readouts learning a quadratic single-index target.
 */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  /** Output scale α: large α = lazy (weights barely move), small α = rich (features learn). */
  alpha: {
    kind: 'number',
    min: 0.1,
    max: 10,
    default: 1,
    scale: 'log',
    label: 'output scale α',
    help: 'Multiplies the network output; the step size is scaled by 1/α² so the function moves at the same speed. Large α is lazy, small α is rich.',
  },
  /** ε: weight of the quadratic part of φ(h) = h + (ε/2)h², i.e. how much of the target the initial kernel already sees. */
  eps: {
    kind: 'number',
    min: 0.02,
    max: 1,
    default: 0.05,
    scale: 'log',
    label: 'nonlinearity ε',
    help: 'Strength of the quadratic part of the activation φ(h) = h + (ε/2)h²: how well the initial kernel is aligned with the target.',
  },
  /** P: number of training points. */
  P: {
    kind: 'int',
    min: 80,
    max: 400,
    default: 200,
    label: 'training points P',
    help: 'How many Gaussian inputs the network is trained on (the test set has 1000).',
  },
  /** N: hidden width. */
  N: {
    kind: 'int',
    min: 16,
    max: 128,
    default: 64,
    label: 'hidden units N',
    help: 'Width of the hidden layer; the output is α times the mean over units.',
  },
  /** Train the linearised network alongside. */
  twin: {
    kind: 'bool',
    default: false,
    label: 'lazy twin',
    help: 'Also train the linearised (“lazy”, kernel-regime) network from the same start and plot its test loss.',
  },
  seed: seedField,
});
