/** The LLM-agents regret figure: cumulative regret of the perturbed-leader agent, greedy and Hedge. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'llm-regret',
  caption:
    'Cumulative regret against rounds (log-log, mean over seeds with a ± 1 s.e. band). On the alternating sequence, plain follow-the-leader loses every round and its regret grows linearly; the perturbed leader, the paper’s model of a pre-trained agent, and Hedge stay near the √t line.',
  panels: [
    {
      kind: 'line',
      id: 'regret',
      title: 'Cumulative regret',
      xLabel: 'round t',
      yLabel: 'regret',
      xScale: 'log',
      yScale: 'log',
      series: [
        { key: 'ftl', label: 'follow the leader (greedy)', band: ['ftlLo', 'ftlHi'] },
        { key: 'ftpl', label: 'perturbed leader (model of the agent)', band: ['ftplLo', 'ftplHi'] },
        { key: 'hedge', label: 'Hedge', band: ['hedgeLo', 'hedgeHi'] },
        { key: 'sqrtT', label: '√t', style: 'dashed' },
      ],
      guides: [{ label: 'linear (slope 1)', slope: 1 }],
    },
    {
      kind: 'readout',
      id: 'now',
      title: 'Regret so far',
      items: [
        {
          key: 'ftl',
          label: 'follow the leader',
          help: 'Cumulative regret of greedy play; a no-regret learner’s regret divided by t tends to 0.',
          digits: 1,
        },
        {
          key: 'ftpl',
          label: 'perturbed leader',
          help: 'Cumulative regret of the leader with Gumbel noise of scale c·√t.',
          digits: 1,
        },
        {
          key: 'hedge',
          label: 'Hedge',
          help: 'Cumulative regret of exponential weights tuned for the horizon.',
          digits: 1,
        },
      ],
    },
  ],
  csvColumns: ['ftl', 'ftlLo', 'ftlHi', 'ftpl', 'ftplLo', 'ftplHi', 'hedge', 'hedgeLo', 'hedgeHi', 'sqrtT'],
  summaryKeys: ['ftl', 'ftpl', 'hedge'],
  summaryLabels: ['regret of follow-the-leader', 'regret of the perturbed leader', 'regret of Hedge'],
};
