/**
 * Parameters of the Lipschitz feedback-policy figure (Al Makdah, Krishnan and Pasqualetti, 2021):
 * imitate an LQR expert on a damped mass–spring system under a Lipschitz bound, then close the loop with
 * and without bounded attacks on the measured state.
 */
import { defineParams, seedField, type ParamValues } from '../runtime/params';

export const params = defineParams({
  L: {
    kind: 'number',
    min: 0.1,
    max: 25,
    default: 1.2,
    scale: 'log',
    label: 'highlighted bound L',
    help: 'The Lipschitz bound whose closed-loop trajectories are drawn; the sweep covers all bounds.',
  },
  eps: {
    kind: 'number',
    min: 0,
    max: 0.5,
    default: 0.15,
    step: 0.01,
    label: 'attack size ε',
    help: 'Largest perturbation the attacker may add to each state measurement (0: no attack).',
  },
  N: {
    kind: 'int',
    min: 5,
    max: 500,
    default: 40,
    scale: 'log',
    label: 'demonstrations N',
    help: 'State–input pairs recorded from the expert.',
  },
  noise: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.3,
    step: 0.01,
    label: 'demonstration noise',
    help: 'Standard deviation of the noise on each recorded expert input.',
  },
  seeds: {
    kind: 'int',
    min: 1,
    max: 32,
    default: 12,
    label: 'data sets',
    help: 'Independent demonstration sets averaged; the band is ± one standard error.',
  },
  seed: seedField,
});

export type LipschitzParams = ParamValues<typeof params>;
