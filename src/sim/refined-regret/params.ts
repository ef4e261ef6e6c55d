/**
 * Parameters of the refined-regret figure (Dai, Luo, Wei and Zimmert, ICML 2023), reduced to its
 * core: FTRL over actions with unbiased linear-feature loss estimates that can be very negative.
 */
import { defineParams, seedField, type ParamValues } from '../runtime/params';

export const params = defineParams({
  episodes: {
    kind: 'int',
    min: 1000,
    max: 50000,
    default: 10000,
    scale: 'log',
    label: 'episodes K',
    help: 'Episodes played against the adversary; both regularisers are tuned for this horizon.',
  },
  actions: { kind: 'int', min: 3, max: 12, default: 8, label: 'actions', help: 'Number of actions in the state.' },
  features: {
    kind: 'enum',
    options: ['linear', 'tabular'],
    optionLabels: ['shared linear features (d = 4)', 'one-hot (tabular)'],
    default: 'linear',
    label: 'features',
    help: 'Shared features make the estimates Σ⁻¹φℓ able to go far below zero; one-hot features keep them ≥ 0.',
  },
  explore: {
    kind: 'number',
    min: 0,
    max: 3,
    default: 1,
    step: 0.1,
    label: 'exploration (× K^−1/3)',
    help: 'Uniform exploration mixed into exponential weights, γ = c·K^(−1/3); the log-barrier learner uses none.',
  },
  seeds: {
    kind: 'int',
    min: 2,
    max: 24,
    default: 12,
    label: 'seeds',
    help: 'Independent runs averaged; the band is ± one standard error.',
  },
  seed: seedField,
});

export type RefinedParams = ParamValues<typeof params>;
