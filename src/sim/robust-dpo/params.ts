/** Parameters of the robust-DPO figure (robust-dpo). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  eps: {
    kind: 'number',
    min: 0,
    max: 0.45,
    default: 0.3,
    step: 0.05,
    label: 'flip rate ε',
    help: 'Probability that a preference label is swapped; rDPO and conservative DPO are told this rate.',
  },
  pairs: {
    kind: 'int',
    min: 100,
    max: 5000,
    default: 1000,
    scale: 'log',
    label: 'preference pairs n',
    help: 'Size of the (noisy) preference data set.',
  },
  beta: {
    kind: 'number',
    min: 0.2,
    max: 2,
    default: 1,
    scale: 'log',
    label: 'β',
    help: 'DPO’s inverse temperature: the labels follow σ(β·(r*(y_w) − r*(y_l))) before flipping.',
  },
  seed: seedField,
});
