/** Parameters of the dual-head distillation figure (dual-head-distillation). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  mu: {
    kind: 'number',
    min: 0.1,
    max: 10,
    default: 2,
    scale: 'log',
    label: 'logit-loss weight μ',
    help: 'Weight of the logit-level (binary KL) loss.',
  },
  tau: {
    kind: 'number',
    min: 1,
    max: 8,
    default: 4,
    step: 0.5,
    label: 'temperature τ',
    help: 'Softening temperature of the probability-level KD loss.',
  },
  feat: {
    kind: 'int',
    min: 2,
    max: 32,
    default: 4,
    scale: 'log',
    label: 'feature dimension',
    help: 'Width of the student’s last hidden layer, which both heads read.',
  },
  classes: { kind: 'int', min: 3, max: 8, default: 5, label: 'classes', help: 'Number of Gaussian classes.' },
  spread: {
    kind: 'number',
    min: 0.2,
    max: 1,
    default: 0.5,
    step: 0.05,
    label: 'class spread',
    help: 'Standard deviation of each class around its centre.',
  },
  seed: seedField,
});
