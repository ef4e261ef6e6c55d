/** The regret-preference figure: learned rewards and their policies, success and fit over training. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'regret-preferences',
  caption:
    'A 5×5 gridworld (goal top right, a ring of mud) and segment comparisons made by regret. A reward fitted under the partial-return model grows positive cells and its optimal policy loiters instead of finishing; the reward fitted under the regret model leads to the goal from every cell.',
  panels: [
    { kind: 'heatmap', id: 'truth', title: 'True reward and optimal policy', overlay: 'truthArrows' },
    { kind: 'heatmap', id: 'partial', title: 'Reward learned by the partial-return model', overlay: 'partialArrows' },
    { kind: 'heatmap', id: 'regret', title: 'Reward learned by the regret model', overlay: 'regretArrows' },
    {
      kind: 'line',
      id: 'success',
      title: 'Does the learned reward’s optimal policy reach the goal?',
      xLabel: 'gradient step',
      yLabel: 'share of start cells',
      yDomain: [0, 1],
      series: [
        { key: 'successPr', label: 'partial-return model' },
        { key: 'successRg', label: 'regret model' },
      ],
    },
    {
      kind: 'line',
      id: 'fit',
      title: 'How well each model explains the labels',
      xLabel: 'gradient step',
      yLabel: 'mean log-likelihood',
      series: [
        { key: 'llPr', label: 'partial-return model' },
        { key: 'llRg', label: 'regret model' },
      ],
    },
  ],
  csvColumns: ['successPr', 'successRg', 'gapPr', 'gapRg', 'llPr', 'llRg'],
  summaryKeys: ['successPr', 'successRg', 'llPr', 'llRg'],
  summaryLabels: ['partial-return success', 'regret success', 'partial-return log-lik.', 'regret log-lik.'],
};
