/** Parameters of the iTool figure (iterative-reinforced-tool-use). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  complexShare: {
    kind: 'number',
    min: 0.02,
    max: 1,
    default: 0.1,
    step: 0.01,
    label: 'complex share',
    help: 'Fraction of synthetic queries in which one argument has to be composed (e.g. "the day after …") rather than copied.',
  },
  capacity: {
    kind: 'number',
    min: 1,
    max: 30,
    default: 6,
    scale: 'log',
    label: 'capacity',
    help: "Largest allowed length of the weight vector (both methods): the toy's stand-in for a model too small to be confident about everything.",
  },
  mine: {
    kind: 'bool',
    default: true,
    label: 'mine failures',
    help: 'On: preference pairs only for queries the current model gets wrong (iTool). Off: a pair for every query in the pool.',
  },
  beta: {
    kind: 'number',
    min: 0.1,
    max: 10,
    default: 0.5,
    scale: 'log',
    label: 'DPO β',
    help: 'Temperature of the preference loss, Eq. (1).',
  },
  warmup: {
    kind: 'int',
    min: 10,
    max: 200,
    default: 60,
    label: 'warm-up steps',
    help: 'Steps of supervised fine-tuning shared by both branches before iTool starts its rounds.',
  },
  lr: {
    kind: 'number',
    min: 0.05,
    max: 5,
    default: 1,
    scale: 'log',
    label: 'learning rate',
    help: 'Step size of both methods on the four weights.',
  },
  seed: seedField,
});
