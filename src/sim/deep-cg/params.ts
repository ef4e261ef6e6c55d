/** Parameters of the learned conjugate-direction figure (deep-conjugate-direction). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  k: {
    kind: 'int',
    min: 4,
    max: 6,
    default: 5,
    label: 'grid refinement k',
    help: 'The Poisson grid has 2^k − 1 interior points per side: 15, 31 or 63 (225 to 3969 unknowns).',
  },
  dirs: {
    kind: 'int',
    min: 1,
    max: 8,
    default: 2,
    label: 'directions kept',
    help: 'How many previous search directions each new one is made A-orthogonal to.',
  },
  rhs: {
    kind: 'enum',
    options: ['smooth', 'point', 'noise'],
    optionLabels: ['smooth random', 'point source', 'white noise'],
    default: 'smooth',
    label: 'right-hand side',
    help: 'The test system’s right-hand side b; the network is trained on smooth residuals only.',
  },
  lr: {
    kind: 'number',
    min: 0.001,
    max: 0.1,
    default: 0.02,
    scale: 'log',
    label: 'training learning rate',
    help: 'Adam step size for the network’s weights.',
  },
  seed: seedField,
});
