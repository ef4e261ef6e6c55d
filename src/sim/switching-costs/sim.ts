/**
 * Online learning with switching costs under an observation budget (Cheng, Zhou and Ji, ICML 2023).
 *
 * Every point of the sweep is a budget B. Two batched learners spend it differently:
 *  - full-information batches: cut T into M = B/K blocks; in one random round per block observe
 *    all K losses (K observations), scale it by the block length into an unbiased block-loss
 *    estimate, and run lazy Hedge (the shrinking dartboard, which switches only when it must) over
 *    blocks. Regret ≈ T·√(K log K / B): the T/√B rate at every budget.
 *  - bandit batches: batched EXP3 over M blocks, learning only from the action it plays. In the
 *    'extras' model that is the free bandit feedback and M = T^(2/3) whatever B is, so extra
 *    observations are never used; in the 'total' model each block costs one observation, so
 *    M = min(B, T^(2/3)): it tracks T/√B while B ≤ T^(2/3), then stalls because more blocks would
 *    cost more switches than they save.
 * The environment is Dekel et al.'s kind of adversary: a common level that wanders as a random walk
 * (so losses seen in different rounds cannot be compared) plus one better action by a gap ε. The
 * regret of a point is the worst, over a grid of gaps, of the mean over seeds (a minimax stand-in).
 *
 * Cost: the first point already needs every seed's whole loss sequence (~10⁶ random numbers), so
 * that is what must be cheap: a slider restarts the run and should redraw within ~100 ms. Hence
 * (1) each seed's walk and noise are drawn once and shared by all gaps (common random numbers: 5×
 * fewer draws, and the gaps are compared on the same draws), from a fast local stream seeded by
 * the core's Rng; (2) losses are kept as prefix sums per action, so a learner costs O(blocks · K)
 * instead of O(T · K) and the later points are cheap too; (3) nothing is built in createSim.
 */
import type { SimEnv, Sim, MetricRow } from '../runtime/types';
import type { Rng } from '../runtime/rng';
import { band, clip01, createSweepSim, logSpace } from '../shared/online';
import { params, type SwitchingParams } from './params';

export { params };
export const usesTf = false;

/** Number of budgets in the sweep. */
export const POINTS = 13;
/** Gaps the adversary chooses from (the worst one is reported). */
export const GAPS = logSpace(0.02, 0.4, 5);
/** Standard deviation of the common level's random-walk step, and the width of each action's uniform noise. */
const WALK = 0.02;
const NOISE = 0.1;

/** The losses of one (seed, gap) world, read through per-action prefix sums. */
export interface Losses {
  T: number;
  K: number;
  /** Loss of action a summed over rounds [t0, t1). */
  sum(a: number, t0: number, t1: number): number;
}

/**
 * Fills u with uniforms in [0, 1) from mulberry32, seeded by the core's Rng (so runs stay
 * deterministic by seed). The first point needs every seed's whole loss sequence, about 10⁶
 * uniforms, and a call to Rng.next() costs several times a step of this inlined loop: it was most
 * of the first point's time.
 */
function fillUniforms(u: Float64Array, rng: Rng): void {
  let s = (rng.next() * 4294967296) | 0;
  for (let i = 0; i < u.length; i++) {
    s = (s + 0x6d2b79f5) | 0;
    let z = Math.imul(s ^ (s >>> 15), s | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    u[i] = ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  }
}

/**
 * One seed's adversary, as a world per gap: the level walks in [0.2, 0.8] (uniform steps of
 * standard deviation WALK), every action's loss is the level plus its own uniform noise, and the
 * (hidden, fixed) best action's is lower by the gap. Only the best action's losses depend on the
 * gap, so the worlds share the other actions' prefix sums. `scratch` (T·(K+1) numbers) is reused
 * across seeds: fresh memory is a good part of the cost.
 */
export function adversary(T: number, K: number, rng: Rng, scratch = new Float64Array(T * (K + 1))): Losses[] {
  const best = rng.int(K);
  fillUniforms(scratch, rng);
  // Columns of T + 1 prefix sums (column c at c·(T+1)): one per action a ≠ best, then one per gap
  // for the best action.
  const col = (a: number, g: number) => (a === best ? K - 1 + g : a < best ? a : a - 1) * (T + 1);
  const P = new Float64Array((K - 1 + GAPS.length) * (T + 1));
  fillPrefixSums(
    T,
    K,
    scratch,
    P,
    Int32Array.from({ length: K }, (_, a) => col(a, 0)),
    Int32Array.from(GAPS, (_, g) => col(best, g)),
    best,
  );
  return GAPS.map((_, g) => {
    const start = Int32Array.from({ length: K }, (_, a) => col(a, g));
    return { T, K, sum: (a, t0, t1) => P[start[a] + t1] - P[start[a] + t0] };
  });
}

/** The hot loop of adversary(), alone in a function so that it is optimised as a whole. */
function fillPrefixSums(
  T: number,
  K: number,
  u: Float64Array, // per round: the walk step, then one noise per action
  P: Float64Array,
  start: Int32Array, // column of each action a ≠ best
  bestStart: Int32Array, // column of the best action at each gap
  best: number,
): void {
  const gaps = Float64Array.from(GAPS);
  const stepScale = Math.sqrt(12) * WALK; // a uniform on ±√3·WALK has standard deviation WALK
  let level = 0.5;
  for (let t = 0, i = 0; t < T; t++) {
    level = Math.min(0.8, Math.max(0.2, level + stepScale * (u[i++] - 0.5)));
    for (let a = 0; a < K; a++) {
      const x = level + NOISE * (u[i++] - 0.5);
      if (a === best) {
        for (let g = 0; g < gaps.length; g++) {
          const c = bestStart[g] + t;
          P[c + 1] = P[c] + clip01(x - gaps[g]);
        }
      } else {
        const c = start[a] + t;
        P[c + 1] = P[c] + clip01(x);
      }
    }
  }
}

/**
 * p ∝ exp(−η·cum): the shared harness's hedge(), but written into `p`, because the learners call it
 * once per block (10⁵ times per point) and the allocations were a good part of a point's cost.
 */
function hedgeInto(cum: Float64Array, eta: number, p: Float64Array): Float64Array {
  let m = Infinity;
  for (let a = 0; a < cum.length; a++) m = Math.min(m, cum[a]);
  let z = 0;
  for (let a = 0; a < cum.length; a++) z += p[a] = Math.exp(-eta * (cum[a] - m));
  for (let a = 0; a < cum.length; a++) p[a] /= z;
  return p;
}

/** Block boundaries: block j covers rounds [edges[j], edges[j+1]). */
function blockEdges(T: number, M: number): Int32Array {
  const e = new Int32Array(M + 1);
  for (let j = 0; j <= M; j++) e[j] = Math.round((j * T) / M);
  return e;
}

/** Regret (losses + switches − best fixed action) of playing plays[j] throughout block j. */
export function regretOf(w: Losses, edges: Int32Array, plays: Int32Array): number {
  let loss = 0,
    switches = 0,
    prev = -1;
  for (let j = 0; j < plays.length; j++) {
    if (edges[j + 1] === edges[j]) continue;
    loss += w.sum(plays[j], edges[j], edges[j + 1]);
    if (prev >= 0 && plays[j] !== prev) switches++;
    prev = plays[j];
  }
  let bestTotal = Infinity;
  for (let a = 0; a < w.K; a++) bestTotal = Math.min(bestTotal, w.sum(a, 0, w.T));
  return loss + switches - bestTotal;
}

/** Full-information blocks with lazy Hedge over the given blocks. Returns the action of every block. */
export function fullInfoBlocks(w: Losses, edges: Int32Array, rng: Rng): Int32Array {
  const { T, K } = w;
  const M = edges.length - 1;
  const cum = new Float64Array(K);
  const plays = new Int32Array(M);
  const tau = T / M;
  const eta = Math.sqrt((2 * Math.log(K)) / M) / tau;
  let p: Float64Array = hedgeInto(cum, eta, new Float64Array(K));
  let q: Float64Array = new Float64Array(K);
  let cur = rng.categorical(p);
  for (let j = 0; j < M; j++) {
    plays[j] = cur;
    const len = edges[j + 1] - edges[j];
    if (len === 0) continue;
    const s = edges[j] + rng.int(len);
    for (let a = 0; a < K; a++) cum[a] += len * w.sum(a, s, s + 1);
    hedgeInto(cum, eta, q);
    // Shrinking dartboard: keep the action with probability q/p (≤ 1 as losses are ≥ 0), else redraw from q.
    if (rng.next() >= q[cur] / p[cur]) cur = rng.categorical(q);
    [p, q] = [q, p];
  }
  return plays;
}

/**
 * Batched EXP3 over the given blocks. `exact`: the played action's whole block loss is seen (free
 * bandit feedback); otherwise one round of it is observed and scaled by the block length.
 */
export function banditBlocks(w: Losses, edges: Int32Array, exact: boolean, rng: Rng): Int32Array {
  const { T, K } = w;
  const M = edges.length - 1;
  const cum = new Float64Array(K);
  const plays = new Int32Array(M);
  const tau = T / M;
  const eta = Math.sqrt((2 * Math.log(K)) / (M * K)) / tau;
  const p = new Float64Array(K);
  for (let j = 0; j < M; j++) {
    hedgeInto(cum, eta, p);
    const x = (plays[j] = rng.categorical(p));
    const len = edges[j + 1] - edges[j];
    if (len === 0) continue;
    let seen;
    if (exact) seen = w.sum(x, edges[j], edges[j + 1]);
    else {
      const s = edges[j] + rng.int(len);
      seen = len * w.sum(x, s, s + 1);
    }
    cum[x] += seen / p[x];
  }
  return plays;
}

export function createSim(p: SwitchingParams, env: SimEnv): Sim {
  const { T, K } = p;
  const budgets = logSpace(10, T, POINTS).map(Math.round);
  const t23 = Math.round(T ** (2 / 3));
  const phaseIndex = budgets.reduce(
    (b, B, i) => (Math.abs(Math.log(B / t23)) < Math.abs(Math.log(budgets[b] / t23)) ? i : b),
    0,
  );
  // Lazy: createSim must return at once so a slider answers; the first point builds the worlds.
  // The loss sequences depend on the seed only, so every budget faces the same adversaries.
  let worlds: Losses[][] | undefined; // worlds[s][g]
  return createSweepSim(POINTS, (i) => {
    if (!worlds) {
      const scratch = new Float64Array(T * (K + 1));
      worlds = Array.from({ length: p.seeds }, (_, s) => adversary(T, K, env.rng.fork(`world${s}`), scratch));
    }
    const B = budgets[i];
    const fullEdges = blockEdges(T, Math.max(1, Math.min(T, Math.floor(B / K))));
    const banditEdges = blockEdges(T, p.setting === 'extras' ? t23 : Math.max(1, Math.min(B, t23)));
    let worstFull = { mean: -Infinity, lo: 0, hi: 0 };
    let worstBandit = { mean: -Infinity, lo: 0, hi: 0 };
    GAPS.forEach((_, g) => {
      const full = new Float64Array(p.seeds);
      const bandit = new Float64Array(p.seeds);
      for (let s = 0; s < p.seeds; s++) {
        const w = worlds![s][g];
        const rng = env.rng.fork(`learn${i}:${g}:${s}`);
        full[s] = regretOf(w, fullEdges, fullInfoBlocks(w, fullEdges, rng));
        bandit[s] = regretOf(w, banditEdges, banditBlocks(w, banditEdges, p.setting === 'extras', rng));
      }
      const bf = band(full, 1),
        bb = band(bandit, 1);
      if (bf.mean > worstFull.mean) worstFull = bf;
      if (bb.mean > worstBandit.mean) worstBandit = bb;
    });
    const row: MetricRow = {
      step: i + 1,
      budget: B,
      full: worstFull.mean,
      fullLo: worstFull.lo,
      fullHi: worstFull.hi,
      bandit: worstBandit.mean,
      banditLo: worstBandit.lo,
      banditHi: worstBandit.hi,
      best: Math.min(worstFull.mean, worstBandit.mean),
      t23: T ** (2 / 3),
      tOverRootB: T / Math.sqrt(B),
    };
    if (i === phaseIndex) row.phase = 1;
    return { row };
  });
}

/** Reached once the sweep passes the phase transition by a factor of ten in budget. */
export function reached(rows: MetricRow[]): boolean {
  const last = rows[rows.length - 1];
  return (
    !!last &&
    rows.some((r) => r.phase === 1) &&
    last.budget >= 10 * (rows.find((r) => r.phase === 1)?.budget ?? Infinity)
  );
}
