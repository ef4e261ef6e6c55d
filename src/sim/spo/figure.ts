/** The SPO figure: DPO with and without the self-supervised preference-degree loss. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'spo',
  caption:
    "A log-linear toy policy learns from 40 noisy preference pairs over responses made of content units. DPO alone latches onto filler that happened to come with the winners; adding SPO's self-supervised task (say how many key units were deleted from a response) makes the policy's likelihood track the key content, and it ranks unseen responses better.",
  panels: [
    {
      kind: 'line',
      id: 'acc',
      title: 'Agreement with the true preference on unseen pairs',
      xLabel: 'step',
      yLabel: 'held-out pairwise accuracy',
      yDomain: [0.5, 1],
      series: [
        { key: 'acc_dpo', label: 'DPO' },
        { key: 'acc_spo', label: 'DPO + SPO' },
      ],
    },
    {
      kind: 'line',
      id: 'filler',
      title: "Share of the policy's weight on filler",
      xLabel: 'step',
      yLabel: '‖θ_filler‖ / ‖θ‖',
      yDomain: [0, 1],
      series: [
        { key: 'filler_dpo', label: 'DPO' },
        { key: 'filler_spo', label: 'DPO + SPO' },
      ],
    },
    { kind: 'bars', id: 'weights', title: 'What the policy rewards, unit by unit', yLabel: 'weight (scaled to max 1)' },
  ],
  csvColumns: ['acc_dpo', 'acc_spo', 'filler_dpo', 'filler_spo', 'train_dpo', 'train_spo'],
  summaryKeys: ['acc_dpo', 'acc_spo'],
  summaryLabels: ['DPO held-out accuracy', 'DPO + SPO held-out accuracy'],
};
