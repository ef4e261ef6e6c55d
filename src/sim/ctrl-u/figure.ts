/** The Ctrl-U figure: reward fine-tuning of a toy conditional generator with an unreliable reward model. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'ctrl-u',
  caption:
    'A toy conditional generator is fine-tuned so that a reward model reads the requested condition back from its samples. The reward model is reliable on conditions up to 0.3 and erratic above. Plain reward fine-tuning follows every verdict and its generations wander; Ctrl-U down-weights losses on which two samples of the same condition disagree and stays closer to the request.',
  panels: [
    {
      kind: 'line',
      id: 'err',
      title: 'Control error (running average over ~50 steps)',
      xLabel: 'step',
      yLabel: 'RMS distance of the mean generation from the condition',
      series: [
        { key: 'avg_plain', label: 'plain reward fine-tuning' },
        { key: 'avg_ctrlu', label: 'Ctrl-U' },
      ],
    },
    {
      kind: 'line',
      id: 'split',
      title: 'Where the error is',
      xLabel: 'step',
      yLabel: 'RMS control error',
      series: [
        { key: 'errNew_plain', label: 'unfamiliar conditions, plain' },
        { key: 'errNew_ctrlu', label: 'unfamiliar conditions, Ctrl-U' },
        { key: 'errFam_plain', label: 'familiar conditions, plain', style: 'dashed' },
        { key: 'errFam_ctrlu', label: 'familiar conditions, Ctrl-U', style: 'dashed' },
      ],
    },
    {
      kind: 'points',
      id: 'samples',
      title: 'Generated against requested condition (the diagonal is perfect control)',
      xLabel: 'requested condition c',
      yLabel: 'condition of the generation x₁',
    },
  ],
  csvColumns: [
    'err_plain',
    'err_ctrlu',
    'avg_plain',
    'avg_ctrlu',
    'errNew_plain',
    'errNew_ctrlu',
    'errFam_plain',
    'errFam_ctrlu',
  ],
  summaryKeys: ['avg_plain', 'avg_ctrlu'],
  summaryLabels: ['control error, plain', 'control error, Ctrl-U'],
};
