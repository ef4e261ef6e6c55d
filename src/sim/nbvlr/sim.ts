/**
 * Naive Bayes against logistic regression as the sample size m grows (Zheng et al.; Ng & Jordan).
 * K Gaussian classes in n dimensions with unit noise; every feature separates the classes a
 * little. Optionally the first few features are near-copies of feature 0: naive Bayes, which
 * treats features as independent, then counts that evidence several times over.
 *
 *   naive Bayes: class means, pooled per-feature variances and class frequencies, plugged into
 *     Bayes' rule as if the features were independent (Eq. 1 of the page); closed form.
 *   logistic regression: multiclass softmax on the raw features, cross-entropy with a small ridge
 *     (10⁻³), fitted by Newton's method.
 *
 * One step of the sweep = one sample size m, averaged over REPS training sets, both scored on the
 * same test set. The dashed lines are the asymptotes: naive Bayes with the true means and
 * variances, and the Bayes classifier (the limit of logistic regression, which is well specified
 * here because the classes share one covariance).
 */
import type { ParamValues } from '../runtime/params';
import type { MetricRow, Sim, SimEnv } from '../runtime/types';
import type { Rng } from '../runtime/rng';
import { solveSPD } from '../shared/linalg';
import { createSweepSim, logSpace } from '../shared/online';
import { params } from './params';

export { params };
export const usesTf = false;

export const REPS = 8,
  N_TEST = 3000,
  RIDGE = 1e-3,
  NEWTON = 8;

export interface World {
  n: number;
  K: number;
  copies: number;
  mu: Float64Array;
}

/** Per-class means: every feature separates the classes by about `sep` (random ±sep/2 patterns). */
export function makeWorld(rng: Rng, n: number, K: number, copies: number, sep: number): World {
  const mu = Float64Array.from({ length: K * n }, () => (rng.next() < 0.5 ? -sep / 2 : sep / 2));
  const r = Math.min(copies, n - 1);
  // Features 1…r are near-copies of feature 0 (same mean, same noise plus a little of their own).
  for (let c = 0; c < K; c++) for (let j = 1; j <= r; j++) mu[c * n + j] = mu[c * n];
  return { n, K, copies: r, mu };
}

/** Standard deviation of a copy's own noise, on top of feature 0's. */
const COPY_NOISE = 0.3;

/** m samples (classes balanced, cycling) as row-major x[m, n] and labels. */
export function sample(w: World, rng: Rng, m: number): { x: Float64Array; y: Int32Array } {
  const { n, K, copies, mu } = w;
  const x = new Float64Array(m * n),
    y = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const c = i % K;
    y[i] = c;
    const z0 = rng.normal();
    for (let j = 0; j < n; j++)
      x[i * n + j] = mu[c * n + j] + (j === 0 ? z0 : j <= copies ? z0 + COPY_NOISE * rng.normal() : rng.normal());
  }
  return { x, y };
}

/** The shared noise covariance Σ (n×n). */
export function covariance(w: World): Float64Array {
  const { n, copies } = w;
  const S = new Float64Array(n * n);
  for (let i = 0; i < n; i++) S[i * n + i] = 1;
  for (let i = 0; i <= copies; i++)
    for (let j = 0; j <= copies; j++) S[i * n + j] = 1 + (i === j && i > 0 ? COPY_NOISE ** 2 : 0);
  return S;
}

/** A linear scorer: score_c(x) = W[c]·x + b[c]. */
export interface Linear {
  W: Float64Array;
  b: Float64Array;
}

export function errorOf(f: Linear, n: number, K: number, x: Float64Array, y: Int32Array): number {
  let wrong = 0;
  for (let i = 0; i < y.length; i++) {
    let best = -Infinity,
      arg = 0;
    for (let c = 0; c < K; c++) {
      let s = f.b[c];
      for (let j = 0; j < n; j++) s += f.W[c * n + j] * x[i * n + j];
      if (s > best) {
        best = s;
        arg = c;
      }
    }
    if (arg !== y[i]) wrong++;
  }
  return wrong / y.length;
}

/** Gaussian naive Bayes with pooled per-feature variances, written as a linear scorer. */
export function naiveBayes(n: number, K: number, mean: Float64Array, vars: Float64Array, prior: Float64Array): Linear {
  const W = new Float64Array(K * n),
    b = new Float64Array(K);
  for (let c = 0; c < K; c++) {
    b[c] = Math.log(prior[c]);
    for (let j = 0; j < n; j++) {
      W[c * n + j] = mean[c * n + j] / vars[j];
      b[c] -= mean[c * n + j] ** 2 / (2 * vars[j]);
    }
  }
  return { W, b };
}

export function fitNaiveBayes(n: number, K: number, x: Float64Array, y: Int32Array): Linear {
  const m = y.length,
    mean = new Float64Array(K * n),
    cnt = new Float64Array(K),
    vars = new Float64Array(n);
  for (let i = 0; i < m; i++) {
    cnt[y[i]]++;
    for (let j = 0; j < n; j++) mean[y[i] * n + j] += x[i * n + j];
  }
  for (let c = 0; c < K; c++) for (let j = 0; j < n; j++) mean[c * n + j] /= Math.max(1, cnt[c]);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) vars[j] += (x[i * n + j] - mean[y[i] * n + j]) ** 2 / Math.max(1, m - K);
  for (let j = 0; j < n; j++) vars[j] = Math.max(vars[j], 1e-3);
  return naiveBayes(
    n,
    K,
    mean,
    vars,
    Float64Array.from(cnt, (v) => (v + 1) / (m + K)),
  );
}

/** Multiclass logistic regression (all K score vectors, ridge RIDGE on W) by damped Newton steps. */
export function fitLogistic(n: number, K: number, x: Float64Array, y: Int32Array): Linear {
  const m = y.length,
    P = (n + 1) * K; // parameters: for class c, [W_c (n), b_c]
  const th = new Float64Array(P);
  const feat = (i: number, j: number) => (j < n ? x[i * n + j] : 1);
  const probs = (t: Float64Array, i: number, out: Float64Array) => {
    let mx = -Infinity;
    for (let c = 0; c < K; c++) {
      let s = t[c * (n + 1) + n];
      for (let j = 0; j < n; j++) s += t[c * (n + 1) + j] * x[i * n + j];
      out[c] = s;
      mx = Math.max(mx, s);
    }
    let z = 0;
    for (let c = 0; c < K; c++) z += out[c] = Math.exp(out[c] - mx);
    for (let c = 0; c < K; c++) out[c] /= z;
  };
  const loss = (t: Float64Array) => {
    const p = new Float64Array(K);
    let l = 0;
    for (let i = 0; i < m; i++) {
      probs(t, i, p);
      l -= Math.log(Math.max(p[y[i]], 1e-300)) / m;
    }
    for (let c = 0; c < K; c++) for (let j = 0; j < n; j++) l += (RIDGE / 2) * t[c * (n + 1) + j] ** 2;
    return l;
  };
  const p = new Float64Array(K);
  let cur = loss(th);
  for (let it = 0; it < NEWTON; it++) {
    const g = new Float64Array(P),
      H = new Float64Array(P * P);
    for (let i = 0; i < m; i++) {
      probs(th, i, p);
      for (let c = 0; c < K; c++) {
        const r = p[c] - (c === y[i] ? 1 : 0);
        for (let j = 0; j <= n; j++) g[c * (n + 1) + j] += (r * feat(i, j)) / m;
        for (let d = 0; d < K; d++) {
          const h = (p[c] * ((c === d ? 1 : 0) - p[d])) / m;
          if (h === 0) continue;
          for (let j = 0; j <= n; j++) {
            const hj = h * feat(i, j),
              row = (c * (n + 1) + j) * P + d * (n + 1);
            for (let l = 0; l <= n; l++) H[row + l] += hj * feat(i, l);
          }
        }
      }
    }
    for (let q = 0; q < P; q++) {
      const isBias = q % (n + 1) === n;
      g[q] += isBias ? 0 : RIDGE * th[q];
      H[q * P + q] += isBias ? 1e-6 : RIDGE; // the softmax Hessian is singular along "all classes alike"
    }
    const step = solveSPD(H, P, g);
    // Damped: halve the Newton step until the loss decreases.
    let t = 1,
      next = th;
    for (let h = 0; h < 20; h++, t /= 2) {
      next = th.map((v, q) => v - t * step[q]);
      const l = loss(next);
      if (l < cur) {
        cur = l;
        break;
      }
    }
    const moved = next.reduce((s, v, q) => s + Math.abs(v - th[q]), 0);
    th.set(next);
    if (moved < 1e-6) break;
  }
  const W = new Float64Array(K * n),
    b = new Float64Array(K);
  for (let c = 0; c < K; c++) {
    for (let j = 0; j < n; j++) W[c * n + j] = th[c * (n + 1) + j];
    b[c] = th[c * (n + 1) + n];
  }
  return { W, b };
}

/** The sample sizes of the sweep: log-spaced from 4 per class to 40 per feature. */
export function sizes(n: number, K: number): number[] {
  const out = logSpace(4 * K, Math.max(40 * n, 40 * K), 12).map((v) => Math.round(v));
  return out.filter((v, i) => i === 0 || v !== out[i - 1]);
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const { dim: n, classes: K } = p;
  const world = makeWorld(env.rng.fork('world'), n, K, p.copies, p.sep);
  const test = sample(world, env.rng.fork('test'), N_TEST);
  // Asymptotes: naive Bayes with the true means and marginal variances; Bayes' rule W_c = Σ⁻¹μ_c.
  const S = covariance(world);
  const nbInf = errorOf(
    naiveBayes(
      n,
      K,
      world.mu,
      Float64Array.from({ length: n }, (_, j) => S[j * n + j]),
      new Float64Array(K).fill(1 / K),
    ),
    n,
    K,
    test.x,
    test.y,
  );
  const W = new Float64Array(K * n),
    b = new Float64Array(K);
  for (let c = 0; c < K; c++) {
    const wc = solveSPD(S, n, world.mu.subarray(c * n, (c + 1) * n));
    W.set(wc, c * n);
    for (let j = 0; j < n; j++) b[c] -= (wc[j] * world.mu[c * n + j]) / 2;
  }
  const bayes = errorOf({ W, b }, n, K, test.x, test.y);
  const ms = sizes(n, K);
  return createSweepSim(ms.length, (i) => {
    const m = ms[i];
    const rng = env.rng.fork(`m${m}`);
    let nb = 0,
      lr = 0;
    for (let r = 0; r < REPS; r++) {
      const tr = sample(world, rng, m);
      nb += errorOf(fitNaiveBayes(n, K, tr.x, tr.y), n, K, test.x, test.y) / REPS;
      lr += errorOf(fitLogistic(n, K, tr.x, tr.y), n, K, test.x, test.y) / REPS;
    }
    return { row: { step: i + 1, m, nb, lr, nbInf, bayes } };
  });
}

/** Analytic sweep: shown once every sample size is computed. */
export function reached(rows: MetricRow[]): boolean {
  return rows.length >= 11;
}
