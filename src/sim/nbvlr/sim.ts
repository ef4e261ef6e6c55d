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
 * One point of the sweep = one sample size m, averaged over REPS training sets, both scored on the
 * same test set; a row per point. The dashed lines are the asymptotes: naive Bayes with the true
 * means and variances, and the Bayes classifier (the limit of logistic regression, which is well
 * specified here because the classes share one covariance).
 *
 * Steps are kept short (see `plan`): a point's training sets are spread over as many steps as its
 * work needs, because the Worker answers a slider only once the step in flight has returned.
 */
import type { ParamValues } from '../runtime/params';
import type { MetricRow, Sim, SimEnv, StepResult } from '../runtime/types';
import type { Rng } from '../runtime/rng';
import { solveSPD } from '../shared/linalg';
import { logSpace } from '../shared/online';
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

/**
 * Test errors of two linear scorers, in one pass over x (the test set is the cost: each scorer is
 * summed exactly as it would be on its own, and both read each x_i once).
 */
export function errorsOf(f: Linear, g: Linear, n: number, K: number, x: Float64Array, y: Int32Array): [number, number] {
  const { W: Wf, b: bf } = f,
    { W: Wg, b: bg } = g;
  let wrongF = 0,
    wrongG = 0;
  for (let i = 0; i < y.length; i++) {
    const xi = i * n;
    let bestF = -Infinity,
      argF = 0,
      bestG = -Infinity,
      argG = 0;
    for (let c = 0; c < K; c++) {
      const wc = c * n;
      let sf = bf[c],
        sg = bg[c];
      for (let j = 0; j < n; j++) {
        const v = x[xi + j];
        sf += Wf[wc + j] * v;
        sg += Wg[wc + j] * v;
      }
      if (sf > bestF) {
        bestF = sf;
        argF = c;
      }
      if (sg > bestG) {
        bestG = sg;
        argG = c;
      }
    }
    if (argF !== y[i]) wrongF++;
    if (argG !== y[i]) wrongG++;
  }
  return [wrongF / y.length, wrongG / y.length];
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

/**
 * Multiclass logistic regression (all K score vectors, ridge RIDGE on W) by damped Newton steps.
 *
 * The Newton system H s = g is solved exactly, but in the coordinates where it splits in two (this
 * solve and the Hessian build are nearly all of the figure's cost). H = Σ_i A_i ⊗ x̃_i x̃_iᵀ + I ⊗ Δ,
 * with A_i = (diag(p_i) − p_i p_iᵀ)/m, x̃ = (x, 1) and Δ the ridge (RIDGE on weights, 1e-6 on the
 * bias). A_i has rows summing to zero, so a shift shared by all classes meets only the ridge. Writing
 * s_c = a + b_c (c < K − 1) and s_{K−1} = a − Σ_c b_c:
 *   K Δ a = Σ_c g_c,   and   M b = r with r_c = g_c − g_{K−1},  M = Σ_i Ã_i ⊗ x̃_i x̃_iᵀ + (I + 11ᵀ) ⊗ Δ,
 * where Ã = CᵀAC for C = [I; −1ᵀ]. M has (K − 1)(n + 1) rows instead of K(n + 1), and each of its
 * blocks is summed over the samples once, one triangle only, from a feature-major copy of x.
 */
export function fitLogistic(n: number, K: number, x: Float64Array, y: Int32Array): Linear {
  const m = y.length,
    n1 = n + 1,
    P = n1 * K, // parameters: for class c, [W_c (n), b_c] at c·(n+1)
    L = K - 1, // the last class, and the number of contrasts
    Q = n1 * L;
  const th = new Float64Array(P),
    next = new Float64Array(P),
    g = new Float64Array(P),
    step = new Float64Array(P),
    M = new Float64Array(Q * Q),
    r = new Float64Array(Q),
    p = new Float64Array(K),
    pr = new Float64Array(K * m), // class-major: pr[c·m + i] = p_c(x_i)
    hw = new Float64Array(m), // per-sample weights of one gradient row or one block of M
    xt = new Float64Array(n1 * m); // feature-major x with a trailing feature 1 (the bias)
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) xt[j * m + i] = x[i * n + j];
    xt[n * m + i] = 1;
  }
  const ridge = (j: number) => (j === n ? 1e-6 : RIDGE); // the bias is (almost) not penalised
  /** Class probabilities of sample i under parameters t, into p. */
  const probs = (t: Float64Array, i: number) => {
    const o = i * n;
    let mx = -Infinity;
    for (let c = 0; c < K; c++) {
      const tc = c * n1;
      let s = t[tc + n];
      for (let j = 0; j < n; j++) s += t[tc + j] * x[o + j];
      p[c] = s;
      mx = Math.max(mx, s);
    }
    let z = 0;
    for (let c = 0; c < K; c++) z += p[c] = Math.exp(p[c] - mx);
    for (let c = 0; c < K; c++) p[c] /= z;
  };
  const loss = (t: Float64Array) => {
    let l = 0;
    for (let i = 0; i < m; i++) {
      probs(t, i);
      l -= Math.log(Math.max(p[y[i]], 1e-300)) / m;
    }
    for (let c = 0; c < K; c++) for (let j = 0; j < n; j++) l += (RIDGE / 2) * t[c * n1 + j] ** 2;
    return l;
  };
  let cur = loss(th);
  for (let it = 0; it < NEWTON; it++) {
    for (let i = 0; i < m; i++) {
      probs(th, i);
      for (let c = 0; c < K; c++) pr[c * m + i] = p[c];
    }
    // Gradient: Σ_i (p_c − [y_i = c]) x̃_i / m, plus the ridge.
    for (let c = 0; c < K; c++) {
      for (let i = 0; i < m; i++) hw[i] = pr[c * m + i] - (c === y[i] ? 1 : 0);
      for (let j = 0; j <= n; j++) {
        const xj = j * m;
        let s = 0;
        for (let i = 0; i < m; i++) s += (hw[i] * xt[xj + i]) / m;
        g[c * n1 + j] = s + (j === n ? 0 : RIDGE * th[c * n1 + j]);
      }
    }
    // M's block (c, d), d ≤ c < K − 1: Ã_cd = p_c δ_cd − p_c p_d + p_last (p_c + p_d + 1 − p_last), over m.
    // It is symmetric in (j, l) and equals block (d, c): one sum over the samples fills four entries.
    for (let c = 0; c < L; c++)
      for (let d = 0; d <= c; d++) {
        for (let i = 0; i < m; i++) {
          const pc = pr[c * m + i],
            pd = pr[d * m + i],
            pl = pr[L * m + i];
          hw[i] = ((c === d ? pc : 0) - pc * pd + pl * (pc + pd + 1 - pl)) / m;
        }
        for (let j = 0; j <= n; j++) {
          const xj = j * m;
          for (let l = 0; l <= j; l++) {
            const xl = l * m;
            let s = j === l ? (c === d ? 2 : 1) * ridge(j) : 0; // (I + 11ᵀ) ⊗ Δ
            for (let i = 0; i < m; i++) s += hw[i] * xt[xj + i] * xt[xl + i];
            M[(c * n1 + j) * Q + d * n1 + l] = M[(c * n1 + l) * Q + d * n1 + j] = s;
            M[(d * n1 + j) * Q + c * n1 + l] = M[(d * n1 + l) * Q + c * n1 + j] = s;
          }
        }
      }
    for (let c = 0; c < L; c++) for (let j = 0; j <= n; j++) r[c * n1 + j] = g[c * n1 + j] - g[L * n1 + j];
    const b = solveSPD(M, Q, r);
    for (let j = 0; j <= n; j++) {
      let sum = 0,
        bs = 0;
      for (let c = 0; c < K; c++) sum += g[c * n1 + j];
      const a = sum / (K * ridge(j));
      for (let c = 0; c < L; c++) {
        step[c * n1 + j] = a + b[c * n1 + j];
        bs += b[c * n1 + j];
      }
      step[L * n1 + j] = a - bs;
    }
    // Damped: halve the Newton step until the loss decreases.
    let t = 1;
    for (let h = 0; h < 20; h++, t /= 2) {
      for (let q = 0; q < P; q++) next[q] = th[q] - t * step[q];
      const l = loss(next);
      if (l < cur) {
        cur = l;
        break;
      }
    }
    let moved = 0;
    for (let q = 0; q < P; q++) moved += Math.abs(next[q] - th[q]);
    th.set(next);
    if (moved < 1e-6) break;
  }
  const W = new Float64Array(K * n),
    b = new Float64Array(K);
  for (let c = 0; c < K; c++) {
    for (let j = 0; j < n; j++) W[c * n + j] = th[c * n1 + j];
    b[c] = th[c * n1 + n];
  }
  return { W, b };
}

/** The sample sizes of the sweep: log-spaced from 4 per class to 40 per feature. */
export function sizes(n: number, K: number): number[] {
  const out = logSpace(4 * K, Math.max(40 * n, 40 * K), 12).map((v) => Math.round(v));
  return out.filter((v, i) => i === 0 || v !== out[i - 1]);
}

/**
 * Work of one training set at sample size m, in multiply-adds: per Newton iteration the blocks of
 * M (m samples × (K − 1)K/2 blocks × (n + 1)(n + 2)/2 entries) and its Cholesky factorisation, then
 * both classifiers scored on the test set.
 */
export function repCost(m: number, n: number, K: number): number {
  const n1 = n + 1,
    Q = (K - 1) * n1;
  return NEWTON * (m * ((K * (K - 1)) / 2) * ((n1 * (n1 + 1)) / 2) + Q ** 3 / 6) + 2 * N_TEST * K * n;
}

/**
 * Multiply-adds per step: roughly 10–25 ms of work, so a slider move waits little for the step in
 * flight, while the first sweep point (with the defaults) stays one step, which draws a row at once.
 */
export const STEP_COST = 5e6;

/**
 * Which training sets each step computes: for sweep point i, REPS training sets split evenly over
 * as many steps as its cost needs (one step for the small m, up to one per training set). Fixed by
 * the parameters alone, so rows depend only on the absolute step index, never on chunking.
 */
export function plan(ms: number[], n: number, K: number): { point: number; from: number; to: number }[] {
  const out: { point: number; from: number; to: number }[] = [];
  ms.forEach((m, point) => {
    const parts = Math.min(REPS, Math.max(1, Math.ceil((REPS * repCost(m, n, K)) / STEP_COST)));
    for (let k = 0; k < parts; k++)
      out.push({ point, from: Math.floor((k * REPS) / parts), to: Math.floor(((k + 1) * REPS) / parts) });
  });
  return out;
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const { dim: n, classes: K } = p;
  const world = makeWorld(env.rng.fork('world'), n, K, p.copies, p.sep);
  const ms = sizes(n, K);
  const steps = plan(ms, n, K);

  // Lazy: createSim must return within a frame so a slider answers at once; the test set and the
  // two asymptotes are made by the first step, which needs them for its row.
  let shared: { test: { x: Float64Array; y: Int32Array }; nbInf: number; bayes: number } | null = null;
  const prepare = () => {
    const test = sample(world, env.rng.fork('test'), N_TEST);
    const S = covariance(world);
    // Asymptotes: naive Bayes with the true means and marginal variances; Bayes' rule W_c = Σ⁻¹μ_c.
    const nbTrue = naiveBayes(
      n,
      K,
      world.mu,
      Float64Array.from({ length: n }, (_, j) => S[j * n + j]),
      new Float64Array(K).fill(1 / K),
    );
    const W = new Float64Array(K * n),
      b = new Float64Array(K);
    for (let c = 0; c < K; c++) {
      const wc = solveSPD(S, n, world.mu.subarray(c * n, (c + 1) * n));
      W.set(wc, c * n);
      for (let j = 0; j < n; j++) b[c] -= (wc[j] * world.mu[c * n + j]) / 2;
    }
    const [nbInf, bayes] = errorsOf(nbTrue, { W, b }, n, K, test.x, test.y);
    return { test, nbInf, bayes };
  };

  // The sweep point in progress: its training sets are drawn one after another from one stream,
  // whichever step draws them, so splitting a point over steps leaves its numbers unchanged.
  let done = 0,
    rng = env.rng, // replaced by the point's own stream at its first step
    nb = 0,
    lr = 0;
  return {
    totalSteps: steps.length,
    step(count: number): StepResult {
      const rows: MetricRow[] = [];
      for (let s = 0; s < count && done < steps.length; s++) {
        const { point, from, to } = steps[done++];
        const m = ms[point];
        const { test, nbInf, bayes } = (shared ??= prepare());
        if (from === 0) {
          rng = env.rng.fork(`m${m}`);
          nb = lr = 0;
        }
        for (let r = from; r < to; r++) {
          const tr = sample(world, rng, m);
          const [eNb, eLr] = errorsOf(
            fitNaiveBayes(n, K, tr.x, tr.y),
            fitLogistic(n, K, tr.x, tr.y),
            n,
            K,
            test.x,
            test.y,
          );
          nb += eNb / REPS;
          lr += eLr / REPS;
        }
        if (to === REPS) rows.push({ step: done, m, nb, lr, nbInf, bayes });
      }
      return { rows };
    },
    dispose() {},
  };
}

/** Analytic sweep: shown once every sample size is computed. */
export function reached(rows: MetricRow[]): boolean {
  return rows.length >= 11;
}
