/**
 * A ReLU MLP d → h → h → 10 trained with SGD + heavy-ball momentum, with a hand-written backward
 * pass (explicit transposes: wasm's transposed matMul is several times slower, flagships.md §0) and
 * a batched evaluation that scores every seen task in one forward pass.
 *
 * Forward:  a₁ = relu(X W₁ + b₁),  a₂ = relu(a₁ W₂ + b₂),  z = a₂ W₃ + b₃,  p = softmax(z).
 * Loss:     L = −(1/B) Σₙ log p[n, yₙ]  (mean cross-entropy).
 * Backward: δ₃ = (p − Y)/B;  ∂W₃ = a₂ᵀ δ₃;  δ₂ = (δ₃ W₃ᵀ) ⊙ 1[a₂ > 0];  ∂W₂ = a₁ᵀ δ₂;
 *           δ₁ = (δ₂ W₂ᵀ) ⊙ 1[a₁ > 0];  ∂W₁ = Xᵀ δ₁;  ∂bₗ = Σₙ δₗ.
 * Update (PyTorch convention): v ← μ v + g,  θ ← θ − η v.
 */
import type { Tensor, Tensor1D, Tensor2D, Variable } from '@tensorflow/tfjs-core';
import type { Rng } from '../runtime/rng';
import type { TF } from '../runtime/types';
import { CLASSES } from './data';

export interface Mlp {
  /** One SGD step on a batch (x: B × d row-major, y: B labels). Returns the loss only if asked. */
  trainStep(x: Float32Array, y: Uint8Array, lr: number, momentum: number, wantLoss: boolean): number | undefined;
  /**
   * Accuracy on each of the first k test blocks of `testX` (blocks of nTest rows), in one pass.
   */
  accuracies(k: number): Float32Array;
  dispose(): void;
}

export function createMlp(
  tf: TF,
  d: number,
  hidden: number,
  rng: Rng,
  testX: Float32Array,
  testY: Int32Array,
  nTest: number,
): Mlp {
  // He initialisation: W ~ N(0, 2/fan_in), b = 0.
  const he = (fanIn: number, fanOut: number) => {
    const w = new Float32Array(fanIn * fanOut);
    const s = Math.sqrt(2 / fanIn);
    for (let i = 0; i < w.length; i++) w[i] = s * rng.normal();
    return tf.tidy(() => tf.variable(tf.tensor2d(w, [fanIn, fanOut]), false));
  };
  const sizes: [number, number][] = [
    [d, hidden],
    [hidden, hidden],
    [hidden, CLASSES],
  ];
  const W = sizes.map(([a, b]) => he(a, b));
  const bias = sizes.map(([, b]) => tf.tidy(() => tf.variable(tf.zeros([b]), false)));
  const params: Variable[] = [W[0], bias[0], W[1], bias[1], W[2], bias[2]];
  const velocity = params.map((p) => tf.tidy(() => tf.variable(tf.zerosLike(p), false)));
  const nTasksTest = testY.length / nTest;
  const testXT = tf.tensor2d(testX, [testY.length, d]);
  const testYT = tf.tensor1d(testY, 'int32');

  const forward = (x: Tensor2D) => {
    const a1 = tf.relu(tf.add(tf.matMul(x, W[0]), bias[0])) as Tensor2D;
    const a2 = tf.relu(tf.add(tf.matMul(a1, W[1]), bias[1])) as Tensor2D;
    const z = tf.add(tf.matMul(a2, W[2]), bias[2]) as Tensor2D;
    return { a1, a2, z };
  };

  return {
    trainStep(xs, ys, lr, momentum, wantLoss) {
      return tf.tidy(() => {
        const B = ys.length;
        const x = tf.tensor2d(xs, [B, d]);
        const onehot = new Float32Array(B * CLASSES);
        for (let i = 0; i < B; i++) onehot[i * CLASSES + ys[i]] = 1;
        const Y = tf.tensor2d(onehot, [B, CLASSES]);
        const { a1, a2, z } = forward(x);
        const d3 = tf.div(tf.sub(tf.softmax(z), Y), B) as Tensor2D;
        const d2 = tf.mul(tf.matMul(d3, tf.transpose(W[2])), tf.step(a2)) as Tensor2D;
        const d1 = tf.mul(tf.matMul(d2, tf.transpose(W[1])), tf.step(a1)) as Tensor2D;
        const grads: Tensor[] = [
          tf.matMul(tf.transpose(x), d1),
          tf.sum(d1, 0),
          tf.matMul(tf.transpose(a1), d2),
          tf.sum(d2, 0),
          tf.matMul(tf.transpose(a2), d3),
          tf.sum(d3, 0),
        ];
        for (let i = 0; i < params.length; i++) {
          const v = tf.add(tf.mul(velocity[i], momentum), grads[i]);
          velocity[i].assign(v);
          params[i].assign(tf.sub(params[i], tf.mul(v, lr)));
        }
        if (!wantLoss) return undefined;
        // Loss of the batch before this update (z was computed with the old weights).
        const loss = tf.neg(tf.mean(tf.sum(tf.mul(Y, tf.logSoftmax(z)), 1)));
        return loss.dataSync()[0];
      });
    },
    accuracies(k) {
      const n = Math.min(k, nTasksTest) * nTest;
      const acc = tf.tidy(() => {
        const x = tf.slice(testXT, [0, 0], [n, d]) as Tensor2D;
        const y = tf.slice(testYT, [0], [n]) as Tensor1D;
        const correct = tf.cast(tf.equal(tf.argMax(forward(x).z, 1), y), 'float32');
        return tf.mean(tf.reshape(correct, [n / nTest, nTest]), 1);
      });
      const out = acc.dataSync() as Float32Array;
      acc.dispose();
      return Float32Array.from(out);
    },
    dispose() {
      for (const t of [...params, ...velocity, testXT, testYT]) t.dispose();
    },
  };
}
