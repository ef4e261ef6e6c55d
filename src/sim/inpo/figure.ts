/** The INPO figure: policy paths on the simplex and the distance to the regularised Nash policy. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'inpo',
  caption:
    'Three responses whose preferences run in a cycle. INPO, fed only sampled win/lose labels, walks to the regularised Nash policy just like exact mirror descent; a Bradley–Terry reward fitted on the same number of labels sends RLHF to response A, which C beats most of the time.',
  panels: [
    { kind: 'simplex', id: 'simplex', title: 'Policy paths on the probability simplex' },
    {
      kind: 'line',
      id: 'gap',
      title: 'Duality gap of the regularised game',
      xLabel: 'iteration',
      yLabel: 'duality gap',
      yScale: 'log',
      series: [
        { key: 'gapInpo', label: 'INPO (sampled pairs)' },
        { key: 'gapOmd', label: 'exact mirror descent (Eq. 1)', style: 'dashed' },
        { key: 'gapBt', label: 'Bradley–Terry reward + RLHF' },
      ],
    },
    {
      kind: 'readout',
      id: 'now',
      title: 'Latest iterate',
      items: [
        {
          key: 'klInpo',
          label: 'KL(π* ‖ INPO)',
          help: 'KL divergence from the regularised Nash policy to the INPO policy.',
          digits: 4,
        },
        {
          key: 'explInpo',
          label: 'INPO exploitability',
          help: 'How much the best single response beats the INPO policy: max_y P(y ≻ π) − 1/2.',
          digits: 3,
        },
        { key: 'explBt', label: 'RLHF exploitability', help: 'The same for the Bradley–Terry RLHF policy.', digits: 3 },
      ],
    },
  ],
  csvColumns: ['gapInpo', 'gapOmd', 'gapBt', 'klInpo', 'klOmd', 'klBt', 'explInpo', 'explBt'],
  summaryKeys: ['gapInpo', 'gapBt', 'explInpo', 'explBt'],
  summaryLabels: ['INPO duality gap', 'RLHF duality gap', 'INPO exploitability', 'RLHF exploitability'],
};
