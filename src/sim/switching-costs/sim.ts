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
 */
import type { SimEnv, Sim, MetricRow } from '../runtime/types';
import type { Rng } from '../runtime/rng';
import { armEnv, band, createSweepSim, hedge, logSpace } from '../shared/online';
import { params, type SwitchingParams } from './params';

export { params };
export const usesTf = false;

/** Number of budgets in the sweep. */
export const POINTS = 13;
/** Gaps the adversary chooses from (the worst one is reported). */
export const GAPS = logSpace(0.02, 0.4, 5);

/** Block boundaries: block j covers rounds [edges[j], edges[j+1]). */
function blockEdges(T: number, M: number): Int32Array {
  const e = new Int32Array(M + 1);
  for (let j = 0; j <= M; j++) e[j] = Math.round((j * T) / M);
  return e;
}

/** All losses of one run, T × K, generated once and shared by both learners. */
function lossTable(T: number, K: number, gap: number, rng: Rng): Float64Array {
  const env = armEnv('adversarial', K, rng, { gap });
  const L = new Float64Array(T * K);
  for (let t = 0; t < T; t++) L.set(env.next(), t * K);
  return L;
}

/** Regret (losses + switches − best fixed action) of a played sequence. */
function regretOf(L: Float64Array, T: number, K: number, played: Int32Array): number {
  const tot = new Float64Array(K);
  let loss = 0,
    switches = 0;
  for (let t = 0; t < T; t++) {
    for (let a = 0; a < K; a++) tot[a] += L[t * K + a];
    loss += L[t * K + played[t]];
    if (t > 0 && played[t] !== played[t - 1]) switches++;
  }
  return loss + switches - Math.min(...tot);
}

/** Full-information blocks with lazy Hedge; M blocks. Returns the action of every round. */
export function fullInfoBlocks(L: Float64Array, T: number, K: number, M: number, rng: Rng): Int32Array {
  const edges = blockEdges(T, M);
  const cum = new Float64Array(K);
  const played = new Int32Array(T);
  const tau = T / M;
  const eta = Math.sqrt((2 * Math.log(K)) / M) / tau;
  let p = hedge(cum, eta);
  let cur = rng.categorical(p);
  for (let j = 0; j < M; j++) {
    for (let t = edges[j]; t < edges[j + 1]; t++) played[t] = cur;
    const len = edges[j + 1] - edges[j];
    if (len === 0) continue;
    const s = edges[j] + rng.int(len);
    for (let a = 0; a < K; a++) cum[a] += len * L[s * K + a];
    const q = hedge(cum, eta);
    // Shrinking dartboard: keep the action with probability q/p (≤ 1 as losses are ≥ 0), else redraw from q.
    if (rng.next() >= q[cur] / p[cur]) cur = rng.categorical(q);
    p = q;
  }
  return played;
}

/**
 * Batched EXP3 over M blocks. `exact`: the played action's whole block loss is seen (free bandit
 * feedback); otherwise one round of it is observed and scaled by the block length.
 */
export function banditBlocks(L: Float64Array, T: number, K: number, M: number, exact: boolean, rng: Rng): Int32Array {
  const edges = blockEdges(T, M);
  const cum = new Float64Array(K);
  const played = new Int32Array(T);
  const tau = T / M;
  const eta = Math.sqrt((2 * Math.log(K)) / (M * K)) / tau;
  for (let j = 0; j < M; j++) {
    const p = hedge(cum, eta);
    const x = rng.categorical(p);
    let blockLoss = 0;
    for (let t = edges[j]; t < edges[j + 1]; t++) {
      played[t] = x;
      blockLoss += L[t * K + x];
    }
    const len = edges[j + 1] - edges[j];
    if (len === 0) continue;
    const seen = exact ? blockLoss : len * L[(edges[j] + rng.int(len)) * K + x];
    cum[x] += seen / p[x];
  }
  return played;
}

export function createSim(p: SwitchingParams, env: SimEnv): Sim {
  const { T, K } = p;
  const budgets = logSpace(10, T, POINTS).map(Math.round);
  const t23 = Math.round(T ** (2 / 3));
  const phaseIndex = budgets.reduce(
    (b, B, i) => (Math.abs(Math.log(B / t23)) < Math.abs(Math.log(budgets[b] / t23)) ? i : b),
    0,
  );
  // The loss sequence depends on (gap, seed) only, so every budget faces the same adversaries.
  const tables: Float64Array[][] = GAPS.map(() => []);
  const table = (g: number, s: number) => (tables[g][s] ??= lossTable(T, K, GAPS[g], env.rng.fork(`world${g}:${s}`)));
  return createSweepSim(POINTS, (i) => {
    const B = budgets[i];
    const mFull = Math.max(1, Math.min(T, Math.floor(B / K)));
    const mBandit = p.setting === 'extras' ? t23 : Math.max(1, Math.min(B, t23));
    let worstFull = { mean: -Infinity, lo: 0, hi: 0 };
    let worstBandit = { mean: -Infinity, lo: 0, hi: 0 };
    GAPS.forEach((_, g) => {
      const full = new Float64Array(p.seeds);
      const bandit = new Float64Array(p.seeds);
      for (let s = 0; s < p.seeds; s++) {
        const L = table(g, s);
        const rng = env.rng.fork(`learn${i}:${g}:${s}`);
        full[s] = regretOf(L, T, K, fullInfoBlocks(L, T, K, mFull, rng));
        bandit[s] = regretOf(L, T, K, banditBlocks(L, T, K, mBandit, p.setting === 'extras', rng));
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
