/** The CPL figure: the CPL policy and the reward-then-RL policy on the grid, and how well each acts. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'cpl',
  caption:
    'Offline comparisons of random 3-step segments in a 5×5 gridworld, labelled by the regret model. CPL fits the policy directly with its contrastive loss and ends up pointing most cells the right way; fitting a partial-return reward and planning on it produces a policy that never reaches the goal.',
  panels: [
    { kind: 'heatmap', id: 'cpl', title: 'CPL policy (shade: its confidence max π(a|s))', overlay: 'cplArrows' },
    {
      kind: 'heatmap',
      id: 'base',
      title: 'Reward-then-RL: learned reward and its optimal policy',
      overlay: 'baseArrows',
    },
    {
      kind: 'line',
      id: 'agree',
      title: 'Cells where the greedy action is optimal',
      xLabel: 'gradient step',
      yLabel: 'share of cells',
      yDomain: [0, 1],
      series: [
        { key: 'agreeCpl', label: 'CPL' },
        { key: 'agreeBase', label: 'partial-return reward + value iteration' },
      ],
    },
    {
      kind: 'line',
      id: 'gap',
      title: 'Return lost against the optimal policy',
      xLabel: 'gradient step',
      yLabel: 'mean return gap',
      series: [
        { key: 'gapCpl', label: 'CPL' },
        { key: 'gapBase', label: 'partial-return reward + value iteration' },
      ],
    },
  ],
  csvColumns: ['agreeCpl', 'agreeBase', 'successCpl', 'successBase', 'gapCpl', 'gapBase', 'lossCpl'],
  summaryKeys: ['agreeCpl', 'agreeBase', 'gapCpl', 'gapBase'],
  summaryLabels: ['CPL optimal cells', 'baseline optimal cells', 'CPL return gap', 'baseline return gap'],
};
