/** Parameters of the Z-loss figure (z-loss-spherical). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  classes: { kind: 'int', min: 3, max: 16, default: 10, label: 'classes D', help: 'Number of Gaussian classes, centres evenly spaced on the unit circle.' },
  spread: {
    kind: 'number', min: 0.1, max: 0.8, default: 0.3, step: 0.05, label: 'class spread',
    help: 'Standard deviation of each class around its centre: more spread, more overlap, so top-1 is hard and top-k matters.',
  },
  a: { kind: 'number', min: 0.1, max: 10, default: 1, scale: 'log', label: 'Z-loss sharpness a', help: 'How sharply the softplus bends: large a approaches a hinge at z_c = b.' },
  b: { kind: 'number', min: 0, max: 6, default: 3, step: 0.1, label: 'Z-loss target b', help: 'How many standard deviations the correct output should stand above the mean of all outputs.' },
  shift: {
    kind: 'number', min: -20, max: 20, default: 5, step: 0.5, label: 'logit shift (test)',
    help: 'A constant added to every output of the trained network, to test which losses notice.',
  },
  scale: {
    kind: 'number', min: 0.1, max: 10, default: 3, scale: 'log', label: 'logit scale (test)',
    help: 'A positive factor multiplying every output of the trained network, to test which losses notice.',
  },
  lr: { kind: 'number', min: 0.001, max: 0.1, default: 0.01, scale: 'log', label: 'learning rate', help: 'Adam step size, the same for every loss.' },
  seed: seedField,
});
