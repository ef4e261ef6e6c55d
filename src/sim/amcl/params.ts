import { defineParams, seedField } from '../runtime/params';

/** 256 instances from 8 Gaussian classes in 16 dimensions; two noisy views per instance and step. */
export const params = defineParams({
  strongFrac: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.5,
    step: 0.05,
    label: 'strong augmentations',
    help: 'Share of positive pairs whose views get the strong noise instead of the mild one (drawn afresh for every pair and step).',
  },
  strong: {
    kind: 'number',
    min: 0.2,
    max: 3,
    default: 2.5,
    step: 0.05,
    label: 'strong noise',
    help: 'Standard deviation of the strong augmentation (the mild one is 0.2; classes sit about 1.4 apart per coordinate).',
  },
  heads: {
    kind: 'int',
    min: 1,
    max: 4,
    default: 2,
    step: 1,
    label: 'heads H',
    help: 'Projection heads of the AMCL learner, each with its own similarities and adaptive temperatures.',
  },
  lambda: {
    kind: 'number',
    min: 0.05,
    max: 100,
    default: 0.5,
    scale: 'log',
    label: 'regulariser λ',
    help: 'Weight of the temperature regulariser λ(log τ + 1/τ). Large λ pins every temperature at 1 (AMCL becomes multi-head SimCLR).',
  },
  seed: seedField,
});
