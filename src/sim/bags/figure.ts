/** The aggregate-responses figure: bag-level, instance-level and interpolating losses as bags grow. */
import type { FigureSpec } from '../runtime/figure';

export const figure: FigureSpec = {
  sim: 'bags',
  caption:
    'A linear model learned from bag averages only. The bag-level loss is unbiased but its variance explodes as bags grow and their number nears the number of features; the instance-level loss is stable but biased. A little within-bag regularisation (small ρ) beats both.',
  panels: [
    {
      kind: 'line',
      id: 'risk',
      title: 'Excess test risk against bag size',
      x: 'k',
      xLabel: 'bag size k',
      xScale: 'log',
      yLabel: '‖θ̂ − θ‖²',
      yScale: 'log',
      series: [
        { key: 'bag', label: 'bag-level (ρ = 0)' },
        { key: 'inst', label: 'instance-level (ρ = 1)' },
        { key: 'mine', label: 'interpolating, your ρ', style: 'dashed' },
        { key: 'best', label: 'interpolating, best ρ', style: 'points' },
        { key: 'signal', label: 'predicting 0', style: 'dashed' },
      ],
    },
    {
      kind: 'curves',
      id: 'rho',
      title: 'Risk against ρ at one bag size',
      xLabel: 'ρ',
      yLabel: '‖θ̂ − θ‖²',
      yScale: 'log',
    },
    {
      kind: 'readout',
      id: 'now',
      title: 'Last bag size',
      items: [
        { key: 'k', label: 'bag size', help: 'Individuals per bag.', digits: 0 },
        {
          key: 'rhoBest',
          label: 'best ρ',
          help: 'The ρ on the grid with the lowest average risk at this bag size.',
          digits: 3,
        },
      ],
    },
  ],
  csvColumns: ['k', 'bag', 'inst', 'mine', 'best', 'rhoBest', 'signal'],
  summaryKeys: ['bag', 'inst', 'best'],
  summaryLabels: ['bag-level risk', 'instance-level risk', 'best interpolating risk'],
  instant: true,
};
