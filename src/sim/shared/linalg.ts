/**
 * Small dense linear algebra and quadratic test problems for the optimisation figures
 * (error feedback, EControl, Lion, target surrogates, linear-network dynamics, conjugate directions).
 *
 * Everything is Float64Array, row-major, exact and deterministic: these cores are tiny (d ≤ a few
 * hundred), so clarity beats BLAS-style tricks. Randomness only through the seeded `Rng`.
 */
import type { Rng } from '../runtime/rng';

export type Vec = Float64Array;
/** A row-major n×n (or rows×cols) matrix. */
export type Mat = Float64Array;

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

export function norm2(a: ArrayLike<number>): number {
  return dot(a, a);
}

/** y ← y + a·x (in place). */
export function axpy(y: Vec, a: number, x: ArrayLike<number>): Vec {
  for (let i = 0; i < y.length; i++) y[i] += a * x[i];
  return y;
}

/** out ← M x for a row-major rows×cols matrix. */
export function matVec(
  M: Mat,
  rows: number,
  cols: number,
  x: ArrayLike<number>,
  out: Vec = new Float64Array(rows),
): Vec {
  for (let r = 0; r < rows; r++) {
    let s = 0;
    const o = r * cols;
    for (let c = 0; c < cols; c++) s += M[o + c] * x[c];
    out[r] = s;
  }
  return out;
}

/** out ← Mᵀ x for a row-major rows×cols matrix. */
export function matTVec(
  M: Mat,
  rows: number,
  cols: number,
  x: ArrayLike<number>,
  out: Vec = new Float64Array(cols),
): Vec {
  out.fill(0);
  for (let r = 0; r < rows; r++) {
    const o = r * cols,
      xr = x[r];
    for (let c = 0; c < cols; c++) out[c] += M[o + c] * xr;
  }
  return out;
}

/** Gram matrix MᵀM / scale of a rows×cols matrix (cols×cols). */
export function gram(M: Mat, rows: number, cols: number, scale = 1): Mat {
  const G = new Float64Array(cols * cols);
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    for (let i = 0; i < cols; i++) {
      const v = M[o + i];
      if (v === 0) continue;
      for (let j = i; j < cols; j++) G[i * cols + j] += v * M[o + j];
    }
  }
  for (let i = 0; i < cols; i++)
    for (let j = i; j < cols; j++) {
      G[i * cols + j] /= scale;
      G[j * cols + i] = G[i * cols + j];
    }
  return G;
}

/** A Haar-ish random orthogonal d×d matrix: Gram–Schmidt on Gaussian columns (columns orthonormal). */
export function randomOrthogonal(d: number, rng: Rng): Mat {
  const Q = new Float64Array(d * d);
  for (let c = 0; c < d; c++) {
    const v = new Float64Array(d);
    for (let i = 0; i < d; i++) v[i] = rng.normal();
    // Twice-repeated Gram–Schmidt keeps orthogonality at machine precision.
    for (let pass = 0; pass < 2; pass++)
      for (let k = 0; k < c; k++) {
        let p = 0;
        for (let i = 0; i < d; i++) p += v[i] * Q[i * d + k];
        for (let i = 0; i < d; i++) v[i] -= p * Q[i * d + k];
      }
    const nv = Math.sqrt(norm2(v));
    for (let i = 0; i < d; i++) Q[i * d + c] = v[i] / nv;
  }
  return Q;
}

/** A = Q diag(eig) Qᵀ (Q's columns are the eigenvectors). */
export function fromEigen(Q: Mat, eig: ArrayLike<number>, d: number): Mat {
  const A = new Float64Array(d * d);
  for (let i = 0; i < d; i++)
    for (let j = i; j < d; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += Q[i * d + k] * eig[k] * Q[j * d + k];
      A[i * d + j] = s;
      A[j * d + i] = s;
    }
  return A;
}

/**
 * Eigen-decomposition of a symmetric n×n matrix: Householder reduction to tridiagonal form, then
 * the implicit QL algorithm (the classic EISPACK tred2/tql2 pair). O(n³), ~10 ms for n = 100.
 * Returns eigenvalues ascending and the matching eigenvectors as the columns of a row-major matrix.
 */
export function symEig(S: Mat, n: number): { values: Vec; vectors: Mat } {
  const V = Float64Array.from(S);
  const d = new Float64Array(n),
    e = new Float64Array(n);
  const at = (i: number, j: number) => i * n + j;
  for (let j = 0; j < n; j++) d[j] = V[at(n - 1, j)];
  householderTridiagonal(V, n, d, e);
  // Accumulate the transformations.
  for (let i = 0; i < n - 1; i++) {
    V[at(n - 1, i)] = V[at(i, i)];
    V[at(i, i)] = 1;
    const h = d[i + 1];
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = V[at(k, i + 1)] / h;
      for (let j = 0; j <= i; j++) {
        let g = 0;
        for (let k = 0; k <= i; k++) g += V[at(k, i + 1)] * V[at(k, j)];
        for (let k = 0; k <= i; k++) V[at(k, j)] -= g * d[k];
      }
    }
    for (let k = 0; k <= i; k++) V[at(k, i + 1)] = 0;
  }
  for (let j = 0; j < n; j++) {
    d[j] = V[at(n - 1, j)];
    V[at(n - 1, j)] = 0;
  }
  V[at(n - 1, n - 1)] = 1;
  e[0] = 0;
  // Implicit QL iterations on the tridiagonal matrix, rotating V's columns along.
  tridiagonalQL(d, e, n, (i, c, s) => {
    for (let k = 0; k < n; k++) {
      const vk1 = V[at(k, i + 1)],
        vk = V[at(k, i)];
      V[at(k, i + 1)] = s * vk + c * vk1;
      V[at(k, i)] = c * vk - s * vk1;
    }
  });
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => d[a] - d[b]);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((src, dst) => {
    values[dst] = d[src];
    for (let k = 0; k < n; k++) vectors[k * n + dst] = V[k * n + src];
  });
  return { values, vectors };
}

/**
 * Householder reduction of a symmetric matrix to tridiagonal form (the first phase of EISPACK's
 * tred2). V holds the matrix (row-major n×n) and is overwritten: the Householder vector of step i
 * is left in column i above the diagonal and the tridiagonal's diagonal on V's diagonal; d must
 * start as V's last row, and ends with h_i in d[i] (0: no reflection); e gets the off-diagonal.
 */
export function householderTridiagonal(V: Mat, n: number, d: Vec, e: Vec): void {
  const at = (i: number, j: number) => i * n + j;
  for (let i = n - 1; i > 0; i--) {
    let scale = 0,
      h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k]);
    if (scale === 0) {
      e[i] = d[i - 1];
      for (let j = 0; j < i; j++) {
        d[j] = V[at(i - 1, j)];
        V[at(i, j)] = 0;
        V[at(j, i)] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k] /= scale;
        h += d[k] * d[k];
      }
      let f = d[i - 1];
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j];
        V[at(j, i)] = f;
        g = e[j] + V[at(j, j)] * f;
        for (let k = j + 1; k <= i - 1; k++) {
          g += V[at(k, j)] * d[k];
          e[k] += V[at(k, j)] * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j] /= h;
        f += e[j] * d[j];
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] -= hh * d[j];
      for (let j = 0; j < i; j++) {
        f = d[j];
        g = e[j];
        for (let k = j; k <= i - 1; k++) V[at(k, j)] -= f * e[k] + g * d[k];
        d[j] = V[at(i - 1, j)];
        V[at(i, j)] = 0;
      }
    }
    d[i] = h;
  }
}

/**
 * Implicit QL iterations on the symmetric tridiagonal matrix with diagonal d and off-diagonal e as
 * the Householder reduction leaves it (e[i] couples i − 1 and i; EISPACK's tql2): d ends as the
 * eigenvalues, unsorted, and e is overwritten. Each plane rotation of coordinates i and
 * i + 1 is handed to `rotate`, which applies it to whatever is being transformed along (the
 * eigenvector matrix's columns in symEig, a few projected vectors elsewhere).
 */
export function tridiagonalQL(d: Vec, e: Vec, n: number, rotate: (i: number, c: number, s: number) => void): void {
  for (let i = 1; i < n; i++) e[i - 1] = e[i];
  e[n - 1] = 0;
  let f = 0,
    tst1 = 0;
  const eps = 2 ** -52;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
    let m = l;
    while (m < n - 1 && Math.abs(e[m]) > eps * tst1) m++;
    if (m > l) {
      for (let iter = 0; iter < 100 && Math.abs(e[l]) > eps * tst1; iter++) {
        let g = d[l];
        let p = (d[l + 1] - g) / (2 * e[l]);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        const dl1 = d[l + 1];
        let h = g - d[l];
        for (let i = l + 2; i < n; i++) d[i] -= h;
        f += h;
        p = d[m];
        let c = 1,
          c2 = 1,
          c3 = 1,
          s = 0,
          s2 = 0;
        const el1 = e[l + 1];
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = Math.hypot(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          rotate(i, c, s);
        }
        p = (-s * s2 * c3 * el1 * e[l]) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      }
    }
    d[l] += f;
    e[l] = 0;
  }
}

/** Solves S x = b for symmetric positive-definite S by Cholesky. */
export function solveSPD(S: Mat, n: number, b: ArrayLike<number>): Vec {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = S[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-300)) : s / L[j * n + j];
    }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= L[i * n + k] * y[k];
    y[i] = s / L[i * n + i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= L[k * n + i] * x[k];
    x[i] = s / L[i * n + i];
  }
  return x;
}

/** Largest eigenvalue of a symmetric operator by power iteration (deterministic start). */
export function powerIteration(apply: (v: Vec, out: Vec) => void, n: number, iters = 50, start?: Vec): number {
  let v = start ? Float64Array.from(start) : Float64Array.from({ length: n }, (_, i) => 1 + 0.1 * Math.sin(i + 1));
  const w = new Float64Array(n);
  let lambda = 0;
  for (let t = 0; t < iters; t++) {
    const nv = Math.sqrt(norm2(v)) || 1;
    for (let i = 0; i < n; i++) v[i] /= nv;
    apply(v, w);
    lambda = dot(v, w);
    v = Float64Array.from(w);
  }
  return lambda;
}

/**
 * TopK compressor: keeps the k entries of largest magnitude (ties broken by lower index), zeroes
 * the rest. Contractive: ‖C(v) − v‖² ≤ (1 − k/d)‖v‖².
 */
export function topK(v: ArrayLike<number>, k: number, out: Vec = new Float64Array(v.length)): Vec {
  const d = v.length;
  out.fill(0);
  if (k >= d) {
    for (let i = 0; i < d; i++) out[i] = v[i];
    return out;
  }
  // k passes of a max search: O(k·d), cheaper than sorting for the small k that matter here.
  for (let j = 0; j < k; j++) {
    let best = -1,
      bestAbs = -1;
    for (let i = 0; i < d; i++) {
      const a = Math.abs(v[i]);
      if (a > bestAbs && out[i] === 0 && !(v[i] === 0 && bestAbs >= 0)) {
        best = i;
        bestAbs = a;
      }
    }
    if (best < 0 || v[best] === 0) break;
    out[best] = v[best];
  }
  return out;
}

/** One worker's quadratic f_i(x) = ½ (x − c)ᵀ A (x − c); L = λ_max(A). */
export interface WorkerQuadratic {
  A: Mat;
  c: Vec;
  L: number;
}

/** n heterogeneous quadratics and their average f = (1/n) Σ f_i, with its minimiser. */
export interface QuadraticFamily {
  d: number;
  workers: WorkerQuadratic[];
  /** Average Hessian (1/n) Σ A_i. */
  A: Mat;
  /** Minimiser x* of f and f(x*). */
  xStar: Vec;
  fStar: number;
  /** Smoothness of f (λ_max of the average Hessian) and its strong convexity μ. */
  L: number;
  mu: number;
  /** Arithmetic and quadratic means of the workers' L_i. */
  lAM: number;
  lQM: number;
}

/**
 * Builds n workers' quadratics in d dimensions. Worker i has Hessian L_i·Q_i diag(s) Q_iᵀ with its
 * own random rotation Q_i and spectrum s from `condition`⁻¹ to 1, so λ_max = L_i. The L_i run from 1
 * to `lRatio`, most of them near 1 (a few heavy workers: where quadratic and arithmetic means differ).
 * Centres c_i are spread with standard deviation `spread` (data heterogeneity).
 */
export function makeQuadraticFamily(
  rng: Rng,
  n: number,
  d: number,
  lRatio: number,
  spread: number,
  condition = 10,
): QuadraticFamily {
  const workers: WorkerQuadratic[] = [];
  const A = new Float64Array(d * d);
  const Ac = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const z = n === 1 ? 0 : (i / (n - 1)) ** 3;
    const L = Math.exp(Math.log(lRatio) * z);
    const s = Float64Array.from(
      { length: d },
      (_, k) => L * (d === 1 ? 1 : Math.exp(-Math.log(condition) * (k / (d - 1)))),
    );
    const Ai = fromEigen(randomOrthogonal(d, rng), s, d);
    const c = Float64Array.from({ length: d }, () => spread * rng.normal());
    workers.push({ A: Ai, c, L });
    for (let k = 0; k < d * d; k++) A[k] += Ai[k] / n;
    axpy(Ac, 1 / n, matVec(Ai, d, d, c));
  }
  const xStar = solveSPD(A, d, Ac);
  const fam: QuadraticFamily = { d, workers, A, xStar, fStar: 0, L: 0, mu: 0, lAM: 0, lQM: 0 };
  fam.fStar = familyLoss(fam, xStar);
  const eig = symEig(A, d).values;
  fam.L = eig[d - 1];
  fam.mu = eig[0];
  fam.lAM = workers.reduce((a, w) => a + w.L, 0) / n;
  fam.lQM = Math.sqrt(workers.reduce((a, w) => a + w.L * w.L, 0) / n);
  return fam;
}

/** ∇f_i(x) = A_i (x − c_i) into `out`. */
export function workerGrad(w: WorkerQuadratic, x: ArrayLike<number>, out: Vec): Vec {
  const d = x.length;
  for (let r = 0; r < d; r++) {
    let s = 0;
    const o = r * d;
    for (let c = 0; c < d; c++) s += w.A[o + c] * (x[c] - w.c[c]);
    out[r] = s;
  }
  return out;
}

/** f(x) = (1/n) Σ ½ (x − c_i)ᵀ A_i (x − c_i). */
export function familyLoss(fam: QuadraticFamily, x: ArrayLike<number>): number {
  const g = new Float64Array(fam.d);
  let s = 0;
  for (const w of fam.workers) {
    workerGrad(w, x, g);
    for (let k = 0; k < fam.d; k++) s += 0.5 * (x[k] - w.c[k]) * g[k];
  }
  return s / fam.workers.length;
}

/** ∇f(x) = (1/n) Σ ∇f_i(x). */
export function familyGrad(fam: QuadraticFamily, x: ArrayLike<number>): Vec {
  const g = new Float64Array(fam.d),
    gi = new Float64Array(fam.d);
  for (const w of fam.workers) axpy(g, 1 / fam.workers.length, workerGrad(w, x, gi));
  return g;
}

/**
 * EF21's theory for a TopK compressor with α = k/d (Richtárik et al., 2021): θ = 1 − √(1 − α),
 * β = (1 − α)/(1 − √(1 − α)), and the step γ = 1 / (L + L̃·√(β/θ)) with L̃ the chosen mean of the L_i.
 */
export function ef21Step(L: number, lTilde: number, k: number, d: number): number {
  const alpha = Math.min(1, k / d);
  if (alpha >= 1) return 1 / L;
  const r = Math.sqrt(1 - alpha);
  const theta = 1 - r,
    beta = (1 - alpha) / (1 - r);
  return 1 / (L + lTilde * Math.sqrt(beta / theta));
}

/** Projects (x − x*) onto two columns of an eigenvector matrix (for drawing trajectories in 2-D). */
export function project2(
  x: ArrayLike<number>,
  origin: ArrayLike<number>,
  vectors: Mat,
  d: number,
  c1: number,
  c2: number,
): [number, number] {
  let a = 0,
    b = 0;
  for (let k = 0; k < d; k++) {
    const u = x[k] - origin[k];
    a += u * vectors[k * d + c1];
    b += u * vectors[k * d + c2];
  }
  return [a, b];
}
