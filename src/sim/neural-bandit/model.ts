/**
 * A one-hidden-layer network with K outputs for online regression, as plain functions over
 * Float64Arrays (forward, one SGD step with hand-written gradients). Predictions are
 * ŷ_a = sigmoid(z_a(x) + ρ⟨u_a, x⟩): the network's logit plus a fixed random linear perturbation.
 */
import type { Rng } from '../runtime/rng';

export interface Net {
  d: number;
  m: number;
  K: number;
  W: Float64Array;
  b: Float64Array;
  V: Float64Array;
  c: Float64Array;
  /** The fixed perturbation directions u_a (K × d), already scaled by ρ. */
  U: Float64Array;
}

export function createNet(d: number, m: number, K: number, rho: number, rng: Rng): Net {
  const W = Float64Array.from({ length: m * d }, () => rng.normal() / Math.sqrt(d));
  const b = Float64Array.from({ length: m }, () => 0.1 * rng.normal());
  const V = Float64Array.from({ length: K * m }, () => rng.normal() / Math.sqrt(m));
  const c = new Float64Array(K);
  const U = Float64Array.from({ length: K * d }, () => (rho * rng.normal()) / Math.sqrt(d));
  return { d, m, K, W, b, V, c, U };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Hidden activations h = tanh(Wx + b) and predictions ŷ (K values). */
export function forward(net: Net, x: Float64Array): { h: Float64Array; y: Float64Array } {
  const { d, m, K, W, b, V, c, U } = net;
  const h = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    let s = b[j];
    for (let i = 0; i < d; i++) s += W[j * d + i] * x[i];
    h[j] = Math.tanh(s);
  }
  const y = new Float64Array(K);
  for (let a = 0; a < K; a++) {
    let z = c[a];
    for (let j = 0; j < m; j++) z += V[a * m + j] * h[j];
    for (let i = 0; i < d; i++) z += U[a * d + i] * x[i];
    y[a] = sigmoid(z);
  }
  return { h, y };
}

/**
 * One SGD step on the observed outcome `target` of action a. KL (log) loss: ∂/∂z = ŷ − y;
 * squared loss ½(ŷ − y)²: ∂/∂z = (ŷ − y) ŷ (1 − ŷ). The perturbation U is fixed, not trained.
 */
export function sgdStep(net: Net, x: Float64Array, a: number, target: number, loss: 'kl' | 'square', lr: number): void {
  const { d, m, W, b, V, c } = net;
  const { h, y } = forward(net, x);
  const gz = loss === 'kl' ? y[a] - target : (y[a] - target) * y[a] * (1 - y[a]);
  for (let j = 0; j < m; j++) {
    const gh = gz * V[a * m + j] * (1 - h[j] * h[j]);
    V[a * m + j] -= lr * gz * h[j];
    b[j] -= lr * gh;
    for (let i = 0; i < d; i++) W[j * d + i] -= lr * gh * x[i];
  }
  c[a] -= lr * gz;
}
