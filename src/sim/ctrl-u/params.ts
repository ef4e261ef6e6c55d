/** Parameters of the Ctrl-U figure (ctrl-u-uncertainty-reward). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  rmNoise: {
    kind: 'number',
    min: 0,
    max: 1.5,
    default: 1,
    step: 0.05,
    label: 'reward-model error off-distribution',
    help: "Standard deviation of the reward model's error on generations with condition above 0.3, which it rarely saw in training.",
  },
  strength: {
    kind: 'number',
    min: 0,
    max: 20,
    default: 5,
    step: 0.5,
    label: 'uncertainty weighting k',
    help: 'Ctrl-U weights each reward loss by exp(−k·U), U the discrepancy between the losses of two generations for the same condition; 0 is plain reward fine-tuning.',
  },
  lr: {
    kind: 'number',
    min: 0.01,
    max: 1,
    default: 0.1,
    scale: 'log',
    label: 'learning rate',
    help: 'Step size of the generator on the reward loss.',
  },
  seed: seedField,
});
