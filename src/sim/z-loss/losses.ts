/**
 * Three classification losses on raw outputs o ∈ ℝ^D for target class c, each with its gradient
 * dL/do (mean over the batch):
 *
 *   log-softmax   −o_c + log Σ_k e^{o_k}                       (cross-entropy)
 *   Z-loss        (1/a)·softplus(a(b − z_c)),  z = (o − μ)/σ     (de Brébisson & Vincent, Eq. 1 of the page)
 *   squared error Σ_k (o_k − 1[k = c])²                         (the simplest spherical loss)
 *
 * μ and σ are the mean and standard deviation of the D outputs, so the Z-loss depends on o only
 * through o_c, Σ o_k and Σ o_k²: it is in the spherical family, and adding a constant to every
 * output or multiplying them all by a positive number leaves it unchanged.
 *
 * Jacobian of the standardisation: ∂z_c/∂o_k = (δ_ck − 1/D − z_c z_k / D) / σ.
 */
import { crossEntropy } from '../shared/classifier';

export const LOSSES = ['ce', 'z', 'mse'] as const;
export type LossId = (typeof LOSSES)[number];
export const LOSS_LABELS: Record<LossId, string> = { ce: 'log-softmax', z: 'Z-loss', mse: 'squared error (spherical)' };

const softplus = (x: number) => (x > 30 ? x : Math.log1p(Math.exp(x)));
const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

/** Mean and standard deviation of row i of o[n, D] (σ floored so a constant row stays finite). */
function stats(o: ArrayLike<number>, i: number, D: number): [number, number] {
  let s = 0,
    s2 = 0;
  for (let k = 0; k < D; k++) {
    s += o[i * D + k];
    s2 += o[i * D + k] ** 2;
  }
  const mu = s / D;
  return [mu, Math.sqrt(Math.max(s2 / D - mu * mu, 1e-12))];
}

/** Mean Z-loss over the batch; ADDS dL/do into grad when given. */
export function zLoss(
  o: Float32Array,
  y: Int32Array,
  n: number,
  D: number,
  a: number,
  b: number,
  grad?: Float32Array,
): number {
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const [mu, sd] = stats(o, i, D);
    const c = y[i];
    const zc = (o[i * D + c] - mu) / sd;
    loss += softplus(a * (b - zc)) / a;
    if (!grad) continue;
    const g = -sigmoid(a * (b - zc)); // dL/dz_c
    for (let k = 0; k < D; k++) {
      const zk = (o[i * D + k] - mu) / sd;
      grad[i * D + k] += (g * ((k === c ? 1 : 0) - 1 / D - (zc * zk) / D)) / sd / n;
    }
  }
  return loss / n;
}

/** Mean squared error against the one-hot target; ADDS dL/do into grad when given. */
export function squaredError(o: Float32Array, y: Int32Array, n: number, D: number, grad?: Float32Array): number {
  let loss = 0;
  for (let i = 0; i < n; i++)
    for (let k = 0; k < D; k++) {
      const r = o[i * D + k] - (k === y[i] ? 1 : 0);
      loss += r * r;
      if (grad) grad[i * D + k] += (2 * r) / n;
    }
  return loss / n;
}

export function lossOf(
  id: LossId,
  o: Float32Array,
  y: Int32Array,
  n: number,
  D: number,
  a: number,
  b: number,
  grad?: Float32Array,
): number {
  if (id === 'ce') return crossEntropy(o, y, n, D, grad);
  if (id === 'z') return zLoss(o, y, n, D, a, b, grad);
  return squaredError(o, y, n, D, grad);
}

/** Mean standard deviation of the outputs across classes: the "logit scale" of a network. */
export function logitScale(o: Float32Array, n: number, D: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += stats(o, i, D)[1];
  return s / n;
}
