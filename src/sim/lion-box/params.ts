/** Parameters of the Lion figure (lion-constrained-optimization). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  lambda: {
    kind: 'number', min: 0.25, max: 3, default: 1, scale: 'log', label: 'weight decay λ',
    help: 'Lion’s decoupled weight decay: the predicted constraint is ‖x‖∞ ≤ 1/λ (‖x‖₂ ≤ 1/λ for the ℓ₂ variant).',
  },
  lr: { kind: 'number', min: 0.001, max: 0.1, default: 0.01, scale: 'log', label: 'learning rate ε', help: 'Step size of every method.' },
  beta1: { kind: 'number', min: 0, max: 0.99, default: 0.9, step: 0.01, label: 'β₁', help: 'Interpolation weight of the momentum inside sign(·).' },
  beta2: { kind: 'number', min: 0.5, max: 0.999, default: 0.99, step: 0.001, label: 'β₂', help: 'Decay of Lion’s momentum buffer.' },
  kappa: {
    kind: 'enum', options: ['sign', 'l2'], optionLabels: ['sign (Lion)', 'ℓ₂-normalised (Lion-κ)'], default: 'sign', label: 'update map ∇κ',
    help: 'sign(·) is Lion (κ = ℓ₁ norm, box constraint); c/‖c‖ is the Lion-κ variant with κ = ℓ₂ norm (ball constraint).',
  },
  cx: { kind: 'number', min: -3, max: 3, default: 2.2, step: 0.1, label: 'minimum of f, x', help: 'Horizontal position of the unconstrained minimiser of f.' },
  cy: { kind: 'number', min: -3, max: 3, default: 1.2, step: 0.1, label: 'minimum of f, y', help: 'Vertical position of the unconstrained minimiser of f.' },
  seed: seedField,
});
