/** The NFT figure: accuracy of three self-improvement rules on a toy verifier task. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'nft',
  caption:
    'Forty-eight toy questions, each answered by a softmax over eight candidates with one correct. Every round each method samples answers, a verifier marks them, and the method updates. RFT learns only from the correct answers; NFT also fits the wrong ones through its implicit negative policy and pushes them down, much as GRPO does.',
  panels: [
    {
      kind: 'line',
      id: 'acc',
      title: 'Mean accuracy over the questions',
      xLabel: 'round',
      yLabel: 'P(correct)',
      yDomain: [0, 1],
      series: [
        { key: 'acc_rft', label: 'RFT (positives only)' },
        { key: 'acc_grpo', label: 'GRPO-style policy gradient', style: 'dashed' },
        { key: 'acc_nft', label: 'NFT' },
      ],
    },
    {
      kind: 'line',
      id: 'neg',
      title: 'What happens to the rejected answers in each update',
      xLabel: 'round',
      yLabel: 'mean Δ log π on rejected answers',
      series: [
        { key: 'neg_rft', label: 'RFT' },
        { key: 'neg_grpo', label: 'GRPO', style: 'dashed' },
        { key: 'neg_nft', label: 'NFT' },
      ],
    },
    { kind: 'heatmap', id: 'perQuestion', title: 'Accuracy per question (one row per method)' },
    {
      kind: 'readout',
      id: 'now',
      title: 'Latest round',
      items: [
        {
          key: 'trap_rft',
          label: 'trap mass, RFT',
          help: 'Mean probability of the tempting wrong answer under RFT.',
          digits: 3,
        },
        {
          key: 'trap_nft',
          label: 'trap mass, NFT',
          help: 'Mean probability of the tempting wrong answer under NFT.',
          digits: 3,
        },
      ],
    },
  ],
  csvColumns: ['acc_rft', 'acc_grpo', 'acc_nft', 'trap_rft', 'trap_grpo', 'trap_nft', 'neg_rft', 'neg_grpo', 'neg_nft'],
  summaryKeys: ['acc_rft', 'acc_grpo', 'acc_nft'],
  summaryLabels: ['RFT accuracy', 'GRPO accuracy', 'NFT accuracy'],
};
