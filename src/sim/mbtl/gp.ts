/**
 * A Gaussian process on a 1-D grid with the squared-exponential kernel: prior draws (Cholesky)
 * and noise-free posterior mean and standard deviation given observed grid points.
 */
import type { Rng } from '../runtime/rng';

export const kernel = (a: number, b: number, ell: number) => Math.exp(-((a - b) ** 2) / (2 * ell * ell));

/** Lower Cholesky factor of a symmetric positive-definite n×n matrix (row-major). */
export function cholesky(S: Float64Array, n: number): Float64Array {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = S[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / L[j * n + j];
    }
  return L;
}

/** One draw of the zero-mean, unit-variance GP on the grid. */
export function drawGp(grid: Float64Array, ell: number, rng: Rng): Float64Array {
  const n = grid.length;
  const S = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) S[i * n + j] = kernel(grid[i], grid[j], ell) + (i === j ? 1e-6 : 0);
  const L = cholesky(S, n);
  const z = Float64Array.from({ length: n }, () => rng.normal());
  return Float64Array.from({ length: n }, (_, i) => {
    let s = 0;
    for (let k = 0; k <= i; k++) s += L[i * n + k] * z[k];
    return s;
  });
}

/** Posterior mean and standard deviation on the grid given exact values y at grid indices idx (prior mean m0). */
export function posterior(grid: Float64Array, idx: number[], y: number[], ell: number, m0: number, scale: number) {
  const k = idx.length,
    n = grid.length;
  const S = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++)
      S[i * k + j] = scale * scale * kernel(grid[idx[i]], grid[idx[j]], ell) + (i === j ? 1e-8 : 0);
  const L = cholesky(S, k);
  const solveL = (b: Float64Array) => {
    const x = Float64Array.from(b);
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < i; j++) x[i] -= L[i * k + j] * x[j];
      x[i] /= L[i * k + i];
    }
    return x;
  };
  const alpha = solveL(Float64Array.from(y, (v) => v - m0));
  const mean = new Float64Array(n),
    sd = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    const kc = Float64Array.from(idx, (i) => scale * scale * kernel(grid[c], grid[i], ell));
    const v = solveL(kc);
    let mu = m0,
      var_ = scale * scale;
    for (let i = 0; i < k; i++) {
      mu += v[i] * alpha[i];
      var_ -= v[i] * v[i];
    }
    mean[c] = mu;
    sd[c] = Math.sqrt(Math.max(var_, 0));
  }
  return { mean, sd };
}
