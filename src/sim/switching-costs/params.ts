/**
 * Parameters of the switching-costs figure (Cheng, Zhou and Ji, ICML 2023): K actions, T rounds, a
 * unit cost per switch, and a budget of observations spent either bandit-style or on
 * full-information rounds. These keys are the permalink keys.
 */
import { defineParams, seedField, type ParamValues } from '../runtime/params';

export const params = defineParams({
  setting: {
    kind: 'enum',
    options: ['extras', 'total'],
    optionLabels: ['bandit feedback + B extra observations', 'B observations in total'],
    default: 'extras',
    label: 'feedback model',
    help: 'Either the learner always sees its own loss and may make B extra observations, or it has B observations in all.',
  },
  T: {
    kind: 'int',
    min: 1000,
    max: 30000,
    default: 10000,
    scale: 'log',
    label: 'horizon T',
    help: 'Rounds played; the phase transition sits at a budget of about T^(2/3).',
  },
  K: {
    kind: 'int',
    min: 2,
    max: 8,
    default: 4,
    label: 'actions K',
    help: 'Number of actions the learner chooses from.',
  },
  seeds: {
    kind: 'int',
    min: 2,
    max: 32,
    default: 16,
    label: 'seeds per point',
    help: 'Independent runs averaged at every budget; the band is ± one standard error.',
  },
  seed: seedField,
});

export type SwitchingParams = ParamValues<typeof params>;
