/** Parameters of the CPL figure (contrastive-preference-learning). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  pairs: {
    kind: 'int',
    min: 30,
    max: 3000,
    default: 1000,
    scale: 'log',
    label: 'preference pairs',
    help: 'Labelled segment pairs in the offline data set.',
  },
  segLen: {
    kind: 'int',
    min: 1,
    max: 6,
    default: 3,
    label: 'segment length',
    help: 'Steps per trajectory segment.',
  },
  alpha: {
    kind: 'number',
    min: 0.1,
    max: 2,
    default: 0.5,
    scale: 'log',
    label: 'temperature α',
    help: 'Entropy temperature of the max-ent optimal policy; A* = α log π*, so it sets the scale of the labels.',
  },
  lambda: {
    kind: 'number',
    min: 0.25,
    max: 1,
    default: 1,
    step: 0.05,
    label: 'conservative λ',
    help: 'Weight of the dispreferred segment’s term in the CPL loss; below 1 favours actions seen in preferred segments.',
  },
  seed: seedField,
});
