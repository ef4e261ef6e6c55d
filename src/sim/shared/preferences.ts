/**
 * The preference-game world shared by the preference-alignment figures (issue 7): a policy is a
 * probability vector over K canned responses to one prompt, a preference model is a K×K matrix
 * P[i][j] = P(response i ≻ response j) with P[i][j] + P[j][i] = 1, and the update rules of the
 * papers (Nash-MD, online mirror descent, Mirror Prox, Bradley–Terry fitting) act on these vectors.
 *
 * Everything is exact and in plain Float64Array arithmetic; sampled variants draw pairs and labels
 * from a seeded `Rng`. Matrices are row-major: P[i*K + j].
 */
import type { Rng } from '../runtime/rng';
import type { Frame, MetricRow, Sim, StepResult } from '../runtime/types';
import { DIVERGED } from '../runtime/types';

export type Vec = Float64Array;

/** A K×K preference matrix, row-major, P[i*K+j] = P(i ≻ j). */
export interface Pref {
  K: number;
  P: Float64Array;
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
/** log σ(z), stable for large |z|. */
export const logSigmoid = (z: number): number => (z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z)));

/** Floors a non-negative metric at 1e-12 so log-scale charts never see 0. */
export const logFloor = (x: number): number => Math.max(x, 1e-12);

/** Softmax of logits (stable). */
export function softmax(logits: ArrayLike<number>): Vec {
  const K = logits.length;
  let m = -Infinity;
  for (let i = 0; i < K; i++) m = Math.max(m, logits[i]);
  const out = new Float64Array(K);
  let s = 0;
  for (let i = 0; i < K; i++) s += out[i] = Math.exp(logits[i] - m);
  for (let i = 0; i < K; i++) out[i] /= s;
  return out;
}

/** Uniform policy over K responses. */
export const uniform = (K: number): Vec => new Float64Array(K).fill(1 / K);

/**
 * The game every figure uses: a mixture of a transitive Bradley–Terry part and a cyclic part.
 *   P = 1/2 + (1 − λ)·(σ(r_i − r_j) − 1/2) + λ·C_ij,
 * with rewards r spread evenly from +s to −s (response 1 best) and C_ij = ½·sin(2π(j − i)/K)/max|sin|
 * a rock–paper–scissors-like cycle (for K = 3: 1 ≻ 2 ≻ 3 ≻ 1). λ = 0 is a pure Bradley–Terry model;
 * λ = 1 a pure cycle. The cycle adds nothing to any response's average win rate against the uniform
 * policy, so a Bradley–Terry fit on uniform data ranks the responses by r alone, whatever λ is.
 */
export function mixedPreference(K: number, intransitivity: number, spread = 1): Pref {
  const P = new Float64Array(K * K);
  const r = Array.from({ length: K }, (_, i) => (K === 1 ? 0 : spread * (1 - (2 * i) / (K - 1))));
  let smax = 0;
  for (let d = 1; d < K; d++) smax = Math.max(smax, Math.abs(Math.sin((2 * Math.PI * d) / K)));
  const lam = intransitivity;
  for (let i = 0; i < K; i++)
    for (let j = 0; j < K; j++) {
      const cyc = smax > 0 ? (0.5 * Math.sin((2 * Math.PI * (j - i)) / K)) / smax : 0;
      P[i * K + j] = 0.5 + (1 - lam) * (sigmoid(r[i] - r[j]) - 0.5) + lam * cyc;
    }
  return { K, P };
}

/** Bradley–Terry preference matrix from rewards. */
export function btPreference(r: ArrayLike<number>): Pref {
  const K = r.length;
  const P = new Float64Array(K * K);
  for (let i = 0; i < K; i++) for (let j = 0; j < K; j++) P[i * K + j] = sigmoid(r[i] - r[j]);
  return { K, P };
}

/** Win rates w_i = P(i ≻ π) = Σ_j P_ij π_j. */
export function winRates(g: Pref, pi: ArrayLike<number>): Vec {
  const { K, P } = g;
  const w = new Float64Array(K);
  for (let i = 0; i < K; i++) {
    let s = 0;
    for (let j = 0; j < K; j++) s += P[i * K + j] * pi[j];
    w[i] = s;
  }
  return w;
}

/** P(π ≻ π') = πᵀ P π'. */
export function prefOf(g: Pref, pi: ArrayLike<number>, pi2: ArrayLike<number>): number {
  const w = winRates(g, pi2);
  let s = 0;
  for (let i = 0; i < g.K; i++) s += pi[i] * w[i];
  return s;
}

/** KL(p ‖ q), with 0·log 0 = 0. */
export function kl(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) s += p[i] * Math.log(p[i] / Math.max(q[i], 1e-300));
  return Math.max(0, s);
}

/** Shannon entropy in nats. */
export function entropy(p: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) s -= p[i] * Math.log(p[i]);
  return s;
}

/**
 * Exploitability of π in the unregularised game: how far the best single response beats it,
 * max_y P(y ≻ π) − 1/2. Zero exactly at a Nash policy (the symmetric game's value is 1/2).
 */
export function exploitability(g: Pref, pi: ArrayLike<number>): number {
  const w = winRates(g, pi);
  return Math.max(...w) - 0.5;
}

/**
 * Duality gap of π in the τ-regularised game P_τ(π ≻ π') = P(π ≻ π') − τKL(π‖μ) + τKL(π'‖μ):
 * max_π' P_τ(π' ≻ π) − 1/2, using the closed form max_π' [π'·w − τKL(π'‖μ)] = τ log Σ μ_y e^{w_y/τ}.
 * Zero exactly at the regularised Nash policy π*_τ. τ = 0 gives `exploitability`.
 */
export function regGap(g: Pref, pi: ArrayLike<number>, tau: number, mu: ArrayLike<number>): number {
  if (tau <= 0) return exploitability(g, pi);
  const w = winRates(g, pi);
  let m = -Infinity;
  for (let i = 0; i < g.K; i++) m = Math.max(m, w[i] / tau);
  let s = 0;
  for (let i = 0; i < g.K; i++) s += mu[i] * Math.exp(w[i] / tau - m);
  return Math.max(0, tau * (m + Math.log(s)) + tau * kl(pi, mu) - 0.5);
}

/** Normalise exp(logq) into a probability vector (in place into a new vector). */
function fromLog(logq: Float64Array): Vec {
  return softmax(logq);
}

/**
 * Online mirror descent on the regularised game (INPO's Eq. 1 with exact win rates):
 * π' ∝ π^{1−ητ} μ^{ητ} exp(η g), with g the payoff vector (win rates against the opponent);
 * ητ is capped at 1.
 */
export function omdStep(pi: Vec, g: ArrayLike<number>, eta: number, tau: number, mu: ArrayLike<number>): Vec {
  const K = pi.length;
  const l = new Float64Array(K);
  const a = Math.min(eta * tau, 1); // the update interpolates between π and μ only while ητ ≤ 1
  for (let i = 0; i < K; i++) l[i] = (1 - a) * Math.log(pi[i]) + a * Math.log(mu[i]) + eta * g[i];
  return fromLog(l);
}

/** Geometric mixture π^{1−w} μ^{w} with w = ητ capped at 1, normalised (Nash-MD's opponent). */
export function geoMix(pi: Vec, mu: ArrayLike<number>, weight: number): Vec {
  const K = pi.length;
  const l = new Float64Array(K);
  const w = Math.min(weight, 1); // a mixture only while ητ ≤ 1 (beyond, it would extrapolate past μ)
  for (let i = 0; i < K; i++) l[i] = (1 - w) * Math.log(pi[i]) + w * Math.log(mu[i]);
  return fromLog(l);
}

/** Nash-MD (NLHF Eq. 2): π' ∝ π^μ exp(η P(y ≻ π^μ)), π^μ ∝ π^{1−ητ} μ^{ητ}. */
export function nashMdStep(g: Pref, pi: Vec, eta: number, tau: number, mu: ArrayLike<number>): Vec {
  const mix = geoMix(pi, mu, eta * tau);
  const w = winRates(g, mix);
  const l = new Float64Array(g.K);
  for (let i = 0; i < g.K; i++) l[i] = Math.log(mix[i]) + eta * w[i];
  return fromLog(l);
}

/**
 * The exact proximal step of Nash-MP (Eqs. 1–2 of the page):
 * argmax_π η[π·g − βKL(π‖μ)] − KL(π‖π_k)  =  (π_k μ^{ηβ} e^{ηg})^{1/(1+ηβ)}, normalised.
 */
export function proxStep(pik: Vec, g: ArrayLike<number>, eta: number, beta: number, mu: ArrayLike<number>): Vec {
  const K = pik.length;
  const l = new Float64Array(K);
  for (let i = 0; i < K; i++) l[i] = (Math.log(pik[i]) + eta * beta * Math.log(mu[i]) + eta * g[i]) / (1 + eta * beta);
  return fromLog(l);
}

/** One Nash Mirror Prox iteration: a look-ahead prox step, then the real one against the look-ahead. */
export function mirrorProxStep(g: Pref, pi: Vec, eta: number, beta: number, mu: ArrayLike<number>): Vec {
  const half = proxStep(pi, winRates(g, pi), eta, beta, mu);
  return proxStep(pi, winRates(g, half), eta, beta, mu);
}

/**
 * The τ-regularised Nash policy π*_τ (unique for τ > 0): the fixed point π ∝ μ exp(P(y ≻ π)/τ),
 * found by Mirror Prox with a safe step run to machine precision (the game is strongly monotone).
 * For τ = 0 it returns the (approximate) unregularised Nash via the same scheme with τ = 1e-4.
 */
export function regularisedNash(g: Pref, tau: number, mu: ArrayLike<number>, iters = 20000): Vec {
  const t = Math.max(tau, 1e-4);
  let pi: Vec = Float64Array.from(mu);
  const eta = Math.min(1, 1 / t);
  for (let k = 0; k < iters; k++) {
    const next = mirrorProxStep(g, pi, eta, t, mu);
    let d = 0;
    for (let i = 0; i < g.K; i++) d = Math.max(d, Math.abs(next[i] - pi[i]));
    pi = next;
    if (d < 1e-15) break;
  }
  return pi;
}

/** A sampled preference comparison: responses a and b from the policy, `aWins` drawn from P. */
export interface Comparison {
  a: number;
  b: number;
  aWins: boolean;
}

/** n comparisons with both responses drawn from `pi` (or from `pi` and `pi2`), labels drawn from P. */
export function sampleComparisons(
  rng: Rng,
  g: Pref,
  pi: ArrayLike<number>,
  n: number,
  pi2: ArrayLike<number> = pi,
): Comparison[] {
  const out: Comparison[] = [];
  for (let k = 0; k < n; k++) {
    const a = rng.categorical(pi);
    const b = rng.categorical(pi2);
    out.push({ a, b, aWins: rng.next() < g.P[a * g.K + b] });
  }
  return out;
}

/**
 * Bradley–Terry maximum likelihood from win counts W[i*K+j] = number of times i beat j (real-valued
 * counts allowed, so expected counts give the population fit). Newton's method on the concave
 * log-likelihood with a small ridge (the rewards are centred; unseen responses stay at 0).
 */
export function fitBradleyTerry(K: number, W: ArrayLike<number>, ridge = 1e-3, iters = 50): Vec {
  const r = new Float64Array(K);
  for (let it = 0; it < iters; it++) {
    const grad = new Float64Array(K);
    const H = new Float64Array(K * K);
    for (let i = 0; i < K; i++) {
      grad[i] -= ridge * r[i];
      H[i * K + i] += ridge;
      for (let j = 0; j < K; j++) {
        if (i === j) continue;
        const n = W[i * K + j];
        if (!n) continue;
        const p = sigmoid(r[i] - r[j]);
        // n comparisons that i won against j: d/dr_i of n·log σ(r_i − r_j) = n(1 − p).
        grad[i] += n * (1 - p);
        grad[j] -= n * (1 - p);
        const h = n * p * (1 - p);
        H[i * K + i] += h;
        H[j * K + j] += h;
        H[i * K + j] -= h;
        H[j * K + i] -= h;
      }
    }
    const d = solve(K, H, grad);
    let m = 0;
    for (let i = 0; i < K; i++) m = Math.max(m, Math.abs(d[i]));
    for (let i = 0; i < K; i++) r[i] += d[i];
    if (m < 1e-12) break;
  }
  let mean = 0;
  for (let i = 0; i < K; i++) mean += r[i] / K;
  for (let i = 0; i < K; i++) r[i] -= mean;
  return r;
}

/** Expected win counts for n comparisons with a ~ π, b ~ π2 under P. */
export function expectedCounts(g: Pref, pi: ArrayLike<number>, n: number, pi2: ArrayLike<number> = pi): Float64Array {
  const { K, P } = g;
  const W = new Float64Array(K * K);
  for (let i = 0; i < K; i++)
    for (let j = 0; j < K; j++)
      if (i !== j) W[i * K + j] = n * (pi[i] * pi2[j] * P[i * K + j] + pi[j] * pi2[i] * P[i * K + j]);
  return W;
}

/** Win counts of a list of comparisons. */
export function countWins(K: number, cs: Comparison[]): Float64Array {
  const W = new Float64Array(K * K);
  for (const c of cs) {
    if (c.a === c.b) continue;
    if (c.aWins) W[c.a * K + c.b]++;
    else W[c.b * K + c.a]++;
  }
  return W;
}

/** Solves the symmetric positive-definite system H x = b (Gaussian elimination with pivoting). */
export function solve(K: number, H: ArrayLike<number>, b: ArrayLike<number>): Vec {
  const A = Float64Array.from(H);
  const x = Float64Array.from(b);
  for (let c = 0; c < K; c++) {
    let p = c;
    for (let r = c + 1; r < K; r++) if (Math.abs(A[r * K + c]) > Math.abs(A[p * K + c])) p = r;
    if (p !== c) {
      for (let k = 0; k < K; k++) [A[c * K + k], A[p * K + k]] = [A[p * K + k], A[c * K + k]];
      [x[c], x[p]] = [x[p], x[c]];
    }
    const piv = A[c * K + c] || 1e-300;
    for (let r = c + 1; r < K; r++) {
      const f = A[r * K + c] / piv;
      if (!f) continue;
      for (let k = c; k < K; k++) A[r * K + k] -= f * A[c * K + k];
      x[r] -= f * x[c];
    }
  }
  for (let c = K - 1; c >= 0; c--) {
    let s = x[c];
    for (let k = c + 1; k < K; k++) s -= A[c * K + k] * x[k];
    x[c] = s / (A[c * K + c] || 1e-300);
  }
  return x;
}

/** KL-regularised best response to a reward: π ∝ μ exp(r/τ) (the RLHF optimum). */
export function rlhfOptimum(r: ArrayLike<number>, tau: number, mu: ArrayLike<number>): Vec {
  const l = new Float64Array(r.length);
  for (let i = 0; i < r.length; i++) l[i] = Math.log(mu[i]) + r[i] / Math.max(tau, 1e-9);
  return softmax(l);
}

/** The simplex-chart coordinates of a policy over K ≥ 3 responses: responses 1, 2 and all the others. */
export function toTernary(pi: ArrayLike<number>): [number, number, number] {
  let rest = 0;
  for (let i = 2; i < pi.length; i++) rest += pi[i];
  return [pi[0], pi[1], rest];
}

/** Appends policies to a flat [a,b,c, a,b,c, …] trajectory buffer, as the simplex panel expects. */
export class Trajectory {
  private pts: number[] = [];
  push(pi: ArrayLike<number>): void {
    this.pts.push(...toTernary(pi));
  }
  get points(): Float32Array {
    return Float32Array.from(this.pts);
  }
}

/** Corner labels of the simplex panel for K responses. */
export function cornerLabels(K: number, names = ['A', 'B', 'C']): [string, string, string] {
  return K === 3 ? [names[0], names[1], names[2]] : [`response 1`, `response 2`, `responses 3–${K}`];
}

/**
 * A deterministic iterative core as a `Sim`: `advance()` performs one iteration; rows and frames are
 * emitted at absolute iteration indices (step 0 = the initial state), so chunking never changes them.
 * `measure` may return a row flagged `diverged`, which stops the run.
 */
export function loopSim(o: {
  total: number;
  advance: (step: number) => void;
  measure: (step: number) => MetricRow;
  frame: () => Frame;
  emitEvery?: number;
  frameEvery?: number;
  dispose?: () => void;
}): Sim {
  const every = o.emitEvery ?? 1;
  const fEvery = o.frameEvery ?? 10;
  let step = 0;
  let started = false;
  let stopped = false;
  return {
    totalSteps: o.total,
    step(n: number): StepResult {
      const rows: MetricRow[] = [];
      let frame: Frame | undefined;
      if (!started && n > 0) {
        started = true;
        rows.push(o.measure(0));
        frame = o.frame();
      }
      for (let i = 0; i < n && step < o.total && !stopped; i++) {
        o.advance(step);
        step++;
        const last = step === o.total;
        if (step % every === 0 || last) {
          const row = o.measure(step);
          rows.push(row);
          if (row[DIVERGED]) stopped = true;
        }
        if (step % fEvery === 0 || last || stopped) frame = o.frame();
      }
      return frame ? { rows, frame } : { rows };
    },
    dispose() {
      o.dispose?.();
    },
  };
}
