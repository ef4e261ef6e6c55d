import { defineParams, seedField } from '../runtime/params';

/**
 * Queries and documents are unit vectors in 24 dimensions. Each query's feedback list has 8
 * documents whose chance of being off-topic rises with rank; a gate shared by all feedback depths
 * decides how much each document counts. One arm trains on the sum of the depth losses, the other
 * adds the LoL comparison term.
 */
export const params = defineParams({
  irrShare: {
    kind: 'number',
    min: 0,
    max: 1,
    default: 0.9,
    step: 0.05,
    label: 'irrelevant share at depth 8',
    help: 'Chance that the 8th feedback document is off-topic; the chance grows with the cube of the rank up to this value.',
  },
  lambda: {
    kind: 'number',
    min: 0,
    max: 10,
    default: 1,
    step: 0.1,
    label: 'LoL weight λ',
    help: 'Weight of the comparison term, Eq. (2): 0 makes the two arms the same model.',
  },
  cue: {
    kind: 'number',
    min: 0,
    max: 4,
    default: 1.5,
    step: 0.1,
    label: 'relevance cue strength',
    help: 'How far the noisy relevance cue of an on-topic document sits above an off-topic one, in units of its noise.',
  },
  queries: {
    kind: 'int',
    min: 50,
    max: 1000,
    default: 400,
    step: 50,
    label: 'training queries',
    help: 'Queries the two arms train on; 400 further queries are held out for every readout.',
  },
  seed: seedField,
});
