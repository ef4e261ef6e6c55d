import { defineParams, seedField } from '../runtime/params';

/**
 * Config C3 of flagships.md §C.2: one anchor with 510 in-batch negatives whose similarities are
 * frozen; a share q of them carries the anchor's own semantics (s ~ N(0.7, 0.1²)), the rest do
 * not (s ~ N(0, 0.15²)). iSogCLR's per-sample temperature τ* is solved exactly.
 */
export const params = defineParams({
  q: {
    kind: 'number',
    min: 0.005,
    max: 0.5,
    default: 0.25,
    scale: 'log',
    label: 'frequency of the anchor’s semantics q',
    help: 'Share of the negatives that share the anchor’s semantics (frequent semantics: large q).',
  },
  rho: {
    kind: 'number',
    min: 0.05,
    max: 4,
    default: 0.1,
    scale: 'log',
    label: 'robustness radius ρ',
    help: 'How far (in KL divergence) the worst-case weighting of negatives may move from uniform.',
  },
  seed: seedField,
});
