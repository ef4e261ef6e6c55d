/** Parameters of the NFT figure (nft-supervised-rl-math). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  group: {
    kind: 'int',
    min: 2,
    max: 32,
    default: 8,
    label: 'answers per question',
    help: 'How many answers the current policy samples for each question in every round (the group).',
  },
  difficulty: {
    kind: 'number',
    min: -2,
    max: 2,
    default: 0,
    step: 0.1,
    label: 'difficulty',
    help: 'Shifts the starting logit of every correct answer down (harder) or up (easier).',
  },
  epochs: {
    kind: 'int',
    min: 1,
    max: 8,
    default: 1,
    label: 'updates per batch',
    help: '1 is strictly on-policy; more re-uses each batch of answers, so the policy drifts away from the one that sampled them.',
  },
  weighting: {
    kind: 'enum',
    options: ['grpo', 'none'] as const,
    optionLabels: ['ω = 1 − r_q (matches GRPO)', 'none (ω = 1, the plain loss)'],
    default: 'none',
    label: 'NFT question weight',
    help: 'Per-question weight on the NFT loss; 1 − r_q makes its on-policy gradient equal to the group-relative policy gradient.',
  },
  lr: {
    kind: 'number',
    min: 0.05,
    max: 5,
    default: 1,
    scale: 'log',
    label: 'learning rate',
    help: 'Step size on the logits, the same for all three methods.',
  },
  seed: seedField,
});
