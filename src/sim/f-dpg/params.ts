/** Parameters of the f-DPG figure (f-divergence-alignment). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  beta: {
    kind: 'number',
    min: 0.2,
    max: 5,
    default: 0.7,
    scale: 'log',
    label: 'target temperature β',
    help: 'The target is p(x) ∝ a(x)·exp(r(x)/β): small β sharpens it onto the two high-reward regions.',
  },
  second: {
    kind: 'number',
    min: 0,
    max: 1.3,
    default: 1,
    step: 0.05,
    label: 'second mode’s reward',
    help: 'Peak reward of the second good region relative to the first; 0 leaves a single mode.',
  },
  samples: {
    kind: 'int',
    min: 4,
    max: 256,
    default: 32,
    scale: 'log',
    label: 'samples per step',
    help: 'Sequences sampled from the policy for each f-DPG gradient estimate.',
  },
  lr: {
    kind: 'number',
    min: 0.003,
    max: 0.3,
    default: 0.05,
    scale: 'log',
    label: 'learning rate',
    help: 'Adam step size on the policy’s two parameters.',
  },
  seed: seedField,
});
