/** Parameters of the P3O figure (pairwise-ppo). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  shift: {
    kind: 'number',
    min: 0,
    max: 10,
    default: 4,
    step: 0.5,
    label: 'reward shift δ',
    help: 'The shifted runs add δ·(prompt number) to every reward of that prompt: same preferences, different scale.',
  },
  klCoef: {
    kind: 'number',
    min: 0.01,
    max: 1,
    default: 0.1,
    scale: 'log',
    label: 'KL coefficient',
    help: 'Weight of the per-sample penalty log(π/π_ref) subtracted from the reward.',
  },
  clip: {
    kind: 'number',
    min: 0.05,
    max: 0.5,
    default: 0.2,
    step: 0.05,
    label: 'clip ε',
    help: 'Importance ratios outside [1−ε, 1+ε] stop contributing gradient (PPO’s proximal clipping).',
  },
  batch: {
    kind: 'int',
    min: 4,
    max: 64,
    default: 8,
    step: 2,
    label: 'samples per prompt',
    help: 'Responses sampled per prompt and iteration (P3O pairs them up).',
  },
  lr: {
    kind: 'number',
    min: 0.01,
    max: 1,
    default: 0.1,
    scale: 'log',
    label: 'learning rate',
    help: 'Gradient-ascent step on the policy logits.',
  },
  seed: seedField,
});
