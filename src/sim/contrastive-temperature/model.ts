/**
 * The encoder 16 → 64 (ReLU) → m, L2-normalised, trained on an in-batch contrastive loss with a
 * hand-written backward pass and Adam. Autograd on wasm takes the slow transposed-matMul path
 * (flagships.md §0) and, at these sizes, every op costs more in dispatch than in arithmetic, so
 * the step is written to use few ops: one flat parameter vector (one Adam update), fused
 * matMul + bias + ReLU, the loss computed only when a row reports it.
 *
 * Batches hold two views: rows 0..B−1 and B..2B−1, so the positive of row i is row (i + B) mod 2B
 * and every anchor has 2B − 2 negatives. With S = E Eᵀ the cosine similarities and G = ∂L/∂S:
 *   ∂L/∂E = (G + Gᵀ) E,   ∂L/∂Z = (∂L/∂E − E · rowsum(∂L/∂E ∘ E)) / ‖Z‖   (through the normalisation),
 * then the usual two-layer MLP backward. For the contrastive losses G = (P − Π)/(Nτ), P the
 * softmax of S/τ over each row's allowed entries (positive + allowed negatives), Π the positives;
 * for the simple losses G = (W − Π)/N with W uniform over each row's allowed negatives.
 * The hard losses allow only each row's `keep` most similar negatives: that mask is built in plain
 * numbers from the current similarities, outside any gradient (tf.topk has none, and is slow on wasm).
 */
import type { Tensor, Tensor1D, Tensor2D, Variable } from '@tensorflow/tfjs-core';
import type { Rng } from '../runtime/rng';
import type { TF } from '../runtime/types';
import { hardMask } from './hardMask';

export type LossKind = 'contrastive' | 'hard' | 'simple' | 'hardSimple';

export const HIDDEN = 64;
const LR = 0.01;
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPS = 1e-8;
/** Added to logits that must carry no weight: e^{−1e4} is exactly 0 in float32. */
export const OFF = -1e4;

export interface Encoder {
  /** Embeds rows of x (n × d) on the unit sphere; the caller owns the result. */
  embed(x: Tensor2D): Tensor2D;
  /** One Adam step on a 2B-row batch of views; returns the batch loss (before the step) if asked. */
  trainStep(x: Tensor2D, wantLoss: boolean): number | null;
  /** The hand-written gradients [W1, b1, W2, b2] and the loss on a batch (inside tf.tidy; for tests). */
  gradients(x: Tensor2D): { loss: Tensor; grads: Tensor[] };
  /** The current weights [W1, b1, W2, b2] (inside tf.tidy; tests compare with autograd). */
  weights(): Tensor[];
  dispose(): void;
}

export interface EncoderOpts {
  inputDim: number;
  dim: number;
  batch: number;
  tau: number;
  loss: LossKind;
  /** Negatives kept per anchor by the hard losses. */
  keep: number;
}

export function createEncoder(tf: TF, rng: Rng, o: EncoderOpts): Encoder {
  const N = 2 * o.batch;
  const d = o.inputDim;
  const m = o.dim;
  const shapes: [number, number][] = [
    [d, HIDDEN],
    [1, HIDDEN],
    [HIDDEN, m],
    [1, m],
  ];
  const sizes = shapes.map(([a, b]) => a * b);
  const offsets = sizes.map((_, k) => sizes.slice(0, k).reduce((s, v) => s + v, 0));
  const init = new Float32Array(sizes.reduce((s, v) => s + v, 0));
  // He initialisation for the ReLU layer, 1/√fan-in for the output layer; zero biases.
  for (let i = 0; i < sizes[0]; i++) init[offsets[0] + i] = Math.sqrt(2 / d) * rng.normal();
  for (let i = 0; i < sizes[2]; i++) init[offsets[2] + i] = Math.sqrt(1 / HIDDEN) * rng.normal();
  // tidy frees the initial values; variables survive it.
  const [theta, mom, vel] = tf.tidy(() =>
    [tf.tensor1d(init), tf.zeros([init.length]), tf.zeros([init.length])].map((v) => tf.variable(v)),
  ) as Variable[];
  let t = 0;

  // Π (1 at each row's positive), and the constant parts of the loss for the non-hard losses.
  const isHard = o.loss === 'hard' || o.loss === 'hardSimple';
  const isSoftmax = o.loss === 'contrastive' || o.loss === 'hard';
  const pos = new Float32Array(N * N);
  const allOff = new Float32Array(N * N);
  const allW = new Float32Array(N * N).fill(1 / (N - 2));
  for (let i = 0; i < N; i++) {
    pos[i * N + ((i + o.batch) % N)] = 1;
    allOff[i * N + i] = OFF;
    allW[i * N + i] = 0;
    allW[i * N + ((i + o.batch) % N)] = 0;
  }
  const posT = tf.tensor2d(pos, [N, N]);
  const constMask = isHard ? null : tf.tensor2d(isSoftmax ? allOff : allW, [N, N]);

  const unpack = () =>
    shapes.map(([a, b], k) => tf.reshape(tf.slice(theta, offsets[k], sizes[k]), a === 1 ? [b] : [a, b]));

  const forward = (x: Tensor2D, w: Tensor[]) => {
    const h = tf.fused.matMul({ a: x, b: w[0] as Tensor2D, bias: w[1], activation: 'relu' }) as Tensor2D;
    const z = tf.fused.matMul({ a: h, b: w[2] as Tensor2D, bias: w[3] }) as Tensor2D;
    const invNorm = tf.rsqrt(tf.add(tf.sum(tf.square(z), 1, true), 1e-12));
    return { h, invNorm, e: tf.mul(z, invNorm) as Tensor2D };
  };

  /** The per-step mask: additive logit mask (softmax losses) or negative weights W (simple losses). */
  const maskFor = (s: Tensor2D): Tensor2D => {
    if (constMask) return constMask;
    const keepMask = hardMask(s.dataSync() as Float32Array, N, o.batch, o.keep);
    const out = new Float32Array(N * N);
    for (let i = 0; i < out.length; i++) {
      if (isSoftmax) out[i] = keepMask[i] || pos[i] ? 0 : OFF;
      else out[i] = keepMask[i] / o.keep;
    }
    return tf.tensor2d(out, [N, N]);
  };

  const gradients = (x: Tensor2D, wantLoss = true) => {
    const w = unpack();
    const { h, invNorm, e } = forward(x, w);
    const s = tf.matMul(e, tf.transpose(e));
    const mask = maskFor(s as Tensor2D);
    let g: Tensor2D;
    let loss: Tensor | null = null;
    if (isSoftmax) {
      const logits = tf.add(tf.mul(s, 1 / o.tau), mask);
      g = tf.sub(tf.softmax(logits), posT);
      if (wantLoss) loss = tf.mean(tf.sub(tf.logSumExp(logits, 1), tf.sum(tf.mul(logits, posT), 1)));
    } else {
      g = tf.sub(mask, posT);
      if (wantLoss) loss = tf.mean(tf.sum(tf.mul(g, s), 1));
    }
    const scale = isSoftmax ? 1 / (N * o.tau) : 1 / N;
    const dE = tf.matMul(tf.add(g, tf.transpose(g)), e);
    const radial = tf.sum(tf.mul(dE, e), 1, true);
    const dZ = tf.mul(tf.sub(dE, tf.mul(e, radial)), tf.mul(invNorm, scale));
    const dW2 = tf.matMul(tf.transpose(h), dZ);
    const db2 = tf.sum(dZ, 0);
    const dH = tf.mul(tf.matMul(dZ, tf.transpose(w[2])), tf.step(h));
    const dW1 = tf.matMul(tf.transpose(x), dH);
    const db1 = tf.sum(dH, 0);
    return { loss: loss ?? tf.scalar(NaN), grads: [dW1, db1, dW2, db2] };
  };

  /** One Adam step on the flat vector; bias corrections folded into the step size. */
  const adam = (grads: Tensor[]) => {
    t += 1;
    const g = tf.concat(grads.map((x) => tf.reshape(x, [-1]))) as Tensor1D;
    const m1 = tf.add(tf.mul(mom, BETA1), tf.mul(g, 1 - BETA1));
    const v1 = tf.add(tf.mul(vel, BETA2), tf.mul(tf.square(g), 1 - BETA2));
    const lrT = (LR * Math.sqrt(1 - Math.pow(BETA2, t))) / (1 - Math.pow(BETA1, t));
    const epsT = EPS * Math.sqrt(1 - Math.pow(BETA2, t));
    theta.assign(tf.sub(theta, tf.mul(tf.div(m1, tf.add(tf.sqrt(v1), epsT)), lrT)));
    mom.assign(m1);
    vel.assign(v1);
  };

  return {
    embed: (x) => tf.tidy(() => forward(x, unpack()).e),
    trainStep: (x, wantLoss) => {
      const lossT = tf.tidy(() => {
        const { loss, grads } = gradients(x, wantLoss);
        adam(grads);
        return loss;
      });
      const loss = wantLoss ? lossT.dataSync()[0] : null;
      lossT.dispose();
      return loss;
    },
    gradients: (x) => gradients(x, true),
    weights: unpack,
    dispose: () => {
      tf.dispose([theta, mom, vel, posT]);
      if (constMask) constMask.dispose();
    },
  };
}
