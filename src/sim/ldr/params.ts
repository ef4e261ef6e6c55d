/** Parameters of the label-distributionally robust losses figure (label-distributionally-robust-losses). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  noise: {
    kind: 'number', min: 0, max: 0.6, default: 0.4, step: 0.05, label: 'flipped labels',
    help: 'Fraction of training labels replaced by a wrong class; the test set stays clean.',
  },
  kind: {
    kind: 'enum', options: ['symmetric', 'asymmetric'] as const, optionLabels: ['symmetric (any other class)', 'asymmetric (always the next class)'],
    default: 'symmetric', label: 'noise type', help: 'Where a flipped label goes.',
  },
  lambda: {
    kind: 'number', min: 0.05, max: 20, default: 2, scale: 'log', label: 'λ (LDR-KL), λ₀ (ALDR-KL)',
    help: 'The adversary’s price for moving away from uniform weights: small λ is hinge-like, large λ is a flat, symmetric loss.',
  },
  alpha: {
    kind: 'number', min: 1.1, max: 20, default: 2, scale: 'log', label: 'α (ALDR-KL)',
    help: 'Strength of the pull of each λᵢ back to λ₀; each λᵢ stays between λ₀(1 − 1/α) and λ₀.',
  },
  margin: { kind: 'number', min: 0, max: 2, default: 1, step: 0.1, label: 'margin c', help: 'Margin added to every rival class in the LDR losses.' },
  classes: { kind: 'int', min: 3, max: 8, default: 5, label: 'classes', help: 'Number of Gaussian classes.' },
  spread: { kind: 'number', min: 0.2, max: 1, default: 0.45, step: 0.05, label: 'class spread', help: 'Standard deviation of each class around its centre on the unit circle.' },
  seed: seedField,
});
