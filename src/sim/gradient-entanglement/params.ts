/** Parameters of the gradient-entanglement figure. */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  overlap: {
    kind: 'number', min: 0, max: 0.99, default: 0.8, step: 0.01, label: 'overlap cos(g_w, g_l)',
    help: 'Cosine between the gradients of the chosen and rejected log-probabilities at the start: how much the two responses share.',
  },
  ratio: {
    kind: 'number', min: 0.4, max: 2.5, default: 1.5, step: 0.05, label: 'norm ratio ‖g_l‖/‖g_w‖',
    help: 'How much larger the rejected response\'s gradient is than the chosen one\'s (e.g. a longer rejected answer).',
  },
  loss: {
    kind: 'enum', options: ['dpo', 'normed'] as const,
    optionLabels: ['DPO (margin loss)', 'DPO with normalised gradients'], default: 'dpo', label: 'update',
    help: 'Plain DPO steps along g_w − g_l; the normalised variant steps along g_w/‖g_w‖ − g_l/‖g_l‖.',
  },
  nll: {
    kind: 'number', min: 0, max: 2, default: 0, step: 0.05, label: 'chosen-NLL weight',
    help: 'Adds this multiple of the chosen response\'s log-likelihood gradient to every step (an SFT term on y_w).',
  },
  beta: {
    kind: 'number', min: 0.05, max: 2, default: 0.5, scale: 'log', label: 'β',
    help: 'DPO temperature: the margin is multiplied by β inside the sigmoid.',
  },
  lr: { kind: 'number', min: 0.01, max: 1, default: 0.3, scale: 'log', label: 'learning rate', help: 'Step size of gradient descent on θ.' },
  responses: {
    kind: 'int', min: 4, max: 16, default: 8, label: 'responses',
    help: 'Size of the toy response set: the chosen, the rejected and this many minus two others that share the probability mass.',
  },
  seed: seedField,
});
