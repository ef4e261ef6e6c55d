/**
 * Tiny fully connected layers over plain Float64Arrays with hand-written gradients, and Adam.
 * A layer maps a batch [n, in] to [n, out] as act(X W + b); W is row-major [in, out].
 */
import type { Rng } from '../runtime/rng';

export interface Layer {
  inDim: number;
  outDim: number;
  W: Float64Array;
  b: Float64Array;
  act: boolean;
  // Adam moments.
  mW: Float64Array;
  vW: Float64Array;
  mb: Float64Array;
  vb: Float64Array;
}

export function layer(rng: Rng, inDim: number, outDim: number, act: boolean): Layer {
  const s = Math.sqrt(1 / inDim);
  return {
    inDim,
    outDim,
    act,
    W: Float64Array.from({ length: inDim * outDim }, () => s * rng.normal()),
    b: new Float64Array(outDim),
    mW: new Float64Array(inDim * outDim),
    vW: new Float64Array(inDim * outDim),
    mb: new Float64Array(outDim),
    vb: new Float64Array(outDim),
  };
}

/** Forward pass of one layer over a batch of n rows. */
export function forward(L: Layer, X: Float64Array, n: number): Float64Array {
  const Y = new Float64Array(n * L.outDim);
  for (let r = 0; r < n; r++)
    for (let o = 0; o < L.outDim; o++) {
      let s = L.b[o];
      for (let i = 0; i < L.inDim; i++) s += X[r * L.inDim + i] * L.W[i * L.outDim + o];
      Y[r * L.outDim + o] = L.act ? Math.tanh(s) : s;
    }
  return Y;
}

/**
 * Given dLoss/dY for the layer's output Y (computed from input X), returns the weight gradients and
 * dLoss/dX (only needed by backpropagation; local rules ignore it).
 */
export function backward(
  L: Layer,
  X: Float64Array,
  Y: Float64Array,
  dY: Float64Array,
  n: number,
): { gW: Float64Array; gb: Float64Array; dX: Float64Array } {
  const gW = new Float64Array(L.W.length),
    gb = new Float64Array(L.outDim),
    dX = new Float64Array(n * L.inDim);
  for (let r = 0; r < n; r++)
    for (let o = 0; o < L.outDim; o++) {
      const y = Y[r * L.outDim + o];
      const dz = dY[r * L.outDim + o] * (L.act ? 1 - y * y : 1);
      if (dz === 0) continue;
      gb[o] += dz;
      for (let i = 0; i < L.inDim; i++) {
        gW[i * L.outDim + o] += X[r * L.inDim + i] * dz;
        dX[r * L.inDim + i] += L.W[i * L.outDim + o] * dz;
      }
    }
  return { gW, gb, dX };
}

/** One Adam update of a layer (t is the 1-based update count). */
export function adam(L: Layer, g: { gW: Float64Array; gb: Float64Array }, lr: number, t: number): void {
  const b1 = 0.9,
    b2 = 0.999,
    c1 = 1 - b1 ** t,
    c2 = 1 - b2 ** t;
  const upd = (w: Float64Array, m: Float64Array, v: Float64Array, gr: Float64Array) => {
    for (let k = 0; k < w.length; k++) {
      m[k] = b1 * m[k] + (1 - b1) * gr[k];
      v[k] = b2 * v[k] + (1 - b2) * gr[k] * gr[k];
      w[k] -= (lr * (m[k] / c1)) / (Math.sqrt(v[k] / c2) + 1e-8);
    }
  };
  upd(L.W, L.mW, L.vW, g.gW);
  upd(L.b, L.mb, L.vb, g.gb);
}
