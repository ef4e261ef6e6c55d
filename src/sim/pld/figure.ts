import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'pld',
  caption:
    'Standard BPR trains on clicks, a fifth of them accidental. Across all users the losses of clean and noisy clicks overlap, because broad-taste users have high losses on genuine clicks; within each user the noisy clicks stand out. Resampling positives within the user (PLD) therefore trains on fewer noisy clicks than a global small-loss cut with the same budget.',
  panels: [
    {
      kind: 'curves',
      id: 'global',
      title: 'Global view: loss of every click (standard BPR)',
      xLabel: 'BPR loss of the click',
      yLabel: 'share of clicks',
    },
    {
      kind: 'curves',
      id: 'personal',
      title: 'Personal view: loss standardised within each user',
      xLabel: '(loss − user’s mean) ÷ user’s spread',
      yLabel: 'share of clicks',
    },
    {
      kind: 'line',
      id: 'auc',
      title: 'How well “larger loss ⇒ noisy” finds the noisy clicks',
      xLabel: 'epoch',
      yLabel: 'AUC (0.5 = chance)',
      yDomain: [0.4, 1],
      series: [
        { key: 'userAuc', label: 'within each user (mean per-user AUC)' },
        { key: 'globalAuc', label: 'across all users (global AUC)' },
      ],
    },
    {
      kind: 'line',
      id: 'noisy',
      title: 'Share of noisy clicks among those each rule would train on',
      xLabel: 'epoch',
      yLabel: 'noisy share',
      yDomain: [0, 0.5],
      series: [
        { key: 'noisyPld', label: 'PLD: softmax(−loss/τ) within the user’s pool' },
        { key: 'noisyTrunc', label: 'global truncation: smallest losses of the batch' },
        { key: 'noisyAll', label: 'standard BPR: every click', style: 'dashed' },
      ],
    },
    {
      kind: 'readout',
      id: 'numbers',
      title: 'Now',
      items: [
        {
          key: 'focusedClean',
          label: 'mean loss, focused users, clean',
          help: 'Mean BPR loss of genuine clicks of users who like one cluster.',
          digits: 2,
        },
        {
          key: 'focusedNoisy',
          label: 'mean loss, focused users, noisy',
          help: 'The same for their accidental clicks.',
          digits: 2,
        },
        {
          key: 'broadClean',
          label: 'mean loss, broad users, clean',
          help: 'Mean BPR loss of genuine clicks of users who like several clusters.',
          digits: 2,
        },
        {
          key: 'broadNoisy',
          label: 'mean loss, broad users, noisy',
          help: 'The same for their accidental clicks.',
          digits: 2,
        },
        {
          key: 'recallStd',
          label: 'Recall@10, standard BPR',
          help: 'Top 10 unclicked items against the liked items held out, normalised by min(10, held-out items), averaged over users.',
          digits: 3,
        },
        {
          key: 'recallTrunc',
          label: 'Recall@10, global truncation',
          help: 'The same for the model trained on the keep-ratio share of each batch with the smallest loss.',
          digits: 3,
        },
        {
          key: 'recallPld',
          label: 'Recall@10, PLD',
          help: 'The same for the model trained with PLD resampling.',
          digits: 3,
        },
      ],
    },
  ],
  csvColumns: [
    'globalAuc',
    'userAuc',
    'zAuc',
    'noisyAll',
    'noisyTrunc',
    'noisyPld',
    'focusedClean',
    'focusedNoisy',
    'broadClean',
    'broadNoisy',
    'recallStd',
    'recallTrunc',
    'recallPld',
  ],
  summaryKeys: ['userAuc', 'globalAuc', 'noisyPld', 'noisyTrunc'],
  summaryLabels: ['per-user AUC', 'global AUC', 'noisy share PLD', 'noisy share truncation'],
};
