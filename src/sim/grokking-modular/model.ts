/**
 * a + b mod p with a one-hidden-layer network (Gromov-style; Kumar et al.'s Fig. 2 uses the same
 * square activation), trained full-batch with softmax cross-entropy and AdamW.
 *
 * Inputs are two concatenated one-hots x = [e_a; e_b] (2p), as dense matrices (tf.gather has no
 * gradient on wasm). Forward and hand-written backward, with explicit transposes only:
 *
 *   Z = X W₁ (n×H),  A = σ(Z),  logits = A W₂ (n×p),  S = softmax(logits)
 *   δ = (S − Y) / n
 *   ∇W₂ = Aᵀ δ,   ∇A = δ W₂ᵀ,   ∇Z = ∇A ⊙ σ'(Z),   ∇W₁ = Xᵀ ∇Z   (Xᵀ precomputed)
 *
 * AdamW (Loshchilov & Hutter): W ← W(1 − lr·λ) − lr · m̂ / (√v̂ + 10⁻⁸), β = (0.9, 0.98).
 */
import type { Tensor, Tensor2D, Variable } from '@tensorflow/tfjs-core';
import type { Rng } from '../runtime/rng';
import type { TF } from '../runtime/types';

export const LR = 3e-3;
const BETA1 = 0.9;
const BETA2 = 0.98;
const ADAM_EPS = 1e-8;

export interface ModularConfig {
  p: number;
  width: number;
  wd: number;
  frac: number;
  act: 'square' | 'relu';
}

/** All p² pairs, shuffled by the seeded RNG; the first round(frac·p²) are the training set. */
export function splitPairs(rng: Rng, p: number, frac: number) {
  const pairs: [number, number][] = [];
  for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) pairs.push([a, b]);
  rng.shuffle(pairs);
  const nTrain = Math.round(frac * pairs.length);
  return { train: pairs.slice(0, nTrain), test: pairs.slice(nTrain) };
}

/** Dense one-hot inputs (n×2p) and integer labels for a list of pairs. */
export function encode(pairs: [number, number][], p: number) {
  const x = new Float32Array(pairs.length * 2 * p);
  const y = new Int32Array(pairs.length);
  pairs.forEach(([a, b], i) => {
    x[i * 2 * p + a] = 1;
    x[i * 2 * p + p + b] = 1;
    y[i] = (a + b) % p;
  });
  return { x, y };
}

interface Split {
  X: Tensor2D;
  labels: Tensor;
  Y: Tensor2D;
}

export class ModularModel {
  readonly W1: Variable;
  readonly W2: Variable;
  private readonly moments: Variable[];
  private readonly train: Split;
  private readonly test: Split;
  private readonly Xt: Tensor2D;
  private t = 0;

  constructor(
    private readonly tf: TF,
    readonly cfg: ModularConfig,
    data: { train: [number, number][]; test: [number, number][]; w1: Float32Array; w2: Float32Array },
  ) {
    const { p, width } = cfg;
    const split = (pairs: [number, number][]): Split => {
      const { x, y } = encode(pairs, p);
      const labels = tf.tensor1d(y, 'int32');
      const Y = tf.tidy(() => tf.cast(tf.oneHot(labels, p), 'float32') as Tensor2D);
      return { X: tf.tensor2d(x, [pairs.length, 2 * p]), labels, Y };
    };
    this.train = split(data.train);
    this.test = split(data.test);
    this.Xt = tf.transpose(this.train.X);
    // tidy frees the initial tensors; variables survive it.
    [this.W1, this.W2, ...this.moments] = tf.tidy(() => {
      const w1 = tf.variable(tf.tensor2d(data.w1, [2 * p, width]), true);
      const w2 = tf.variable(tf.tensor2d(data.w2, [width, p]), true);
      return [w1, w2, ...[w1, w1, w2, w2].map((w) => tf.variable(tf.zerosLike(w), false))];
    });
  }

  private forward(X: Tensor2D) {
    const Z = this.tf.matMul(X, this.W1);
    const A = this.cfg.act === 'square' ? this.tf.square(Z) : this.tf.relu(Z);
    return { Z, A, logits: this.tf.matMul(A, this.W2) };
  }

  /** One full-batch AdamW step. */
  step(): void {
    const { tf, cfg } = this;
    this.t++;
    const c1 = 1 - BETA1 ** this.t;
    const c2 = 1 - BETA2 ** this.t;
    tf.tidy(() => {
      const { X, Y } = this.train;
      const { Z, A, logits } = this.forward(X);
      const delta = tf.div(tf.sub(tf.softmax(logits), Y), X.shape[0]);
      const gW2 = tf.matMul(tf.transpose(A), delta);
      const gA = tf.matMul(delta, tf.transpose(this.W2));
      const gZ = cfg.act === 'square' ? tf.mul(gA, tf.mul(2, Z)) : tf.mul(gA, tf.step(Z));
      const gW1 = tf.matMul(this.Xt, gZ);
      const [m1, v1, m2, v2] = this.moments;
      this.adamw(this.W1, gW1, m1, v1, c1, c2);
      this.adamw(this.W2, gW2, m2, v2, c1, c2);
    });
  }

  private adamw(w: Variable, g: Tensor, m: Variable, v: Variable, c1: number, c2: number) {
    const { tf, cfg } = this;
    m.assign(tf.add(tf.mul(BETA1, m), tf.mul(1 - BETA1, g)));
    v.assign(tf.add(tf.mul(BETA2, v), tf.mul(1 - BETA2, tf.square(g))));
    const update = tf.div(tf.div(m, c1), tf.add(tf.sqrt(tf.div(v, c2)), ADAM_EPS));
    w.assign(tf.sub(tf.mul(1 - LR * cfg.wd, w), tf.mul(LR, update)));
  }

  /** [trainAcc, trainLoss, testAcc, testLoss, ‖W‖] in one read-back. */
  measure(): Float32Array {
    const { tf } = this;
    const v = tf.tidy(() => {
      const stats = (s: Split) => {
        const { logits } = this.forward(s.X);
        const acc = tf.mean(tf.cast(tf.equal(tf.argMax(logits, 1), s.labels), 'float32'));
        const loss = tf.neg(tf.mean(tf.sum(tf.mul(s.Y, tf.logSoftmax(logits)), 1)));
        return [acc, loss];
      };
      const norm = tf.sqrt(tf.add(tf.sum(tf.square(this.W1)), tf.sum(tf.square(this.W2))));
      return tf.stack([...stats(this.train), ...stats(this.test), norm]);
    });
    const out = v.dataSync() as Float32Array;
    v.dispose();
    return out;
  }

  /** The input weights W₁ (2p×H), row-major, for the Fourier panel. */
  inputWeights(): Float32Array {
    return this.W1.dataSync() as Float32Array;
  }

  dispose(): void {
    for (const s of [this.train, this.test]) for (const t of [s.X, s.labels, s.Y]) t.dispose();
    this.Xt.dispose();
    this.W1.dispose();
    this.W2.dispose();
    for (const m of this.moments) m.dispose();
  }
}
