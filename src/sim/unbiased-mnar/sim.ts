/**
 * Unbiased recommender learning from MNAR implicit feedback (Saito et al., WSDM 2020), on the
 * shared synthetic world (`../shared/recsys`): clicks Y = O·R with exposure O following item
 * popularity. Three logistic matrix-factorisation models train side by side on the same clicks:
 *  - naive: every click is relevant, every non-click irrelevant (w1 = Y, w0 = 1 − Y);
 *  - IPS (Eq. 2, clipped): w1 = Y / max(θ, M), w0 = 1 − Y / max(θ, M);
 *  - ideal (Eq. 1, a reference no real system has): trained on the relevance draw R itself.
 * Every model is scored against the known truth γ: nDCG@5 of its ranking on the true relevance.
 */
import { defaultsOf, type ParamValues } from '../runtime/params';
import type { Frame, MetricRow, Sim, SimEnv, SimModule } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import {
  createMF,
  idealDcg,
  makeRecWorld,
  mfSquareStep,
  mfScores,
  ndcgAtK,
  popularityBins,
  type RecWorld,
} from '../shared/recsys';
import { params } from './params';

export { params };
export const usesTf = false;
export type Params = ParamValues<typeof params>;

export const USERS = 160;
export const ITEMS = 80;
export const TOTAL_STEPS = 200;
export const EVAL_EVERY = 10;
export const FRAME_EVERY = 25;
const LR = 0.5;
const L2 = 0.01;
const BINS = 5;
const binNames = ['rarest 20%', '20–40%', '40–60%', '60–80%', 'most popular 20%'];

export function makeWorld(env: SimEnv, popBias: number): RecWorld {
  return makeRecWorld(env.rng.fork('world'), {
    users: USERS,
    items: ITEMS,
    rank: 4,
    skew: 1,
    exposureBias: popBias,
    sharpness: 3,
    bias: -1.5,
  });
}

/** The propensities the IPS loss divides by: true θ^η, or the paper-style popularity estimate. */
export function usedPropensity(w: RecWorld, kind: 'true' | 'popularity'): Float64Array {
  if (kind === 'true') return w.propensity.slice();
  const count = new Float64Array(w.items);
  for (let u = 0; u < w.users; u++) for (let i = 0; i < w.items; i++) count[i] += w.clicks[u * w.items + i];
  let max = 0;
  for (const c of count) max = Math.max(max, c);
  return Float64Array.from(count, (c) => Math.max(Math.sqrt(c / (max || 1)), 1e-3));
}

export function createSim(p: Params, env: SimEnv): Sim {
  const w = makeWorld(env, p.popBias);
  const U = w.users;
  const I = w.items;
  const theta = usedPropensity(w, p.propensity as 'true' | 'popularity');
  const n = U * I;
  // Regression targets: the weight on "relevant" in each loss (the weight on "not relevant" is 1 − it).
  const target = { naive: new Float64Array(n), ips: new Float64Array(n), ideal: new Float64Array(n) };
  for (let u = 0; u < U; u++) {
    for (let i = 0; i < I; i++) {
      const j = u * I + i;
      const y = w.clicks[j];
      target.naive[j] = y;
      target.ips[j] = y / Math.max(theta[i], p.clip);
      target.ideal[j] = w.rel[j];
    }
  }
  const init = env.rng.fork('init');
  const models = {
    naive: createMF(init.fork('naive'), U, I, p.dim),
    ips: createMF(init.fork('ips'), U, I, p.dim),
    ideal: createMF(init.fork('ideal'), U, I, p.dim),
  };
  const bins = popularityBins(w.popularity, BINS);
  const keys = ['naive', 'ips', 'ideal'] as const;
  let done = 0;
  let stopped = false;

  const binMeans = (values: ArrayLike<number>, transform: (v: number) => number) => {
    const sum = new Float64Array(BINS);
    const cnt = new Float64Array(BINS);
    for (let u = 0; u < U; u++)
      for (let i = 0; i < I; i++) {
        sum[bins[i]] += transform(values[u * I + i]);
        cnt[bins[i]]++;
      }
    return Float32Array.from(sum, (s, b) => s / cnt[b]);
  };
  const truthBars = binMeans(w.relevance, (v) => v);
  // Tail: nDCG@5 when ranking only the rarest 40% of items.
  const notTail = new Uint8Array(n);
  for (let u = 0; u < U; u++) for (let i = 0; i < I; i++) notTail[u * I + i] = bins[i] >= 2 ? 1 : 0;
  const idealAll = idealDcg(w.relevance, U, I, 5);
  const idealTail = idealDcg(w.relevance, U, I, 5, notTail);

  const evaluate = (rows: MetricRow[], frameWanted: boolean): Frame | undefined => {
    const scores = { naive: mfScores(models.naive), ips: mfScores(models.ips), ideal: mfScores(models.ideal) };
    const row: MetricRow = { step: done };
    for (const k of keys) row[k] = ndcgAtK(scores[k], w.relevance, U, I, 5, undefined, idealAll);
    row.naiveTail = ndcgAtK(scores.naive, w.relevance, U, I, 5, notTail, idealTail);
    row.ipsTail = ndcgAtK(scores.ips, w.relevance, U, I, 5, notTail, idealTail);
    // How much of each model's predicted relevance is popularity: most-popular minus rarest bin.
    const nb = binMeans(scores.naive, (v) => v);
    const ib = binMeans(scores.ips, (v) => v);
    row.naivePopRatio = nb[BINS - 1] / Math.max(nb[0], 1e-3);
    row.ipsPopRatio = ib[BINS - 1] / Math.max(ib[0], 1e-3);
    row.truePopRatio = truthBars[BINS - 1] / truthBars[0];
    rows.push(row);
    if (!frameWanted) return undefined;
    return {
      bias: {
        kind: 'bars',
        labels: binNames,
        series: [
          { label: 'true relevance γ', values: truthBars },
          { label: 'naive model', values: nb },
          { label: 'IPS model', values: ib },
        ],
      },
    };
  };

  return {
    totalSteps: TOTAL_STEPS,
    step(count: number) {
      const rows: MetricRow[] = [];
      let frame: Frame | undefined;
      if (stopped) return { rows };
      if (done === 0 && count > 0) frame = evaluate(rows, true);
      for (let s = 0; s < count && done < TOTAL_STEPS; s++) {
        let bad = false;
        for (const k of keys) {
          const loss = mfSquareStep(models[k], target[k], LR, L2);
          if (!Number.isFinite(loss)) bad = true;
        }
        done += 1;
        if (bad) {
          rows.push({ step: done, [DIVERGED]: 1 });
          stopped = true;
          break;
        }
        if (done % EVAL_EVERY === 0) frame = evaluate(rows, done % FRAME_EVERY === 0 || done === TOTAL_STEPS) ?? frame;
      }
      return frame ? { rows, frame } : { rows };
    },
    dispose() {},
  };
}

/** IPS has stayed ahead of the naive loss on the true relevance by at least 0.02 nDCG for 50 steps. */
export function reached(rows: MetricRow[]): boolean {
  const ok = rows.filter((r) => Number.isFinite(r.ips));
  const last = ok[ok.length - 1];
  if (!last || last.step < 100) return false;
  return ok.filter((r) => r.step > last.step - 50).every((r) => r.ips - r.naive > 0.02);
}

export const defaults = defaultsOf(params);

({ params, usesTf, createSim, reached }) satisfies SimModule<typeof params>;
