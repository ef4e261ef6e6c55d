/** The iTool figure: continued SFT against failure-mined, step-level preference rounds on toy tool calls. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'itool',
  caption:
    'Toy tool calls with three arguments; in one query in ten, one argument must be composed ("the day after …") rather than copied. Each step brings 64 fresh synthetic calls. After a shared warm-up, continued SFT keeps lowering its loss but never gets a complex call right; iTool decodes the same calls, mines the ones it gets wrong, pairs the ground-truth value with its own at the first wrong argument, and takes DPO steps.',
  panels: [
    {
      kind: 'line',
      id: 'acc',
      title: 'Whole-call accuracy on held-out queries (greedy decoding)',
      xLabel: 'step (64 fresh synthetic calls each)',
      yLabel: 'accuracy',
      yDomain: [0, 1],
      series: [
        { key: 'complex_sft', label: 'complex, continued SFT' },
        { key: 'complex_itool', label: 'complex, iTool' },
        { key: 'easy_sft', label: 'easy, continued SFT', style: 'dashed' },
        { key: 'easy_itool', label: 'easy, iTool', style: 'dashed' },
      ],
      markers: { key: 'branch', label: 'iTool rounds start' },
    },
    {
      kind: 'line',
      id: 'loss',
      title: 'SFT loss on held-out calls (nats per argument)',
      xLabel: 'step',
      yLabel: 'negative log-likelihood',
      series: [
        { key: 'loss_sft', label: 'continued SFT' },
        { key: 'loss_itool', label: 'iTool' },
      ],
      markers: { key: 'branch', label: 'iTool rounds start' },
    },
    {
      kind: 'curves',
      id: 'boundary',
      title: "Copy or compose? The model's choice against the composition cue",
      xLabel: 'composition cue c (easy arguments left of the markers, composed ones right)',
      yLabel: 'P(compose) / (P(copy) + P(compose))',
      yScale: 'linear',
    },
    {
      kind: 'readout',
      id: 'now',
      title: 'Latest step',
      items: [
        {
          key: 'complex_sft',
          label: 'complex, SFT',
          help: 'Share of held-out complex queries whose whole call continued SFT gets right.',
          digits: 2,
        },
        {
          key: 'complex_itool',
          label: 'complex, iTool',
          help: 'Share of held-out complex queries whose whole call iTool gets right.',
          digits: 2,
        },
        {
          key: 'failRate',
          label: 'mined failures',
          help: "Share of this step's 64 synthetic calls that iTool got wrong before its update: the deficiency data of the round.",
          digits: 2,
        },
        {
          key: 'pairs',
          label: 'preference pairs',
          help: 'Pairs iTool trained on this round (one per failed call; one per call when mining is off).',
          digits: 0,
        },
      ],
    },
  ],
  csvColumns: [
    'complex_sft',
    'complex_itool',
    'easy_sft',
    'easy_itool',
    'loss_sft',
    'loss_itool',
    'failRate',
    'pairs',
    'phase',
    'branch',
  ],
  summaryKeys: ['complex_sft', 'complex_itool', 'easy_sft', 'easy_itool'],
  summaryLabels: ['complex accuracy, SFT', 'complex accuracy, iTool', 'easy accuracy, SFT', 'easy accuracy, iTool'],
};
