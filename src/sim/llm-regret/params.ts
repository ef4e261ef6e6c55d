/**
 * Parameters of the LLM-agents regret figure (Park, Liu, Ozdaglar and Zhang, ICLR 2025). No LLM
 * runs here: the agent is the paper's theoretical stand-in, a perturbed follow-the-leader rule.
 */
import { defineParams, seedField, type ParamValues } from '../runtime/params';

export const params = defineParams({
  scenario: {
    kind: 'enum',
    options: ['iid', 'trend', 'alternating'],
    optionLabels: ['i.i.d. losses', 'trending losses', 'alternating (regrettable) losses'],
    default: 'alternating',
    label: 'loss sequence',
    help: 'Where the losses come from; the alternating sequence is built to punish whoever follows the leader.',
  },
  actions: {
    kind: 'int',
    min: 2,
    max: 5,
    default: 2,
    label: 'actions',
    help: 'Number of actions the agent chooses from.',
  },
  T: {
    kind: 'int',
    min: 100,
    max: 20000,
    default: 4000,
    scale: 'log',
    label: 'rounds T',
    help: 'Length of the interaction.',
  },
  noise: {
    kind: 'number',
    min: 0,
    max: 3,
    default: 1,
    step: 0.05,
    label: 'perturbation c',
    help: 'The perturbed leader adds Gumbel noise of scale c·√t to cumulative losses; c = 0 is plain follow-the-leader.',
  },
  seeds: {
    kind: 'int',
    min: 2,
    max: 32,
    default: 16,
    label: 'seeds',
    help: 'Independent runs averaged; the band is ± one standard error.',
  },
  seed: seedField,
});

export type LlmRegretParams = ParamValues<typeof params>;
