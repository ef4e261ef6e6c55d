/** Parameters of the multi-source knowledge-fusion figure (multi-llm-knowledge-aggregation). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  tasks: {
    kind: 'int',
    min: 2,
    max: 6,
    default: 4,
    label: 'tasks (specialist sources)',
    help: 'Number of tasks; each has one specialist source that is excellent on it and applies its own rule everywhere else.',
  },
  topK: {
    kind: 'int',
    min: 1,
    max: 4,
    default: 1,
    label: 'top-k',
    help: 'How many sources the selector keeps for each input.',
  },
  balance: {
    kind: 'number',
    min: 0,
    max: 2,
    default: 0.5,
    step: 0.05,
    label: 'feedback-loss weight λ',
    help: 'Weight of the load-balancing feedback term of the selector with feedback (the other selector always has λ = 0).',
  },
  generalist: {
    kind: 'number',
    min: 0.5,
    max: 0.9,
    default: 0.72,
    step: 0.01,
    label: 'generalist accuracy',
    help: 'Accuracy of the one source that is mediocre on every task; it is the best single source on average.',
  },
  lr: {
    kind: 'number',
    min: 0.05,
    max: 5,
    default: 1,
    scale: 'log',
    label: 'learning rate',
    help: 'Step size of the selectors and the students.',
  },
  seed: seedField,
});
