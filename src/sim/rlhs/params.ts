/** Parameters of the RLHS figure (rlhs-hindsight-simulation). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  gullibility: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.8,
    step: 0.05,
    label: 'gullibility g',
    help: 'How far the customer believes an unverified claim before buying: 0 ignores it, 1 takes it at face value.',
  },
  simNoise: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.2,
    step: 0.05,
    label: 'hindsight simulation noise',
    help: 'Standard deviation of the error in the simulated outcome the hindsight rater sees.',
  },
  batch: {
    kind: 'int',
    min: 4,
    max: 128,
    default: 32,
    scale: 'log',
    label: 'conversations per step',
    help: 'Rated conversations per policy-gradient step.',
  },
  lr: {
    kind: 'number',
    min: 0.05,
    max: 5,
    default: 1,
    scale: 'log',
    label: 'learning rate',
    help: 'Step size of REINFORCE on the policy logits.',
  },
  seed: seedField,
});
