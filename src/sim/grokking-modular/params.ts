/**
 * Parameters of classic modular-addition grokking (flagships.md configuration A2): a + b mod p
 * learned by a one-hidden-layer network with AdamW and decoupled weight decay, full batch.
 */
import { defineParams, seedField } from '../runtime/params';

export const params = defineParams({
  /** Decoupled weight decay λ of AdamW (W ← W − lr·λ·W each step). */
  wd: {
    kind: 'number',
    min: 0,
    max: 3,
    default: 1,
    step: 0.05,
    label: 'weight decay',
    help: 'Decoupled (AdamW) weight decay: each step shrinks every weight by lr × this.',
  },
  /** Fraction of the p² pairs used for training. */
  frac: {
    kind: 'number',
    min: 0.3,
    max: 0.8,
    default: 0.5,
    step: 0.05,
    label: 'training fraction',
    help: 'Share of all p² pairs (a, b) the network trains on; the rest is the test set.',
  },
  /** The modulus. */
  p: {
    kind: 'enum',
    options: ['23', '31', '47'],
    default: '31',
    label: 'modulus p',
    help: 'The network learns (a + b) mod p for every pair of residues.',
  },
  /** Hidden activation. */
  act: {
    kind: 'enum',
    options: ['square', 'relu'],
    optionLabels: ['square, h²', 'ReLU'],
    default: 'square',
    label: 'activation',
    help: 'The hidden nonlinearity: the square (which multiplies the two inputs’ Fourier features) or ReLU.',
  },
  /** Hidden width. */
  width: {
    kind: 'int',
    min: 32,
    max: 256,
    default: 128,
    scale: 'log',
    label: 'hidden units',
    help: 'Width of the hidden layer.',
  },
  seed: seedField,
});
