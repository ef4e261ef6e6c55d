/** Parameters of the Chain-of-Hindsight figure. */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  samples: {
    kind: 'int',
    min: 1,
    max: 64,
    default: 4,
    scale: 'log',
    label: 'rated samples per prompt',
    help: 'How many outputs of the pretrained model were rated for each training prompt.',
  },
  labelNoise: {
    kind: 'number',
    min: 0,
    max: 0.5,
    default: 0,
    step: 0.01,
    label: 'rating noise',
    help: 'Probability that a rating is flipped (0.5: ratings carry no information).',
  },
  negatives: {
    kind: 'bool',
    default: true,
    label: 'CoH keeps negatives',
    help: 'Whether Chain of Hindsight also trains on outputs rated bad (with the "Bad:" prefix). Off, it sees exactly the data SFT sees.',
  },
  lr: {
    kind: 'number',
    min: 0.05,
    max: 2,
    default: 0.5,
    scale: 'log',
    label: 'learning rate',
    help: 'Step size of full-batch gradient descent.',
  },
  seed: seedField,
});
