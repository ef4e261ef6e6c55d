import { defineParams, seedField } from '../runtime/params';

/** 48 training identities in 16-d (8 identity + 8 nuisance directions, mixed); verification on 16 unseen identities. */
export const params = defineParams({
  margin: {
    kind: 'number',
    min: 0,
    max: 0.5,
    default: 0.2,
    step: 0.01,
    label: 'margin m',
    help: 'CosFace margin subtracted from each sample’s similarity to its own class weight.',
  },
  scale: {
    kind: 'number',
    min: 4,
    max: 64,
    default: 16,
    scale: 'log',
    label: 'scale γ',
    help: 'Multiplies every similarity inside the loss (Eq. 1).',
  },
  batch: {
    kind: 'int',
    min: 8,
    max: 128,
    default: 32,
    scale: 'log',
    label: 'mini-batch size',
    help: 'Samples per step: UNPG’s extra negatives come from the other identities in the batch.',
  },
  filter: {
    kind: 'number',
    min: 0.5,
    max: 10,
    default: 2,
    step: 0.1,
    label: 'filter r',
    help: 'UNPG keeps a sample-to-sample negative only if it is below mean + r·std of the batch’s sample-to-sample negatives (10 ≈ no filter).',
  },
  labelNoise: {
    kind: 'number',
    min: 0,
    max: 0.3,
    default: 0,
    step: 0.01,
    label: 'label noise',
    help: 'Share of training samples filed under a wrong identity.',
  },
  seed: seedField,
});
