/** The LDR losses figure: cross-entropy, LDR-KL and adaptive ALDR-KL on the same noisy labels. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'ldr',
  caption:
    'The same small network trained on five Gaussian classes, 40% of whose training labels were flipped, under three losses. Cross-entropy slowly memorises the flipped labels and loses clean-test accuracy; the LDR-KL loss, with scores normalised and temperature λ, resists; ALDR-KL gives each training point its own λᵢ.',
  panels: [
    {
      kind: 'line',
      id: 'acc',
      title: 'Clean test accuracy',
      xLabel: 'step',
      yLabel: 'accuracy',
      yDomain: [0, 1],
      series: [
        { key: 'test_ce', label: 'cross-entropy' },
        { key: 'test_ldr', label: 'LDR-KL (fixed λ)' },
        { key: 'test_aldr', label: 'ALDR-KL (λᵢ per point)' },
      ],
    },
    {
      kind: 'line',
      id: 'memo',
      title: 'Flipped training labels memorised',
      xLabel: 'step',
      yLabel: 'share of flipped points',
      yDomain: [0, 1],
      series: [
        { key: 'memo_ce', label: 'cross-entropy' },
        { key: 'memo_ldr', label: 'LDR-KL' },
        { key: 'memo_aldr', label: 'ALDR-KL' },
      ],
    },
    {
      kind: 'bars',
      id: 'lambdas',
      title: 'ALDR-KL: distribution of the learned λᵢ',
      xLabel: 'λᵢ',
      yLabel: 'share of points',
    },
    {
      kind: 'heatmap',
      id: 'regions',
      title: 'ALDR-KL predicted class; dots: training labels',
      categorical: true,
      overlay: 'data',
    },
    {
      kind: 'readout',
      id: 'now',
      title: 'ALDR-KL temperatures',
      items: [
        {
          key: 'lamClean',
          label: 'mean λᵢ, correct labels',
          help: 'Average learned temperature over training points whose label is right.',
          digits: 3,
        },
        {
          key: 'lamFlipped',
          label: 'mean λᵢ, flipped labels',
          help: 'Average learned temperature over training points whose label was flipped.',
          digits: 3,
        },
      ],
    },
  ],
  csvColumns: [
    'test_ce',
    'test_ldr',
    'test_aldr',
    'memo_ce',
    'memo_ldr',
    'memo_aldr',
    'lamClean',
    'lamFlipped',
    'diverged',
  ],
  summaryKeys: ['test_ce', 'test_ldr', 'test_aldr'],
  summaryLabels: ['cross-entropy clean test accuracy', 'LDR-KL clean test accuracy', 'ALDR-KL clean test accuracy'],
};
