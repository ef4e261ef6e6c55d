/** Parameters of the NCE-versus-compositional figure (unnormalized-models-compositional). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  gap: {
    kind: 'number', min: 0, max: 8, default: 4, step: 0.25, label: 'data–noise distance',
    help: 'Distance between the data mean μ* and the noise mean (the noise q = N(0, s²) stays at 0).',
  },
  noiseSd: {
    kind: 'number', min: 0.5, max: 4, default: 1, step: 0.05, label: 'noise spread s',
    help: 'Standard deviation of the noise distribution q used by both methods.',
  },
  mu0: { kind: 'number', min: -4, max: 10, default: 0, step: 0.25, label: 'initial μ₀', help: 'Where both methods start the mean.' },
  grad: {
    kind: 'enum', options: ['exact', 'sampled'], optionLabels: ['exact expectations', 'sampled batches'], default: 'exact', label: 'gradients',
    help: 'Exact: both objectives’ expectations computed by quadrature (the landscape alone). Sampled: stochastic batches, where the inner estimate of Z adds variance.',
  },
  batch: { kind: 'int', min: 4, max: 256, default: 32, scale: 'log', label: 'batch size', help: 'Sampled mode: data samples and noise samples per step.' },
  beta: {
    kind: 'number', min: 0.01, max: 1, default: 0.1, scale: 'log', label: 'moving-average rate β',
    help: 'Sampled mode, compositional method: u ← (1 − β)u + β·(batch estimate of the partition function Z).',
  },
  lr: { kind: 'number', min: 0.01, max: 1, default: 0.1, scale: 'log', label: 'learning rate', help: 'Step size of both methods.' },
  seed: seedField,
});
