import { defineParams, seedField } from '../runtime/params';

/**
 * Config C1 of flagships.md §C.2: SimCLR-style training on 8 Gaussian classes × 64 instances in
 * 16-d, two noisy views per instance, encoder 16 → 64 → m on the unit sphere, batch 128.
 */
export const params = defineParams({
  tau: {
    kind: 'number',
    min: 0.03,
    max: 1,
    default: 0.2,
    scale: 'log',
    label: 'temperature τ',
    help: 'Divides every similarity before the softmax: small τ punishes the hardest negatives most.',
  },
  loss: {
    kind: 'enum',
    options: ['contrastive', 'hard', 'simple', 'hardSimple'] as const,
    optionLabels: ['contrastive (NT-Xent)', 'hard contrastive', 'simple', 'hard simple'],
    default: 'contrastive',
    label: 'loss',
    help: 'Hard keeps only the most similar negatives of each anchor; simple is the τ → ∞ limit (τ has no effect).',
  },
  hardFrac: {
    kind: 'number',
    min: 0.02,
    max: 0.5,
    default: 0.1,
    step: 0.01,
    label: 'hard-negative fraction',
    help: 'For the hard losses: the share of each anchor’s 254 in-batch negatives that is kept (the paper keeps about 8%).',
  },
  dim: {
    kind: 'enum',
    options: ['3', '8', '16'] as const,
    optionLabels: ['3 (sphere)', '8', '16'],
    default: '8',
    label: 'embedding dimension m',
    help: 'Width of the normalised embedding; m = 3 puts the points on a sphere you can rotate.',
  },
  spread: {
    kind: 'number',
    min: 0.2,
    max: 2,
    default: 1,
    step: 0.05,
    label: 'intra-class spread',
    help: 'Standard deviation of instances around their class centre (centres are standard normal in 16-d).',
  },
  aug: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.3,
    step: 0.05,
    label: 'augmentation strength',
    help: 'Standard deviation of the Gaussian noise that makes the two views of an instance differ.',
  },
  seed: seedField,
});
