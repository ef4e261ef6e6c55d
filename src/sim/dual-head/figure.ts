/** The dual-head distillation figure: one head versus two when KD and a logit-level loss combine. */
import type { FigureSpec } from '../runtime/figure';

const four = (m: string) => [
  { key: `${m}_kd`, label: 'CE + KD' },
  { key: `${m}_bkl`, label: 'CE + BKL', style: 'dashed' as const },
  { key: `${m}_both`, label: 'CE + KD + BKL, one head' },
  { key: `${m}_dual`, label: 'dual head' },
];

export const figure: FigureSpec = {
  sim: 'dual-head',
  caption:
    'Four students distil the same teacher, whose logits carry more than its probabilities. Putting the probability-level KD loss and the logit-level BKL loss on one narrow head makes the head serve two masters: it reproduces the teacher’s probabilities worse and loses accuracy. Giving BKL its own head removes the conflict.',
  panels: [
    {
      kind: 'line',
      id: 'acc',
      title: 'Student test accuracy',
      xLabel: 'step',
      yLabel: 'accuracy',
      series: four('acc'),
    },
    {
      kind: 'line',
      id: 'kdfit',
      title: 'Mismatch with the teacher’s probabilities (held out)',
      xLabel: 'step',
      yLabel: 'τ² KL(teacher ‖ student)',
      yScale: 'log',
      series: four('kdTest'),
    },
    { kind: 'bars', id: 'collapse', title: 'Head geometry: mean cosine between class weight vectors' },
  ],
  csvColumns: [
    'acc_kd',
    'acc_bkl',
    'acc_both',
    'acc_dual',
    'kdTest_kd',
    'kdTest_bkl',
    'kdTest_both',
    'kdTest_dual',
    'diverged',
  ],
  summaryKeys: ['acc_kd', 'acc_both', 'acc_dual'],
  summaryLabels: ['CE + KD accuracy', 'one head, both losses: accuracy', 'dual head accuracy'],
};
