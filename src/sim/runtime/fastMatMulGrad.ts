/**
 * tfjs-backend-wasm runs matMul with transposeA/transposeB 4–20x slower than a plain matMul
 * of explicitly transposed inputs, and the stock BatchMatMul gradient uses the transposed
 * forms. Re-registering the gradient with explicit transposes makes autograd training 4–8x
 * faster on wasm with identical losses (stack-notes.md, fix 2). Install it for wasm only: it is
 * neutral on cpu. Broadcast batch dimensions are not handled: our models use rank-2 matmuls
 * (and equal-rank batches), and the stock gradient stays in place for anything else.
 */
import type { TF } from './types';

let installed = false;

export function installFastMatMulGrad(tf: TF): void {
  if (installed) return;
  installed = true;
  const swapLast = (t: import('@tensorflow/tfjs-core').Tensor) => {
    const perm = t.shape.map((_, i) => i);
    const n = perm.length;
    [perm[n - 2], perm[n - 1]] = [perm[n - 1], perm[n - 2]];
    return tf.transpose(t, perm);
  };
  tf.registerGradient({
    kernelName: 'BatchMatMul',
    inputsToSave: ['a', 'b'],
    gradFunc: (dy, saved, attrs) => {
      const [a, b] = saved;
      const { transposeA, transposeB } = attrs as unknown as { transposeA: boolean; transposeB: boolean };
      const g = dy as import('@tensorflow/tfjs-core').Tensor;
      const mm = (x: import('@tensorflow/tfjs-core').Tensor, y: import('@tensorflow/tfjs-core').Tensor) =>
        tf.matMul(x, y);
      if (!transposeA && !transposeB) return { a: () => mm(g, swapLast(b)), b: () => mm(swapLast(a), g) };
      if (!transposeA && transposeB) return { a: () => mm(g, b), b: () => mm(swapLast(g), a) };
      if (transposeA && !transposeB) return { a: () => mm(b, swapLast(g)), b: () => mm(a, g) };
      return { a: () => mm(swapLast(b), swapLast(g)), b: () => mm(swapLast(g), swapLast(a)) };
    },
  });
}
