import { defineParams, seedField } from '../runtime/params';

/** A one-pass stream of Gaussian classes, two new classes per task, with a small replay buffer. */
export const params = defineParams({
  lambda: {
    kind: 'number',
    min: 0,
    max: 5,
    default: 2,
    step: 0.1,
    label: 'prototype loss weight λ',
    help: 'Weight of the online-prototype contrastive loss in the OnPro run (the ER run always has 0).',
  },
  feedback: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0,
    step: 0.05,
    label: 'feedback share',
    help: 'Share of replayed samples drawn from the classes whose prototypes are closest to another class (the rest uniformly).',
  },
  buffer: {
    kind: 'int',
    min: 10,
    max: 1000,
    default: 20,
    scale: 'log',
    label: 'replay buffer size',
    help: 'Samples kept by reservoir sampling from the whole stream, shared by both runs.',
  },
  spread: {
    kind: 'number',
    min: 0.2,
    max: 1.5,
    default: 0.9,
    step: 0.05,
    label: 'class spread',
    help: 'Standard deviation of samples around their class centre (centres are standard normal).',
  },
  iters: {
    kind: 'int',
    min: 1,
    max: 10,
    default: 1,
    label: 'updates per batch',
    help: 'Gradient steps on each incoming batch (with fresh replay each time); 1 is the strict single pass.',
  },
  tasks: {
    kind: 'int',
    min: 2,
    max: 6,
    default: 5,
    label: 'tasks',
    help: 'Number of tasks of two new classes each, seen one after another in a single pass.',
  },
  seed: seedField,
});
