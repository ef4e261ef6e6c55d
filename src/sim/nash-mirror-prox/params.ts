/** Parameters of the Nash Mirror Prox figure (nash-mirror-prox). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  beta: {
    kind: 'number',
    min: 0.01,
    max: 1,
    default: 0.1,
    scale: 'log',
    label: 'regularisation β',
    help: 'KL weight towards the reference policy; it makes the game strongly monotone and sets the abstract’s rate (1+2β)^(−N/2).',
  },
  eta: {
    kind: 'number',
    min: 0.1,
    max: 20,
    default: 5,
    scale: 'log',
    label: 'step size η',
    help: 'Step size of every proximal step, the same for all three methods (Nash-MD caps ηβ at 1).',
  },
  k: {
    kind: 'int',
    min: 3,
    max: 30,
    default: 3,
    label: 'responses K',
    help: 'Number of responses; the preferences mix a Bradley–Terry ranking with a cycle over all of them.',
  },
  intrans: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.7,
    step: 0.05,
    label: 'intransitivity λ',
    help: 'Weight of the cyclic part of the preferences.',
  },
  seed: seedField,
});
