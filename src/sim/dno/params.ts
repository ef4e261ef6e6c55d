/** Parameters of the DNO figure (direct-nash-optimization). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  intrans: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.7,
    step: 0.05,
    label: 'intransitivity λ',
    help: 'Weight of the rock–paper–scissors cycle in the oracle’s preferences: 0 is a pure Bradley–Terry model.',
  },
  eta: {
    kind: 'number',
    min: 0.5,
    max: 20,
    default: 3,
    scale: 'log',
    label: 'η (inverse step)',
    help: 'Scale of the implicit reward η·log(π/π_t) in Eq. (2): larger η means smaller steps per round.',
  },
  prompts: {
    kind: 'int',
    min: 10,
    max: 500,
    default: 100,
    scale: 'log',
    label: 'prompts per round',
    help: 'Each round samples 4 responses per prompt from the current policy, adds one from the teacher, and lets the oracle compare all of them.',
  },
  margin: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.5,
    step: 0.25,
    label: 'margin filter',
    help: 'Keep a prompt’s best-versus-worst pair only if their win fractions within the batch differ by at least this much.',
  },
  seed: seedField,
});
