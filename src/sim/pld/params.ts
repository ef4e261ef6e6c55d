import { defineParams, seedField } from '../runtime/params';

/**
 * 300 users × 200 items in 8 taste clusters of 25; some clicks are accidental. Standard BPR matrix
 * factorisation trains on them; global truncation and PLD resampling train side by side.
 */
export const params = defineParams({
  breadth: {
    kind: 'int',
    min: 1,
    max: 6,
    default: 5,
    label: 'broad users’ taste breadth',
    help: 'How many of the 8 item clusters a broad user likes (a focused user likes 1): 1 makes every user alike.',
  },
  broadShare: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.5,
    step: 0.05,
    label: 'share of broad users',
    help: 'Fraction of the 300 users with broad tastes; the rest like a single cluster.',
  },
  noise: {
    kind: 'number',
    min: 0.05,
    max: 0.5,
    default: 0.2,
    step: 0.01,
    label: 'noise rate',
    help: 'Share of each user’s clicks that are accidental, on items from clusters the user does not like.',
  },
  tau: {
    kind: 'number',
    min: 0.01,
    max: 10,
    default: 0.1,
    scale: 'log',
    label: 'PLD temperature τ',
    help: 'Softmax temperature of the resampling, Eq. (1): small τ picks the lowest-loss candidate, large τ picks at random.',
  },
  pool: {
    kind: 'int',
    min: 1,
    max: 20,
    default: 5,
    label: 'PLD pool size k',
    help: 'Candidates drawn from the user’s own clicks per training example; 1 is standard BPR.',
  },
  keep: {
    kind: 'number',
    min: 0.2,
    max: 1,
    default: 0.7,
    step: 0.05,
    label: 'keep ratio',
    help: 'Budget of the global rule: the share of each batch of 100 clicks with the smallest loss it trains on.',
  },
  seed: seedField,
});
