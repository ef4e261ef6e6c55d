import { describe, expect, it } from 'vitest';
import { loadTfForNode } from './tfNode';

describe('loadTfForNode', () => {
  it('runs the wasm backend and the fast matMul gradient matches the analytic one', async () => {
    const tf = await loadTfForNode();
    expect(tf.getBackend()).toBe('wasm');
    const a = tf.tensor2d([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    const b = tf.tensor2d([
      [1, -1, 2],
      [0.5, 2, -3],
    ]);
    const [ga, gb] = tf.grads((x, y) => tf.sum(tf.matMul(x, y)))([a, b]);
    // d/dA sum(AB) = 1 Bᵀ, d/dB = Aᵀ 1
    expect(Array.from(await ga.data())).toEqual([2, -0.5, 2, -0.5, 2, -0.5]);
    expect(Array.from(await gb.data())).toEqual([9, 9, 9, 12, 12, 12]);
    const [ga2] = tf.grads((x, y) => tf.sum(tf.matMul(x, y, true, false)))([tf.transpose(a), b]);
    expect(ga2.shape).toEqual([2, 3]);
  });
});
