/**
 * tfjs for Node (Vitest and `npm run posters`): the union's CJS build has the gradients, plus the
 * wasm backend, which finds its .wasm in its own dist folder under Node (stack-notes.md, item 9).
 * Same kernels as the browser Worker, so a seeded run gives the same rows here and there.
 */
import type { TF } from './types';
import { installFastMatMulGrad } from './fastMatMulGrad';

let ready: Promise<TF> | null = null;

export function loadTfForNode(backend: 'wasm' | 'cpu' = 'wasm'): Promise<TF> {
  ready ??= (async () => {
    const tf = (await import('@tensorflow/tfjs')) as unknown as TF;
    await import('@tensorflow/tfjs-backend-wasm');
    tf.env().set('PROD', true);
    await tf.setBackend(backend);
    await tf.ready();
    if (backend === 'wasm') installFastMatMulGrad(tf);
    return tf;
  })();
  return ready;
}
