/**
 * Parameters of the N2N compression figure (Ashok, Rhinehart, Beainy and Kitani, ICLR 2018): policy
 * gradients choose which blocks of a teacher network to remove and how much to shrink the rest.
 */
import { defineParams, seedField, type ParamValues } from '../runtime/params';

export const params = defineParams({
  rollouts: {
    kind: 'int',
    min: 2,
    max: 32,
    default: 10,
    label: 'students per update',
    help: 'Architectures sampled and evaluated for every policy-gradient step.',
  },
  iters: {
    kind: 'int',
    min: 5,
    max: 60,
    default: 25,
    label: 'updates per stage',
    help: 'Policy-gradient steps for layer removal, then as many for layer shrinkage.',
  },
  lr: {
    kind: 'number',
    min: 0.01,
    max: 2,
    default: 0.5,
    scale: 'log',
    label: 'policy learning rate',
    help: 'Step size of REINFORCE on the policy logits.',
  },
  accWeight: {
    kind: 'number',
    min: 0.5,
    max: 4,
    default: 1,
    step: 0.1,
    label: 'accuracy exponent',
    help: 'Reward = C(2 − C)·(A_student/A_teacher)^this; 1 is the paper’s reward, larger values protect accuracy more.',
  },
  seed: seedField,
});

export type N2nParams = ParamValues<typeof params>;
