/** The knowledge-fusion figure: a source selector with and without its feedback (load-balancing) loss. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'knowledge-fusion',
  caption:
    'Five frozen "source models" (four specialists, one mediocre generalist) teach one student across four tasks. A selector picks the source for each input. Without its feedback loss it settles on the generalist everywhere and the student stays mediocre; with it, every specialist gets tried, wins its own task, and the student learns all four.',
  panels: [
    {
      kind: 'line',
      id: 'student',
      title: 'Student accuracy over all tasks',
      xLabel: 'step',
      yLabel: 'test accuracy',
      yDomain: [0.3, 1],
      series: [
        { key: 'student_fb', label: 'selector with feedback loss' },
        { key: 'student_nofb', label: 'selector without' },
        { key: 'student_avg', label: 'uniform average of all sources', style: 'dashed' },
      ],
    },
    {
      kind: 'line',
      id: 'spread',
      title: 'How evenly the selector uses the sources',
      xLabel: 'step',
      yLabel: 'normalised entropy of usage',
      yDomain: [0, 1],
      series: [
        { key: 'spread_fb', label: 'with feedback loss' },
        { key: 'spread_nofb', label: 'without' },
      ],
    },
    { kind: 'bars', id: 'usage', title: 'Share of inputs routed to each source', yLabel: 'share' },
  ],
  csvColumns: [
    'student_fb',
    'student_nofb',
    'student_avg',
    'teacher_fb',
    'teacher_nofb',
    'teacher_avg',
    'spread_fb',
    'spread_nofb',
    'general_fb',
    'general_nofb',
  ],
  summaryKeys: ['student_fb', 'student_nofb', 'student_avg'],
  summaryLabels: ['student accuracy with feedback loss', 'without', 'uniform average'],
};
