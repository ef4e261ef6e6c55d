/** Parameters of the SPO figure (self-supervised-preference-optimization). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  pairs: {
    kind: 'int',
    min: 10,
    max: 2000,
    default: 40,
    scale: 'log',
    label: 'preference pairs',
    help: 'Human-labelled pairs both runs train on.',
  },
  labelNoise: {
    kind: 'number',
    min: 0,
    max: 0.4,
    default: 0.15,
    step: 0.01,
    label: 'label noise',
    help: "Probability that an annotator's label is flipped.",
  },
  weight: {
    kind: 'number',
    min: 0,
    max: 4,
    default: 1,
    step: 0.05,
    label: 'SPO weight λ',
    help: 'Weight of the self-supervised preference-degree loss added to DPO in the SPO run (Eq. 1).',
  },
  levels: {
    kind: 'int',
    min: 2,
    max: 4,
    default: 3,
    label: 'removal levels',
    help: 'How many degrees of corruption the degree classifier tells apart: remove 1, 2, … key units.',
  },
  beta: { kind: 'number', min: 0.05, max: 2, default: 0.5, scale: 'log', label: 'β', help: 'DPO temperature.' },
  seed: seedField,
});
