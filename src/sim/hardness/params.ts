import { defineParams, seedField } from '../runtime/params';

/** Config C2 of flagships.md §C.2: n negatives with similarities drawn from U[−1, 1] (the paper's Fig. 3). */
export const params = defineParams({
  tau: {
    kind: 'number',
    min: 0.01,
    max: 10,
    default: 0.2,
    scale: 'log',
    label: 'temperature τ',
    help: 'The softmax temperature: the relative penalty of a negative grows as e^(s/τ).',
  },
  n: {
    kind: 'int',
    min: 16,
    max: 4096,
    default: 4096,
    scale: 'log',
    label: 'negatives n',
    help: 'How many negative similarities are drawn uniformly from [−1, 1].',
  },
  seed: seedField,
});
