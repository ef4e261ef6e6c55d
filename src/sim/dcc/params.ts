/** Parameters of the dataset condensation figure (dataset-condensation-contrastive). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  shared: {
    kind: 'number',
    min: 0,
    max: 8,
    default: 3,
    step: 0.25,
    label: 'shared irrelevant feature',
    help: 'Value of 8 task-irrelevant features that every class shares (their mean); 0 removes them. Used for the two maps.',
  },
  classes: {
    kind: 'int',
    min: 3,
    max: 8,
    default: 5,
    label: 'classes',
    help: 'Number of Gaussian classes (centres on the unit circle in the two relevant features).',
  },
  theta: {
    kind: 'number',
    min: 0.01,
    max: 2,
    default: 0.1,
    scale: 'log',
    label: 'classifier weight scale',
    help: 'Standard deviation of the random linear classifiers at which gradients are matched (gradient matching samples fresh initialisations).',
  },
  seed: seedField,
});
