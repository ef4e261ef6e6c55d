/**
 * The classifier and the comp-sum loss family of Mao, Mohri and Zhong (2023).
 *
 * With scores h(x, ·) and u = Σ_{y'≠y} exp(h(x,y') − h(x,y)), the comp-sum loss is Φ^τ(u) with
 *   Φ^τ(u) = ((1+u)^{1−τ} − 1) / (1−τ)   (τ ≠ 1),     Φ^1(u) = log(1+u).
 * Since 1 + u = 1/p_y (p = softmax(h)), this is (1 − p_y^{τ−1}) / (τ − 1):
 *   τ = 0: 1/p_y − 1 = u, the sum-exponential loss;  τ = 1: −log p_y, cross-entropy;
 *   1 < τ < 2: (1 − p_y^q)/q with q = τ−1, generalised cross-entropy;  τ = 2: 1 − p_y, MAE (up to ½).
 * The gradient with respect to log p_y is p_y^{τ−1}: τ > 1 down-weights points the model finds
 * unlikely (often the flipped ones), which is the robustness; it also slows fitting.
 */
import type { Tensor, Variable } from '@tensorflow/tfjs-core';
import type { Rng } from '../runtime/rng';
import type { TF } from '../runtime/types';

export const HIDDEN = 128;

export interface Mlp {
  vars: Variable[];
  logits(x: Tensor): Tensor;
  dispose(): void;
}

/** A 2 → 128 → 128 → K ReLU network, He-initialised from the seeded stream. */
export function makeMlp(tf: TF, rng: Rng, classes: number): Mlp {
  const dense = (fanIn: number, fanOut: number): [Variable, Variable] => {
    const w = new Float32Array(fanIn * fanOut);
    const s = Math.sqrt(2 / fanIn);
    for (let i = 0; i < w.length; i++) w[i] = s * rng.normal();
    // A variable shares its initial tensor's data (ref-counted): free the initial handles. No
    // names: tfjs variable names are global, and two sims may briefly coexist.
    const w0 = tf.tensor2d(w, [fanIn, fanOut]),
      b0 = tf.zeros([fanOut]);
    const out: [Variable, Variable] = [tf.variable(w0, true), tf.variable(b0, true)];
    tf.dispose([w0, b0]);
    return out;
  };
  const [w1, b1] = dense(2, HIDDEN);
  const [w2, b2] = dense(HIDDEN, HIDDEN);
  const [w3, b3] = dense(HIDDEN, classes);
  const vars = [w1, b1, w2, b2, w3, b3];
  return {
    vars,
    logits: (x) => {
      const h1 = tf.relu(tf.add(tf.matMul(x, w1), b1));
      const h2 = tf.relu(tf.add(tf.matMul(h1, w2), b2));
      return tf.add(tf.matMul(h2, w3), b3);
    },
    dispose: () => vars.forEach((v) => v.dispose()),
  };
}

/** Mean comp-sum loss Φ^τ over a batch; `onehot` holds the (possibly noisy) labels. */
export function compSumLoss(tf: TF, logits: Tensor, onehot: Tensor, tau: number): Tensor {
  const logPy = tf.sum(tf.mul(tf.logSoftmax(logits), onehot), 1);
  // Near τ = 1 the general form is 0/0: use its limit, −log p_y.
  if (Math.abs(tau - 1) < 1e-6) return tf.neg(tf.mean(logPy));
  const a = tau - 1;
  return tf.div(tf.mean(tf.sub(1, tf.exp(tf.mul(logPy, a)))), a);
}
