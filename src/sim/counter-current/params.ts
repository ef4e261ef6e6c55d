/** Parameters of the counter-current learning figure (counter-current-learning). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  depth: {
    kind: 'int',
    min: 2,
    max: 5,
    default: 3,
    label: 'layers L',
    help: 'Weight layers in each network (the forward and the feedback network mirror each other).',
  },
  width: {
    kind: 'int',
    min: 8,
    max: 64,
    default: 24,
    scale: 'log',
    label: 'hidden width',
    help: 'Units in every hidden layer.',
  },
  lr: {
    kind: 'number',
    min: 0.001,
    max: 0.1,
    default: 0.01,
    scale: 'log',
    label: 'learning rate',
    help: 'Adam step size for every network.',
  },
  turns: {
    kind: 'number',
    min: 0.25,
    max: 1.5,
    default: 1,
    step: 0.05,
    label: 'spiral turns',
    help: 'How far the two classes wind around each other: more turns, a harder boundary.',
  },
  seed: seedField,
});
