/** Parameters of the opposing-signals figure (opposing-signals-outliers). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  magnitude: {
    kind: 'number',
    min: 0,
    max: 10,
    default: 5,
    step: 0.25,
    label: 'outlier feature magnitude',
    help: 'Size of the shared feature of the two outlier groups (0 removes the opposing signal).',
  },
  frac: {
    kind: 'number',
    min: 0,
    max: 0.2,
    default: 0.06,
    step: 0.01,
    label: 'outlier fraction',
    help: 'Fraction of the training set in each of the two opposing groups.',
  },
  lr: {
    kind: 'number',
    min: 0.005,
    max: 2,
    default: 0.5,
    scale: 'log',
    label: 'learning rate η',
    help: 'Step size of full-batch gradient descent; the stability threshold is 2/η.',
  },
  width: {
    kind: 'int',
    min: 4,
    max: 64,
    default: 16,
    scale: 'log',
    label: 'hidden width',
    help: 'Hidden tanh units of the two-layer network.',
  },
  seed: seedField,
});
