/** Parameters of the INPO figure (iterative-nash-policy-optimization). */
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
  eta: {
    kind: 'number',
    min: 0.05,
    max: 2,
    default: 0.5,
    scale: 'log',
    label: 'step size η',
    help: 'Mirror-descent step size: how far one iteration may move the policy (ητ is capped at 1).',
  },
  tau: {
    kind: 'number',
    min: 0.01,
    max: 1,
    default: 0.1,
    scale: 'log',
    label: 'KL weight τ',
    help: 'Strength of the KL penalty towards the reference policy (uniform here).',
  },
  pairs: {
    kind: 'int',
    min: 0,
    max: 2000,
    default: 200,
    label: 'pairs per iteration',
    help: 'Preference pairs sampled from the current policy each iteration; 0 uses exact win rates (Eq. 1) instead.',
  },
  seed: seedField,
});
