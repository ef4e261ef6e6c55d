/** The robust-DPO figure: parameter error and true reward of the three losses, plus a sweep over ε. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'robust-dpo',
  caption:
    'A log-linear policy fitted to preference pairs whose labels were swapped at rate ε. DPO and conservative DPO learn a shrunken reward and a policy close to the reference; rDPO’s de-biased loss lands near the clean parameters, at the price of more variance as ε nears ½.',
  panels: [
    {
      kind: 'line',
      id: 'err',
      title: 'Error of the implied reward parameters',
      xLabel: 'gradient step',
      yLabel: '‖θ − θ*‖ / ‖θ*‖',
      series: [
        { key: 'err_dpo', label: 'DPO' },
        { key: 'err_cdpo', label: 'conservative DPO' },
        { key: 'err_rdpo', label: 'rDPO' },
      ],
    },
    {
      kind: 'line',
      id: 'reward',
      title: 'True reward of the learned policy',
      xLabel: 'gradient step',
      yLabel: 'E_π[r*]',
      series: [
        { key: 'reward_dpo', label: 'DPO' },
        { key: 'reward_cdpo', label: 'conservative DPO' },
        { key: 'reward_rdpo', label: 'rDPO' },
        { key: 'rewardClean', label: 'clean optimum π*', style: 'dashed' },
      ],
    },
    {
      kind: 'curves',
      id: 'sweep',
      title: 'Parameter error after training, against the flip rate',
      xLabel: 'flip rate ε',
      yLabel: '‖θ − θ*‖ / ‖θ*‖',
    },
  ],
  csvColumns: ['err_dpo', 'err_cdpo', 'err_rdpo', 'reward_dpo', 'reward_cdpo', 'reward_rdpo', 'rewardClean'],
  summaryKeys: ['err_dpo', 'err_cdpo', 'err_rdpo', 'reward_rdpo'],
  summaryLabels: ['DPO error', 'cDPO error', 'rDPO error', 'rDPO reward'],
};
