import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'unpg',
  caption:
    'Two face-recognition toys train on the same 48 identities: CosFace compares each sample with the class weights only; UNPG adds the batch’s filtered sample-to-sample negatives. Class weights never produce the hardest negatives, and adding them improves verification on 16 identities neither model has seen.',
  panels: [
    {
      kind: 'bars',
      id: 'generated',
      title: 'Negatives each pair generator produces (CosFace model, training identities)',
      xLabel: 'cosine similarity',
      yLabel: 'share of pairs',
    },
    {
      kind: 'line',
      id: 'tar',
      title: 'Verification of unseen identities: TAR at FAR = 1%',
      xLabel: 'training step',
      yLabel: 'true accept rate',
      yDomain: [0, 1],
      series: [
        { key: 'unpgTar', label: 'CosFace + UNPG' },
        { key: 'clTar', label: 'CosFace' },
      ],
    },
    {
      kind: 'bars',
      id: 'pairs',
      title: 'Unseen identities: similarity of same-identity and different-identity pairs',
      xLabel: 'cosine similarity',
      yLabel: 'share of pairs',
    },
    {
      kind: 'line',
      id: 'mismatch',
      title: 'The hardest negatives (99th percentile) each generator yields',
      xLabel: 'training step',
      yLabel: 'cosine similarity',
      series: [
        { key: 'mlNegQ99', label: 'sample-to-sample pairs' },
        { key: 'clNegQ99', label: 'sample-to-class-weight pairs' },
      ],
    },
  ],
  csvColumns: ['clLoss', 'unpgLoss', 'clTar', 'unpgTar', 'clNegQ99', 'mlNegQ99'],
  summaryKeys: ['unpgTar', 'clTar', 'clNegQ99', 'mlNegQ99'],
  summaryLabels: ['TAR@FAR1% UNPG', 'TAR@FAR1% CosFace', 'hardest CL negatives', 'hardest sample negatives'],
};
