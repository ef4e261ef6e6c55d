import { defineParams, seedField } from '../runtime/params';

/** Tasks of 2 Gaussian classes each in 16-d, learned one after another with no replay. */
export const params = defineParams({
  lambda: {
    kind: 'number',
    min: 0,
    max: 10,
    default: 2,
    step: 0.1,
    label: 'PRD weight λ',
    help: 'Weight of the prototype-sample relation distillation loss in the PRD run (the other run always has 0).',
  },
  tau: {
    kind: 'number',
    min: 0.05,
    max: 1,
    default: 0.2,
    scale: 'log',
    label: 'distillation temperature τ',
    help: 'Temperature of each old prototype’s softmax over the current batch (Eq. 1).',
  },
  tasks: {
    kind: 'int',
    min: 2,
    max: 6,
    default: 5,
    label: 'tasks',
    help: 'Number of tasks of two new classes each.',
  },
  spread: {
    kind: 'number',
    min: 0.3,
    max: 1.5,
    default: 0.8,
    step: 0.05,
    label: 'class spread',
    help: 'Standard deviation of samples around their class centre (centres are standard normal in 16-d).',
  },
  seed: seedField,
});
