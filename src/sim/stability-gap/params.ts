/**
 * Parameters of the stability-gap figure (De Lange, van de Ven and Tuytelaars, ICLR 2023; the
 * incremental-joint variant of Hess, Tuytelaars and van de Ven 2023): domain-incremental rotated
 * data, an MLP trained with SGD + momentum, and evaluation on every seen task after every
 * iteration (flagships.md §B.2). These keys are the permalink keys.
 */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  /** Which world: real MNIST digits (14×14) or the synthetic rotated-clusters analogue. */
  data: {
    kind: 'enum',
    options: ['digits', 'clusters'],
    optionLabels: ['rotated digits (MNIST)', 'rotated clusters (synthetic)'],
    default: 'digits',
    label: 'data',
    help: 'Real 14×14 MNIST digits, or 32-d Gaussian clusters: every task is the same data rotated further.',
  },
  /** Training method across tasks. */
  method: {
    kind: 'enum',
    options: ['joint', 'er', 'finetune'],
    optionLabels: ['incremental joint', 'experience replay', 'fine-tune'],
    default: 'joint',
    label: 'method',
    help: 'Joint trains on all data seen so far; replay mixes in a small memory of old tasks; fine-tune sees only the new task.',
  },
  /** Rotation between consecutive tasks: the task dissimilarity. */
  theta: {
    kind: 'number',
    min: 0,
    max: 120,
    default: 80,
    step: 5,
    unit: '°',
    label: 'rotation per task θ',
    help: 'Task t shows the inputs rotated by t·θ; larger θ makes consecutive tasks more different.',
  },
  /** Number of tasks in the sequence. */
  tasks: {
    kind: 'int',
    min: 2,
    max: 5,
    default: 3,
    label: 'tasks',
    help: 'How many rotated tasks are trained one after the other.',
  },
  /** Training iterations spent on each task. */
  iters: {
    kind: 'int',
    min: 50,
    max: 1000,
    default: 300,
    step: 10,
    label: 'iterations per task',
    help: 'SGD steps on each task before switching to the next one.',
  },
  /** SGD step size. */
  lr: {
    kind: 'number',
    min: 0.001,
    max: 0.5,
    default: 0.1,
    scale: 'log',
    label: 'learning rate',
    help: 'Step size of SGD with momentum.',
  },
  /** Heavy-ball momentum coefficient. */
  momentum: {
    kind: 'number',
    min: 0,
    max: 0.95,
    default: 0.9,
    step: 0.05,
    label: 'momentum',
    help: 'Fraction of the previous update carried into the next one (0 is plain SGD).',
  },
  /** Replay memory per past task (ER only). */
  buffer: {
    kind: 'int',
    min: 10,
    max: 1000,
    default: 200,
    step: 10,
    label: 'replay buffer per task',
    help: 'Examples of each finished task kept for experience replay, equally many per class (ER only).',
  },
  /** How often every seen task is evaluated. */
  evalEvery: {
    kind: 'enum',
    options: ['1', '10', '100', 'boundary'],
    optionLabels: ['every iteration', 'every 10 iterations', 'every 100 iterations', 'task boundaries only'],
    default: '1',
    label: 'evaluate every',
    help: 'Evaluation period: coarse evaluation only sees the boundaries and misses the dip in between.',
  },
  seed: seedField,
});

export type StabilityGapParams = import('../runtime/params').ParamValues<typeof params>;
