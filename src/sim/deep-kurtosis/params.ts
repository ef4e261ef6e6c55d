/** Parameters of the nearly-Gaussian networks figure (principles-deep-learning-theory). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  width: {
    kind: 'int',
    min: 4,
    max: 128,
    default: 32,
    scale: 'log',
    label: 'width n',
    help: 'Neurons in every hidden layer.',
  },
  depth: {
    kind: 'int',
    min: 1,
    max: 40,
    default: 10,
    label: 'depth L',
    help: 'Number of layers; the figure tracks the preactivations of every layer.',
  },
  act: {
    kind: 'enum',
    options: ['relu', 'tanh', 'linear'],
    optionLabels: ['ReLU', 'tanh', 'linear'],
    default: 'relu',
    label: 'activation',
    help: 'Nonlinearity between layers: ReLU is critical at C_W = 2, tanh and linear at C_W = 1.',
  },
  cw: {
    kind: 'number',
    min: 0.5,
    max: 3,
    default: 2,
    step: 0.05,
    label: 'weight variance C_W',
    help: 'Weights are drawn with variance C_W / fan-in; criticality keeps the kernel from exploding or vanishing with depth.',
  },
  cb: {
    kind: 'number',
    min: 0,
    max: 0.5,
    default: 0,
    step: 0.01,
    label: 'bias variance C_b',
    help: 'Variance of the biases.',
  },
  seed: seedField,
});
