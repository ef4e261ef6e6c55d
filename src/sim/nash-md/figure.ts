/** The Nash-MD figure: last iterates on the simplex and their distance from equilibrium. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'nash-md',
  caption:
    'Preferences over three responses that run in a cycle. Nash-MD’s last iterate spirals into the regularised Nash policy; plain self-play keeps circling (only its average converges); RLHF on a fitted Bradley–Terry reward settles on response A, which response C beats.',
  instant: true,
  panels: [
    { kind: 'simplex', id: 'simplex', title: 'Policy paths on the probability simplex' },
    {
      kind: 'line',
      id: 'expl',
      title: 'How much the best response beats each policy',
      xLabel: 'iteration',
      yLabel: 'max_y P(y ≻ π) − 1/2',
      series: [
        { key: 'explMd', label: 'Nash-MD (last iterate)' },
        { key: 'explSp', label: 'self-play (last iterate)' },
        { key: 'explAvg', label: 'self-play (average)', style: 'dashed' },
        { key: 'explBt', label: 'RLHF on Bradley–Terry' },
      ],
    },
    {
      kind: 'line',
      id: 'kl',
      title: 'Nash-MD: distance to the regularised Nash policy',
      xLabel: 'iteration',
      yLabel: 'KL(π*_τ ‖ π_t)',
      yScale: 'log',
      series: [{ key: 'klMd', label: 'Nash-MD' }],
    },
  ],
  csvColumns: ['klMd', 'explMd', 'explSp', 'explAvg', 'explBt'],
  summaryKeys: ['klMd', 'explMd', 'explSp', 'explBt'],
  summaryLabels: ['KL to π*_τ (Nash-MD)', 'Nash-MD exploitability', 'self-play exploitability', 'RLHF exploitability'],
};
