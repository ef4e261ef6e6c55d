/** Parameters of the Nash-MD figure (nash-learning-human-feedback). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  intrans: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.7,
    step: 0.05,
    label: 'intransitivity λ',
    help: 'Weight of the rock–paper–scissors cycle in the preferences: 0 is a pure Bradley–Terry model, 1 a pure cycle.',
  },
  tau: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.1,
    step: 0.01,
    label: 'regularisation τ',
    help: 'KL weight towards the reference policy μ (uniform); 0 turns Nash-MD into plain self-play.',
  },
  eta: {
    kind: 'number',
    min: 0.05,
    max: 2,
    default: 0.3,
    scale: 'log',
    label: 'learning rate η',
    help: 'Step size of every mirror-descent update in the figure (ητ is capped at 1).',
  },
  seed: seedField,
});
