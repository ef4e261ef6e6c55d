import { defineParams, seedField } from '../runtime/params';

/** 256 synthetic time series of length 32 from 4 classes; SimCLR with and without DBPM. */
export const params = defineParams({
  noisyFrac: {
    kind: 'number',
    min: 0,
    max: 0.4,
    default: 0.15,
    step: 0.01,
    label: 'noisy pairs',
    help: 'Share of series that are mostly noise: both views share the same noise, so they are easy to align.',
  },
  faultyFrac: {
    kind: 'number',
    min: 0,
    max: 0.4,
    default: 0.15,
    step: 0.01,
    label: 'faulty pairs',
    help: 'Share of series whose augmentation scrambles one view, so the two views no longer share the pattern.',
  },
  beta: {
    kind: 'number',
    min: 0.5,
    max: 3,
    default: 1,
    step: 0.05,
    label: 'threshold β',
    help: 'A pair is flagged when its mean historical loss lies more than β standard deviations from the mean (Eq. 2, β_n = β_f = β).',
  },
  weight: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0,
    step: 0.05,
    label: 'weight of flagged pairs',
    help: 'What DBPM multiplies a flagged pair’s loss by (1 = no down-weighting).',
  },
  seed: seedField,
});
