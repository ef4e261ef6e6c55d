/** The DNO figure: round-by-round improvement, distance to equilibrium and the policy path. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'dno',
  caption:
    'Forty DNO rounds in a three-response game with cyclic preferences. Every round’s policy beats the one before it, and the average of the rounds closes in on the Nash policy; iterative DPO on a fitted Bradley–Terry reward settles on response A, which response C beats.',
  panels: [
    { kind: 'simplex', id: 'simplex', title: 'Policy after each round' },
    {
      kind: 'line',
      id: 'improve',
      title: 'Win rate of each new policy against the previous one',
      xLabel: 'round',
      yLabel: 'P(π_t+1 ≻ π_t)',
      series: [
        { key: 'winPrev', label: 'DNO', style: 'points' },
        { key: 'btWinPrev', label: 'iterative DPO on Bradley–Terry', style: 'points' },
      ],
    },
    {
      kind: 'line',
      id: 'expl',
      title: 'How much the best response beats the policy',
      xLabel: 'round',
      yLabel: 'max_y P(y ≻ π) − 1/2',
      series: [
        { key: 'explDno', label: 'DNO (last iterate)' },
        { key: 'explAvg', label: 'DNO (average)', style: 'dashed' },
        { key: 'explBt', label: 'iterative DPO on Bradley–Terry' },
      ],
    },
    {
      kind: 'line',
      id: 'teacher',
      title: 'Win rate against the teacher',
      xLabel: 'round',
      yLabel: 'P(π ≻ teacher)',
      series: [
        { key: 'teacherDno', label: 'DNO (last iterate)' },
        { key: 'teacherAvg', label: 'DNO (average)', style: 'dashed' },
        { key: 'teacherBt', label: 'iterative DPO on Bradley–Terry' },
      ],
    },
  ],
  csvColumns: ['winPrev', 'btWinPrev', 'kept', 'teacherDno', 'teacherAvg', 'teacherBt', 'explDno', 'explAvg', 'explBt'],
  summaryKeys: ['winPrev', 'explAvg', 'explBt', 'teacherDno'],
  summaryLabels: [
    'DNO win rate over previous round',
    'DNO average exploitability',
    'BT-DPO exploitability',
    'DNO win rate vs teacher',
  ],
};
