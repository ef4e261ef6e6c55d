/** The N2N figure: reward and compression of sampled students over policy-gradient updates. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'n2n-compression',
  caption:
    'A policy first learns which of a teacher’s six residual blocks to remove, then how far to shrink the blocks it kept; every sampled student is distilled and scored by the paper’s reward C(2 − C)·accuracy ratio. The policy’s average student overtakes the best uniform-shrink heuristic within a few updates.',
  panels: [
    {
      kind: 'line',
      id: 'reward',
      title: 'Reward of sampled students',
      xLabel: 'policy update',
      yLabel: 'reward',
      series: [
        { key: 'meanReward', label: 'mean over the batch' },
        { key: 'bestReward', label: 'best student so far', style: 'dashed' },
        { key: 'heuristic', label: 'best uniform-shrink heuristic', style: 'dashed' },
      ],
      markers: { key: 'stageSwitch', label: 'removal → shrinkage' },
    },
    {
      kind: 'line',
      id: 'size',
      title: 'What the policy samples',
      xLabel: 'policy update',
      yLabel: 'compression (×) / accuracy',
      yScale: 'log',
      series: [
        { key: 'meanCompression', label: 'mean compression P_teacher / P_student' },
        { key: 'meanAcc', label: 'mean accuracy ratio' },
      ],
    },
    {
      kind: 'points',
      id: 'students',
      title: 'Every student sampled',
      xLabel: 'parameters / teacher’s',
      yLabel: 'accuracy / teacher’s',
    },
  ],
  csvColumns: [
    'stage',
    'meanReward',
    'bestReward',
    'bestCompression',
    'bestAcc',
    'meanAcc',
    'meanCompression',
    'heuristic',
    'stageSwitch',
  ],
  summaryKeys: ['meanReward', 'meanCompression', 'meanAcc'],
  summaryLabels: ['mean reward', 'mean compression', 'mean accuracy ratio'],
};
