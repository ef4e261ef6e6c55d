/** Parameters of the fine-grained RLHF figure (fine-grained-human-feedback). */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  length: { kind: 'int', min: 2, max: 24, default: 20, label: 'answer length', help: 'Tokens per generated answer.' },
  segment: {
    kind: 'int', min: 1, max: 24, default: 2, label: 'segment length',
    help: 'Tokens per segment: the fine-grained reward models pay out at the end of every segment. At the answer length it is one holistic reward.',
  },
  wFalse: { kind: 'number', min: 0, max: 2, default: 1, step: 0.05, label: 'weight: false', help: 'Penalty per false token (the factuality reward model).' },
  wIrr: { kind: 'number', min: 0, max: 2, default: 1, step: 0.05, label: 'weight: irrelevant', help: 'Penalty per irrelevant token (the relevance reward model).' },
  wComp: {
    kind: 'number', min: 0, max: 2, default: 0.5, step: 0.05, label: 'weight: completeness',
    help: 'Reward per correct, relevant token, paid once at the end (the information-completeness reward model).',
  },
  lambda: {
    kind: 'number', min: 0.5, max: 1, default: 0.9, step: 0.01, label: 'GAE λ',
    help: 'How far back a reward is credited: an advantage at token t sums later rewards discounted by λ per token, as in PPO with generalised advantage estimation.',
  },
  lr: { kind: 'number', min: 0.02, max: 2, default: 0.2, scale: 'log', label: 'learning rate', help: 'Step size of the policy gradient on the logits.' },
  seed: seedField,
});
