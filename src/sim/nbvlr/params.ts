/** Parameters of the naive Bayes versus logistic regression figure (discriminative-vs-generative). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  dim: {
    kind: 'int',
    min: 4,
    max: 80,
    default: 20,
    scale: 'log',
    label: 'feature dimension n',
    help: 'Number of features each classifier sees.',
  },
  classes: { kind: 'int', min: 2, max: 6, default: 3, label: 'classes K', help: 'Number of Gaussian classes.' },
  copies: {
    kind: 'int',
    min: 0,
    max: 20,
    default: 6,
    label: 'redundant copies',
    help: 'How many features are near-copies of the first one: they break naive Bayes’ independence assumption, which then counts the same evidence several times.',
  },
  sep: {
    kind: 'number',
    min: 0.1,
    max: 1.5,
    default: 0.7,
    step: 0.05,
    label: 'separation per feature',
    help: 'How far apart the class means sit along each feature, in units of the noise.',
  },
  seed: seedField,
});
