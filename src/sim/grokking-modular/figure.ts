import type { FigureSpec } from '../runtime/figure';

/** Modular-addition grokking: accuracy cliff, losses, weight norm and per-neuron Fourier spectra. */
export const figure: FigureSpec = {
  sim: 'grokking-modular',
  caption:
    'A one-hidden-layer network learns a + b mod 31 from half of all pairs. Train accuracy reaches 100% within about a hundred steps; test accuracy sits near chance for hundreds more, then jumps, as each hidden unit settles on one Fourier frequency.',
  panels: [
    {
      kind: 'line',
      id: 'acc',
      title: 'Accuracy, and how concentrated each unit is in frequency',
      yLabel: 'accuracy',
      yDomain: [0, 1],
      series: [
        { key: 'trainAcc', label: 'train accuracy', style: 'dashed' },
        { key: 'testAcc', label: 'test accuracy' },
        { key: 'fourierConc', label: 'Fourier concentration (mean top-frequency share)', style: 'dashed' },
      ],
    },
    {
      kind: 'line',
      id: 'loss',
      title: 'Cross-entropy loss',
      yScale: 'log',
      yLabel: 'loss',
      series: [
        { key: 'trainLoss', label: 'train', style: 'dashed' },
        { key: 'testLoss', label: 'test' },
      ],
    },
    {
      kind: 'line',
      id: 'norm',
      title: 'Weight norm',
      yLabel: '‖W‖ = √(‖W₁‖² + ‖W₂‖²)',
      series: [{ key: 'weightNorm', label: '‖W‖' }],
    },
    {
      kind: 'heatmap',
      id: 'fourier',
      title: 'Fourier power of each hidden unit’s input weights (share per frequency)',
      xLabel: 'frequency k',
      yLabel: 'hidden units, sorted by strongest frequency',
    },
  ],
  csvColumns: ['trainAcc', 'testAcc', 'trainLoss', 'testLoss', 'weightNorm', 'fourierConc'],
  summaryKeys: ['trainAcc', 'testAcc', 'weightNorm', 'fourierConc'],
  summaryLabels: ['train accuracy', 'test accuracy', 'weight norm', 'Fourier concentration'],
};
