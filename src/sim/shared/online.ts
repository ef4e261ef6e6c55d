/**
 * The shared online-learning harness (issue 9): loss environments that are stochastic, adversarial
 * or in between; learners as small pure functions over plain arrays; and two ways of turning many
 * seeded runs into a core's rows:
 *
 *   createSeedSim   one step = one round of S independent runs; rows at log-spaced rounds carry the
 *                   mean over seeds and a band (± one standard error), for regret-vs-rounds plots;
 *   createSweepSim  one step = one point of a parameter sweep (a budget, a Lipschitz bound, a mesh
 *                   size …), each point computed whole; for regret-vs-parameter plots.
 *
 * Regret here is always external regret against the best fixed action in hindsight unless a core
 * says otherwise. Everything is deterministic given the Rng passed in.
 */
import type { Rng } from '../runtime/rng';
import type { Frame, MetricRow, Sim, StepResult } from '../runtime/types';

// ---------------------------------------------------------------------------------------------
// Statistics over seeds

/** Mean and a band (mean ± one standard error) of a sample. */
export interface Band {
  mean: number;
  lo: number;
  hi: number;
}

/**
 * Mean ± one standard error over seeds. With `floor` set, the band's lower edge is kept at or above
 * it (a log axis cannot draw zero or negative values).
 */
export function band(values: ArrayLike<number>, floor?: number): Band {
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += values[i];
  const mean = s / n;
  let v = 0;
  for (let i = 0; i < n; i++) v += (values[i] - mean) ** 2;
  const se = n > 1 ? Math.sqrt(v / (n - 1) / n) : 0;
  const lo = floor === undefined ? mean - se : Math.max(floor, mean - se);
  return { mean, lo, hi: mean + se };
}

/** Least-squares slope of log y against log x (the empirical rate exponent); ignores y ≤ 0. */
export function logLogSlope(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  let n = 0,
    sx = 0,
    sy = 0,
    sxx = 0,
    sxy = 0;
  for (let i = 0; i < xs.length; i++) {
    if (!(ys[i] > 0) || !(xs[i] > 0)) continue;
    const lx = Math.log(xs[i]),
      ly = Math.log(ys[i]);
    n++;
    sx += lx;
    sy += ly;
    sxx += lx * lx;
    sxy += lx * ly;
  }
  return n < 2 ? NaN : (n * sxy - sx * sy) / (n * sxx - sx * sx);
}

/** About `count` integers from `first` to `total`, evenly spaced in log space, sorted, unique, ending at total. */
export function logCheckpoints(total: number, count: number, first = 1): number[] {
  const out = new Set<number>();
  const a = Math.log(first),
    b = Math.log(total);
  for (let i = 0; i < count; i++) out.add(Math.round(Math.exp(a + ((b - a) * i) / Math.max(1, count - 1))));
  out.add(total);
  return [...out].filter((t) => t >= first && t <= total).sort((x, y) => x - y);
}

/** Numbers evenly spaced in log space from lo to hi (inclusive). */
export function logSpace(lo: number, hi: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => lo * (hi / lo) ** (count === 1 ? 0 : i / (count - 1)));
}

// ---------------------------------------------------------------------------------------------
// Environments over K actions: a loss vector in [0, 1]^K per round

/** Where a K-action environment sits between the two classical worlds. */
export type EnvKind = 'stochastic' | 'adversarial' | 'mixed';

export interface ArmEnv {
  K: number;
  /** The loss vector of round t (1-based), computed on demand; call with t = 1, 2, … in order. */
  next(): Float64Array;
}

/**
 * A K-action loss sequence.
 *  - stochastic: i.i.d. Bernoulli losses, action a has mean 0.5 − gap·[a = best].
 *  - adversarial: a slowly wandering common level (a clipped random walk, which makes comparing
 *    actions across rounds useless: Dekel et al.'s switching-cost construction) plus a best action
 *    whose identity is fixed but whose advantage is only `gap`, with fresh uniform noise.
 *  - mixed: each round is drawn from the stochastic world with probability 1 − mix, else the adversarial one.
 */
export function armEnv(
  kind: EnvKind,
  K: number,
  rng: Rng,
  opts: { gap?: number; mix?: number; walk?: number } = {},
): ArmEnv {
  const gap = opts.gap ?? 0.1;
  const mix = kind === 'stochastic' ? 0 : kind === 'adversarial' ? 1 : (opts.mix ?? 0.5);
  const walk = opts.walk ?? 0.02;
  const best = rng.int(K);
  let level = 0.5;
  const out = new Float64Array(K);
  return {
    K,
    next() {
      level = Math.min(0.8, Math.max(0.2, level + walk * rng.normal()));
      const adversarialRound = mix > 0 && rng.next() < mix;
      for (let a = 0; a < K; a++) {
        const edge = a === best ? gap : 0;
        if (adversarialRound) out[a] = clip01(level - edge + 0.1 * (rng.next() - 0.5));
        else out[a] = rng.next() < 0.5 - edge ? 1 : 0;
      }
      return out;
    },
  };
}

export function clip01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

// ---------------------------------------------------------------------------------------------
// Learners as pure functions: (cumulative losses or estimates) -> distribution

/** Exponential weights (Hedge / FTRL with the entropy regulariser): p ∝ exp(−η L). */
export function hedge(cum: ArrayLike<number>, eta: number): Float64Array {
  const K = cum.length;
  let m = Infinity;
  for (let a = 0; a < K; a++) m = Math.min(m, cum[a]);
  const p = new Float64Array(K);
  let z = 0;
  for (let a = 0; a < K; a++) z += p[a] = Math.exp(-eta * (cum[a] - m));
  for (let a = 0; a < K; a++) p[a] /= z;
  return p;
}

/**
 * FTRL with the log-barrier ψ(p) = (1/η) Σ log(1/p_a): p_a = 1 / (η (L_a + λ)) with the
 * normaliser λ > −min L found by Newton's method on Σ p_a = 1. Stays in the interior whatever the
 * losses, including very negative ones.
 */
export function logBarrier(cum: ArrayLike<number>, eta: number): Float64Array {
  const K = cum.length;
  let m = Infinity;
  for (let a = 0; a < K; a++) m = Math.min(m, cum[a]);
  // At λ = −m + 1/η the smallest term alone is 1, so the sum is ≥ 1; Newton from there moves λ up monotonically.
  let lam = -m + 1 / eta;
  for (let it = 0; it < 60; it++) {
    let s = 0,
      ds = 0;
    for (let a = 0; a < K; a++) {
      const q = 1 / (eta * (cum[a] + lam));
      s += q;
      ds -= eta * q * q;
    }
    const stepL = (s - 1) / ds;
    lam -= stepL;
    if (Math.abs(s - 1) < 1e-12) break;
  }
  const p = new Float64Array(K);
  let z = 0;
  for (let a = 0; a < K; a++) z += p[a] = 1 / (eta * (cum[a] + lam));
  for (let a = 0; a < K; a++) p[a] /= z;
  return p;
}

/** Follow the leader: all mass on the action with the smallest cumulative loss (ties to the lowest index). */
export function followLeader(cum: ArrayLike<number>): Float64Array {
  const p = new Float64Array(cum.length);
  p[argmin(cum)] = 1;
  return p;
}

/** Mix a distribution with the uniform one: (1 − γ) p + γ / K (explicit exploration). */
export function mixUniform(p: Float64Array, gamma: number): Float64Array {
  const K = p.length;
  const q = new Float64Array(K);
  for (let a = 0; a < K; a++) q[a] = (1 - gamma) * p[a] + gamma / K;
  return q;
}

/**
 * Inverse-gap weighting (Abe and Long; Foster and Rakhlin's SquareCB) over predicted losses:
 * p_a = 1 / (K + γ (ŷ_a − ŷ_b)) for a ≠ b = argmin ŷ, the rest on b.
 */
export function inverseGap(pred: ArrayLike<number>, gamma: number): Float64Array {
  const K = pred.length;
  const b = argmin(pred);
  const p = new Float64Array(K);
  let rest = 0;
  for (let a = 0; a < K; a++) if (a !== b) rest += p[a] = 1 / (K + gamma * (pred[a] - pred[b]));
  p[b] = 1 - rest;
  return p;
}

export function argmin(v: ArrayLike<number>): number {
  let b = 0;
  for (let a = 1; a < v.length; a++) if (v[a] < v[b]) b = a;
  return b;
}

export function argmax(v: ArrayLike<number>): number {
  let b = 0;
  for (let a = 1; a < v.length; a++) if (v[a] > v[b]) b = a;
  return b;
}

/** ⟨p, ℓ⟩. */
export function dot(p: ArrayLike<number>, l: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += p[i] * l[i];
  return s;
}

/** Draw an index from a probability vector. */
export function sample(p: ArrayLike<number>, rng: Rng): number {
  return rng.categorical(p);
}

// ---------------------------------------------------------------------------------------------
// Turning seeded runs into a Sim

/** One of S independent runs inside a seed-averaged sim. */
export interface SeedRun {
  /** Play round t (1-based). */
  advance(t: number): void;
  /** The run's current metrics (e.g. cumulative regret per learner), keyed like `keys`. */
  read(): Record<string, number>;
}

export interface SeedSimOptions {
  /** Rounds in the run (the sim's totalSteps). */
  rounds: number;
  /** Independent runs averaged in every row. */
  seeds: number;
  rng: Rng;
  makeRun(rng: Rng, index: number): SeedRun;
  /** Metric keys averaged over seeds; each row gets key, keyLo and keyHi. */
  keys: string[];
  /** Rounds at which rows are emitted (default: ~120 log-spaced). */
  checkpoints?: number[];
  /** Lower edge of bands (for log axes); default 1e-3. */
  floor?: number;
  /** Keys whose bands are not floored (signed quantities). */
  signed?: string[];
  /** Extra values for a row at round t (e.g. a reference rate), given the row so far. */
  extra?(t: number, row: MetricRow): Record<string, number>;
  /** A frame at round t (called at the checkpoints listed in frameAt). */
  frame?(t: number, runs: SeedRun[]): Frame;
  frameAt?: number[];
}

/** A Sim whose step is one round of every seed's run, emitting seed-averaged rows with bands. */
export function createSeedSim(o: SeedSimOptions): Sim {
  const runs = Array.from({ length: o.seeds }, (_, i) => o.makeRun(o.rng.fork(`seed${i}`), i));
  const checkpoints = new Set(o.checkpoints ?? logCheckpoints(o.rounds, 120));
  const frameAt = new Set(o.frameAt ?? []);
  const floor = o.floor ?? 1e-3;
  let t = 0;
  return {
    totalSteps: o.rounds,
    step(n: number): StepResult {
      const rows: MetricRow[] = [];
      let frame: Frame | undefined;
      for (let i = 0; i < n && t < o.rounds; i++) {
        t++;
        for (const r of runs) r.advance(t);
        if (checkpoints.has(t) || frameAt.has(t)) {
          const reads = runs.map((r) => r.read());
          if (checkpoints.has(t)) {
            const row: MetricRow = { step: t };
            for (const k of o.keys) {
              const b = band(
                reads.map((m) => m[k]),
                o.signed?.includes(k) ? undefined : floor,
              );
              row[k] = b.mean;
              row[`${k}Lo`] = b.lo;
              row[`${k}Hi`] = b.hi;
            }
            if (o.extra) Object.assign(row, o.extra(t, row));
            rows.push(row);
          }
          if (o.frame && frameAt.has(t)) frame = o.frame(t, runs);
        }
      }
      return frame ? { rows, frame } : { rows };
    },
    dispose() {},
  };
}

/** A Sim whose step is one whole point of a sweep; `point(i)` returns that point's row and, optionally, a frame. */
export function createSweepSim(count: number, point: (i: number) => { row: MetricRow; frame?: Frame }): Sim {
  let i = 0;
  return {
    totalSteps: count,
    step(n: number): StepResult {
      const rows: MetricRow[] = [];
      let frame: Frame | undefined;
      for (let j = 0; j < n && i < count; j++) {
        const out = point(i++);
        rows.push(out.row);
        if (out.frame) frame = out.frame;
      }
      return frame ? { rows, frame } : { rows };
    },
    dispose() {},
  };
}
