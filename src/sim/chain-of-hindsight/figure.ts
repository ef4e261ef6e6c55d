/** The Chain-of-Hindsight figure: feedback-conditioned training against SFT on approved outputs. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'chain-of-hindsight',
  caption:
    'A toy language model is fine-tuned on four rated outputs per prompt. SFT keeps only the approved ones; Chain of Hindsight trains on all of them, each after its feedback phrase ("Good:" or "Bad:"). Prompted with "Good:" on prompts it never saw, the CoH model picks outputs the rater approves of far more often.',
  panels: [
    {
      kind: 'line',
      id: 'held',
      title: 'Approval rate of generations on unseen prompts',
      xLabel: 'step',
      yLabel: 'P(rater approves)',
      yDomain: [0, 1],
      series: [
        { key: 'held_coh', label: 'CoH, prompted "Good:"' },
        { key: 'held_sft', label: 'SFT on approved outputs' },
        { key: 'held_bad', label: 'CoH, prompted "Bad:"', style: 'dashed' },
        { key: 'held_base', label: 'pretrained model', style: 'dashed' },
      ],
    },
    {
      kind: 'line',
      id: 'train',
      title: 'On the training prompts',
      xLabel: 'step',
      yLabel: 'P(rater approves)',
      yDomain: [0, 1],
      series: [
        { key: 'train_coh', label: 'CoH, prompted "Good:"' },
        { key: 'train_sft', label: 'SFT' },
      ],
    },
    {
      kind: 'bars',
      id: 'outputs',
      title: 'One unseen prompt: probability of each output (best on the left)',
      yLabel: 'probability',
    },
  ],
  csvColumns: ['held_coh', 'held_sft', 'held_bad', 'held_base', 'train_coh', 'train_sft'],
  summaryKeys: ['held_coh', 'held_sft', 'held_base'],
  summaryLabels: ['CoH approval on unseen prompts', 'SFT approval on unseen prompts', 'pretrained approval'],
};
