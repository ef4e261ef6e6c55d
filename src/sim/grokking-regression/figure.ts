import type { FigureSpec } from '../runtime/figure';

/** Lazy-to-rich grokking: loss curves with crossing markers, feature alignment, and the exact test-loss decomposition. */
export const figure: FigureSpec = {
  sim: 'grokking-regression',
  caption:
    'A two-layer network first memorises its 200 training points (dashed) while the test loss (solid) rises; only when its weights turn towards the target direction does the test loss fall. Larger output scale α, longer delay.',
  panels: [
    {
      kind: 'line',
      id: 'loss',
      title: 'Loss relative to its initial value',
      xScale: 'log',
      yScale: 'log',
      yLabel: 'loss / initial loss',
      series: [
        { key: 'trainRel', label: 'train', style: 'dashed' },
        { key: 'testRel', label: 'test' },
        { key: 'twinTestRel', label: 'lazy twin, test' },
      ],
      markers: { key: 'cross', label: 'threshold', labels: ['train < 10%', 'test < 25%', 'train < 10%, test < 25%'] },
    },
    {
      kind: 'line',
      id: 'features',
      title: 'Feature learning: alignment with the target and weight growth',
      xScale: 'log',
      yScale: 'log',
      yLabel: 'a(t)  and  ‖W‖ / ‖W₀‖',
      series: [
        { key: 'alignment', label: 'alignment a(t) = βᵀMβ / (‖M‖ ‖β‖²)' },
        { key: 'weightGrowth', label: '‖W‖_F / ‖W₀‖_F', style: 'dashed' },
      ],
    },
    {
      kind: 'line',
      id: 'decomp',
      title: 'Test loss = variance + alignment + linear term',
      xScale: 'log',
      yLabel: 'share of initial test loss',
      stacked: true,
      series: [
        { key: 'alignRel', label: 'alignment error' },
        { key: 'varRel', label: 'variance error' },
        { key: 'linRel', label: 'linear-term error' },
      ],
    },
  ],
  csvColumns: [
    'trainLoss',
    'testLoss',
    'trainRel',
    'testRel',
    'alignment',
    'weightNorm',
    'twinTestRel',
    'varRel',
    'alignRel',
    'linRel',
  ],
  summaryKeys: ['trainRel', 'testRel', 'alignment', 'weightNorm'],
  summaryLabels: ['train loss / initial', 'test loss / initial', 'alignment a(t)', 'weight norm ‖W‖'],
};
