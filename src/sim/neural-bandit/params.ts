/**
 * Parameters of the neural contextual-bandit figure (Deb, Ban, Zuo, He and Banerjee, ICLR 2024):
 * online neural regression turned into a bandit policy by inverse-gap weighting.
 */
import { defineParams, seedField, type ParamValues } from '../runtime/params';

export const params = defineParams({
  gamma: {
    kind: 'number',
    min: 1,
    max: 3000,
    default: 30,
    scale: 'log',
    label: 'IGW greediness γ₀',
    help: 'Inverse-gap weighting uses γ_t = γ₀·√t: small γ explores a lot, very large γ is nearly greedy.',
  },
  base: {
    kind: 'number',
    min: 0,
    max: 0.45,
    default: 0,
    step: 0.01,
    label: 'loss floor ℓ₀',
    help: 'Every action’s expected loss is at least ℓ₀, so the best policy’s cumulative loss L* is about ℓ₀·T or more.',
  },
  perturb: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.1,
    step: 0.01,
    label: 'perturbation ρ',
    help: 'Scale of the fixed random perturbation added to the network’s predictions (0 switches it off).',
  },
  noise: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.5,
    step: 0.05,
    label: 'outcome noise',
    help: 'Share of Bernoulli noise in each observed loss: 0 shows the expected loss, 1 a 0/1 outcome.',
  },
  T: { kind: 'int', min: 500, max: 10000, default: 2000, scale: 'log', label: 'rounds T', help: 'Length of the run.' },
  seeds: {
    kind: 'int',
    min: 2,
    max: 16,
    default: 6,
    label: 'seeds',
    help: 'Independent runs averaged; the band is ± one standard error.',
  },
  seed: seedField,
});

export type BanditParams = ParamValues<typeof params>;
