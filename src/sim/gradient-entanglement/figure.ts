/** The gradient-entanglement figure: chosen and rejected log-probabilities under a margin loss. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'gradient-entanglement',
  caption:
    "A log-linear policy over eight responses trained with DPO on one preference pair. The margin grows as it should, but because the two responses' gradients overlap (⟨g_w, g_l⟩ larger than ‖g_w‖²) the chosen response loses probability along with the rejected one.",
  instant: true,
  panels: [
    {
      kind: 'line',
      id: 'logp',
      title: 'Change in log-probability since the start',
      xLabel: 'step',
      yLabel: 'Δ log π',
      series: [
        { key: 'dLogW', label: 'chosen y_w' },
        { key: 'dLogL', label: 'rejected y_l' },
        { key: 'margin', label: 'margin', style: 'dashed' },
      ],
    },
    {
      kind: 'line',
      id: 'geometry',
      title: "The paper's condition: inner product against squared norms",
      xLabel: 'step',
      yLabel: 'value',
      series: [
        { key: 'inner', label: '⟨g_w, g_l⟩' },
        { key: 'normW', label: '‖g_w‖²', style: 'dashed' },
        { key: 'normL', label: '‖g_l‖²', style: 'dashed' },
      ],
    },
    { kind: 'bars', id: 'probs', title: 'Policy over the responses', yLabel: 'probability' },
    {
      kind: 'readout',
      id: 'now',
      title: 'Latest step',
      items: [
        { key: 'pW', label: 'π(y_w)', help: 'Probability of the chosen response.', digits: 3 },
        { key: 'pL', label: 'π(y_l)', help: 'Probability of the rejected response.', digits: 3 },
        {
          key: 'loss',
          label: 'DPO loss',
          help: '−log σ(β · margin), with the starting policy as reference.',
          digits: 3,
        },
      ],
    },
  ],
  csvColumns: ['dLogW', 'dLogL', 'margin', 'loss', 'inner', 'normW', 'normL', 'pW', 'pL'],
  summaryKeys: ['margin', 'dLogW', 'dLogL'],
  summaryLabels: ['margin', 'change in chosen log-probability', 'change in rejected log-probability'],
};
