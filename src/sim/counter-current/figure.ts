/** The counter-current learning figure: local, anti-parallel learning against backpropagation. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'counter-current',
  caption:
    'Two interleaved spirals learned by a forward network whose layers are trained only by local losses against a feedback network that carries the label downwards, against the same network trained by backpropagation. Counter-current learning reaches backpropagation’s accuracy; training the top layer alone on fixed hidden layers lags behind.',
  panels: [
    {
      kind: 'line',
      id: 'acc',
      title: 'Test accuracy',
      xLabel: 'step',
      yLabel: 'accuracy',
      yDomain: [0.4, 1],
      series: [
        { key: 'cclTest', label: 'counter-current learning' },
        { key: 'bpTest', label: 'backpropagation' },
        { key: 'topTest', label: 'top layer only', style: 'dashed' },
      ],
    },
    {
      kind: 'heatmap',
      id: 'cclRegions',
      title: 'Counter-current learning: decision regions',
      categorical: true,
      overlay: 'data',
    },
    {
      kind: 'heatmap',
      id: 'bpRegions',
      title: 'Backpropagation: decision regions',
      categorical: true,
      overlay: 'data',
    },
    {
      kind: 'line',
      id: 'align',
      title: 'Alignment of forward activations with their class’s feedback signal',
      xLabel: 'step',
      yLabel: 'mean cosine',
      series: [
        { key: 'align1', label: 'hidden layer 1' },
        { key: 'align2', label: 'hidden layer 2' },
        { key: 'align3', label: 'hidden layer 3' },
        { key: 'align4', label: 'hidden layer 4' },
      ],
    },
  ],
  csvColumns: [
    'cclTest',
    'bpTest',
    'topTest',
    'cclTrain',
    'bpTrain',
    'cclLoss',
    'bpLoss',
    'align1',
    'align2',
    'align3',
    'align4',
  ],
  summaryKeys: ['cclTest', 'bpTest', 'topTest'],
  summaryLabels: ['counter-current test accuracy', 'backprop test accuracy', 'top-only test accuracy'],
};
