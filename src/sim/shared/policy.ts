/**
 * Softmax policies: the smallest honest stand-in for a language model in the feedback-signal figures
 * (issue 8). A "policy" is a probability vector over a few canned responses (or tokens), either
 * tabular (one logit per response) or log-linear (logit = θ·φ_y with a feature vector φ_y per
 * response, so responses that share features share parameters, as token sequences do in an LM).
 *
 * The identities every figure leans on:
 *   tabular:    ∇_z log π(y) = e_y − π
 *   log-linear: ∇_θ log π(y) = φ_y − E_π[φ]
 *   DPO:        −∇ log σ(β·m) = −β·σ(−β·m)·∇m,  with margin m = Δlog π(y_w) − Δlog π(y_l)
 * Plain Float64Array arithmetic, exact and deterministic; all sampling draws from a seeded `Rng`.
 * The generic softmax, sigmoid and loop harness live in `preferences.ts` (issue 7) and are re-used.
 */
import type { Rng } from '../runtime/rng';
import { logSigmoid, sigmoid, softmax } from './preferences';

export { logSigmoid, sigmoid, softmax };
export type Vec = Float64Array;

/** log-softmax of logits (stable). */
export function logSoftmax(logits: ArrayLike<number>): Vec {
  let m = -Infinity;
  for (let i = 0; i < logits.length; i++) m = Math.max(m, logits[i]);
  let s = 0;
  for (let i = 0; i < logits.length; i++) s += Math.exp(logits[i] - m);
  const lse = m + Math.log(s);
  const out = new Float64Array(logits.length);
  for (let i = 0; i < logits.length; i++) out[i] = logits[i] - lse;
  return out;
}

/** Shannon entropy in nats. */
export function entropy(p: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) h -= p[i] * Math.log(p[i]);
  return h;
}

/** Index drawn from a probability vector. */
export const sampleFrom = (rng: Rng, p: ArrayLike<number>): number => rng.categorical(p);

/** Index of the largest entry (first on ties). */
export function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
  return best;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** y ← y + a·x in place. */
export function axpy(y: Vec, a: number, x: ArrayLike<number>): Vec {
  for (let i = 0; i < y.length; i++) y[i] += a * x[i];
  return y;
}

/** Adds a·(e_y − π) to `out`: a times the gradient of log π(y) with respect to tabular logits. */
export function addTabularGrad(out: Vec, p: ArrayLike<number>, y: number, a: number): Vec {
  for (let i = 0; i < out.length; i++) out[i] -= a * p[i];
  out[y] += a;
  return out;
}

/**
 * A log-linear policy over K responses with d-dimensional features (row-major Φ, K×d):
 * π_θ(y) ∝ exp(θ·φ_y). The sequence-level "LM" of the toys: two responses that share
 * features (tokens) have correlated log-probability gradients.
 */
export class LogLinear {
  constructor(
    readonly phi: Float64Array,
    readonly K: number,
    readonly d: number,
  ) {}

  logits(theta: ArrayLike<number>): Vec {
    const z = new Float64Array(this.K);
    for (let y = 0; y < this.K; y++) {
      let s = 0;
      for (let j = 0; j < this.d; j++) s += this.phi[y * this.d + j] * theta[j];
      z[y] = s;
    }
    return z;
  }

  probs(theta: ArrayLike<number>): Vec {
    return softmax(this.logits(theta));
  }

  /** E_π[φ]: the feature mean under π. */
  meanFeature(p: ArrayLike<number>): Vec {
    const m = new Float64Array(this.d);
    for (let y = 0; y < this.K; y++) for (let j = 0; j < this.d; j++) m[j] += p[y] * this.phi[y * this.d + j];
    return m;
  }

  /** ∇_θ log π(y) = φ_y − E_π[φ]. */
  gradLogProb(p: ArrayLike<number>, y: number, mean: ArrayLike<number> = this.meanFeature(p)): Vec {
    const g = new Float64Array(this.d);
    for (let j = 0; j < this.d; j++) g[j] = this.phi[y * this.d + j] - mean[j];
    return g;
  }
}

/**
 * DPO's scalar weight: the loss −log σ(β·m) has gradient −β·σ(−β·m)·∇m, so gradient descent moves
 * along +β·σ(−β·m)·(∇log π(y_w) − ∇log π(y_l)). Returns β·σ(−β·m).
 */
export const dpoWeight = (margin: number, beta: number): number => beta * sigmoid(-beta * margin);

/** DPO loss −log σ(β·m). */
export const dpoLoss = (margin: number, beta: number): number => -logSigmoid(beta * margin);

/**
 * Group-relative advantages of GRPO-style methods: r_i − mean(r), divided by the group's standard
 * deviation when `normalise` (all zeros when every reward in the group is equal).
 */
export function groupAdvantages(rewards: ArrayLike<number>, normalise: boolean): Vec {
  const n = rewards.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += rewards[i] / n;
  let v = 0;
  for (let i = 0; i < n; i++) v += (rewards[i] - mean) ** 2 / n;
  const sd = Math.sqrt(v);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = normalise ? (sd > 1e-12 ? (rewards[i] - mean) / sd : 0) : rewards[i] - mean;
  return out;
}

/** Row emission schedule: every `every` steps, chosen so a run of `total` steps emits about `rows` rows. */
export const rowEvery = (total: number, rows = 200): number => Math.max(1, Math.ceil(total / rows));
