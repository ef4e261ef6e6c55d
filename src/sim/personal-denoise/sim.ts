/**
 * Personalised denoising of implicit feedback (PLD; Zhang et al., WWW 2025) on the shared world
 * (`../shared/recsys`): users click relevant items, and each user adds accidental clicks on
 * irrelevant ones at a personal rate. Three BPR matrix-factorisation models train side by side:
 *  - standard BPR: the positive of each update is drawn uniformly from the user's interactions;
 *  - global truncation: in each batch (one positive per user), the `drop` share with the largest
 *    loss on one global scale is skipped;
 *  - PLD: the positive is resampled from a pool of `pool` of the user's interactions with
 *    probability ∝ exp(−ℓ/τ), so losses are compared only within the user.
 * Scored on the truth: Recall@10 of held-out genuine clicks. The loss histograms show why a
 * global threshold fails: clean and noisy losses overlap globally but separate within each user.
 */
import { defaultsOf, type ParamValues } from '../runtime/params';
import type { Frame, MetricRow, Sim, SimEnv, SimModule } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import { binLabels, histogram } from '../shared/embedding';
import { bprLoss, bprStep, createMF, makeRecWorld, mfScores, recallAtK, type MF } from '../shared/recsys';
import { params } from './params';

export { params };
export const usesTf = false;
export type Params = ParamValues<typeof params>;

export const TOTAL_STEPS = 200;
export const EVAL_EVERY = 10;
export const FRAME_EVERY = 20;
const NEG_PROBES = 8;
const HIST_BINS = 16;
export const tune = { users: 300, items: 100, updates: 2, lr: 0.05, l2: 0.02, dim: 8, sharp: 5, bias: -2.5, noiseSpread: 0.3, expo: 0 };

/** AUC of separating noisy (higher loss) from clean interactions: P(ℓ_noisy > ℓ_clean). */
export function auc(clean: number[], noisy: number[]): number {
  if (clean.length === 0 || noisy.length === 0) return NaN;
  let wins = 0;
  for (const a of noisy) for (const b of clean) wins += a > b ? 1 : a === b ? 0.5 : 0;
  return wins / (clean.length * noisy.length);
}

export function createSim(p: Params, env: SimEnv): Sim {
  const w = makeRecWorld(env.rng.fork('world'), {
    users: tune.users,
    items: tune.items,
    rank: 4,
    skew: 0.5,
    exposureBias: tune.expo,
    sharpness: tune.sharp,
    sharpSpread: p.spread,
    bias: tune.bias,
    noise: p.noise,
    noiseSpread: tune.noiseSpread,
  });
  const U = w.users;
  const I = w.items;
  // Hold out 25% of each user's genuine clicks as the test set (clean truth); train on the rest + noise.
  const split = env.rng.fork('split');
  const train = new Uint8Array(U * I);
  const test = new Uint8Array(U * I);
  const positives: number[][] = [];
  const negatives: number[][] = [];
  for (let u = 0; u < U; u++) {
    const pos: number[] = [];
    const neg: number[] = [];
    for (let i = 0; i < I; i++) {
      const j = u * I + i;
      if (w.clicks[j] && split.next() < 0.25) test[j] = 1;
      else if (w.observed[j]) {
        train[j] = 1;
        pos.push(i);
      } else neg.push(i);
    }
    if (pos.length === 0) {
      const i = neg.pop()!;
      train[u * I + i] = 1;
      pos.push(i);
    }
    positives.push(pos);
    negatives.push(neg);
  }
  // Fixed negative probes per user: an interaction's loss is its mean BPR loss against them.
  const probeRng = env.rng.fork('probes');
  const probes = negatives.map((neg) => Array.from({ length: NEG_PROBES }, () => neg[probeRng.int(neg.length)]));
  const keys = ['bpr', 'trunc', 'pld'] as const;
  type Key = (typeof keys)[number];
  const init = env.rng.fork('init');
  const models: Record<Key, MF> = {
    bpr: createMF(init.fork('bpr'), U, I, tune.dim),
    trunc: createMF(init.fork('trunc'), U, I, tune.dim),
    pld: createMF(init.fork('pld'), U, I, tune.dim),
  };
  const rngs = { bpr: env.rng.fork('s-bpr'), trunc: env.rng.fork('s-trunc'), pld: env.rng.fork('s-pld') };
  const noisyPicked: Record<Key, number> = { bpr: 0, trunc: 0, pld: 0 };
  const picked: Record<Key, number> = { bpr: 0, trunc: 0, pld: 0 };
  let done = 0;
  let stopped = false;
  const { lr, l2 } = tune;

  const negOf = (u: number, r: typeof rngs.bpr) => negatives[u][r.int(negatives[u].length)];
  const count = (k: Key, u: number, i: number) => {
    picked[k]++;
    noisyPicked[k] += w.noisy[u * I + i];
  };

  const trainStep = () => {
    for (let rep = 0; rep < tune.updates; rep++) {
      // Standard BPR.
      const rb = rngs.bpr;
      for (let u = 0; u < U; u++) {
        const i = positives[u][rb.int(positives[u].length)];
        count('bpr', u, i);
        bprStep(models.bpr, u, i, negOf(u, rb), lr, l2);
      }
      // Global truncation: one positive per user; skip the `drop` share with the largest loss.
      const rt = rngs.trunc;
      const batch = Array.from({ length: U }, (_, u) => {
        const i = positives[u][rt.int(positives[u].length)];
        const n = negOf(u, rt);
        return { u, i, n, loss: bprLoss(models.trunc, u, i, n) };
      });
      const keep = Math.round(U * (1 - p.drop));
      batch.sort((a, b) => a.loss - b.loss || a.u - b.u);
      for (let k = 0; k < keep; k++) {
        const t = batch[k];
        count('trunc', t.u, t.i);
        bprStep(models.trunc, t.u, t.i, t.n, lr, l2);
      }
      // PLD: resample the positive from a per-user candidate pool by its loss.
      const rp = rngs.pld;
      const weights = new Float64Array(p.pool);
      const losses = new Float64Array(p.pool);
      const pool = new Int32Array(p.pool);
      for (let u = 0; u < U; u++) {
        const n = negOf(u, rp);
        let min = Infinity;
        for (let k = 0; k < p.pool; k++) {
          pool[k] = positives[u][rp.int(positives[u].length)];
          losses[k] = bprLoss(models.pld, u, pool[k], n);
          min = Math.min(min, losses[k]);
        }
        for (let k = 0; k < p.pool; k++) weights[k] = Math.exp(-(losses[k] - min) / p.tau);
        const i = pool[rp.categorical(weights)];
        count('pld', u, i);
        bprStep(models.pld, u, i, n, lr, l2);
      }
    }
  };

  /** Loss of every training interaction of model m, split clean/noisy, globally and centred per user. */
  const lossStats = (m: MF) => {
    const gClean: number[] = [];
    const gNoisy: number[] = [];
    const cClean: number[] = [];
    const cNoisy: number[] = [];
    let aucSum = 0;
    let aucUsers = 0;
    for (let u = 0; u < U; u++) {
      const ls = positives[u].map((i) => {
        let s = 0;
        for (const n of probes[u]) s += bprLoss(m, u, i, n);
        return s / NEG_PROBES;
      });
      const mean = ls.reduce((a, b) => a + b, 0) / ls.length;
      const uc: number[] = [];
      const un: number[] = [];
      positives[u].forEach((i, k) => {
        const noisy = w.noisy[u * I + i] === 1;
        (noisy ? gNoisy : gClean).push(ls[k]);
        (noisy ? cNoisy : cClean).push(ls[k] - mean);
        (noisy ? un : uc).push(ls[k]);
      });
      if (uc.length > 0 && un.length > 0) {
        aucSum += auc(uc, un);
        aucUsers++;
      }
    }
    return { gClean, gNoisy, cClean, cNoisy, globalAuc: auc(gClean, gNoisy), personalAuc: aucSum / Math.max(aucUsers, 1) };
  };

  const evaluate = (rows: MetricRow[], wantFrame: boolean): Frame | undefined => {
    const row: MetricRow = { step: done };
    for (const k of keys) row[k] = recallAtK(mfScores(models[k]), test, U, I, 10, train);
    for (const k of keys) row[`${k}Noise`] = picked[k] > 0 ? noisyPicked[k] / picked[k] : 0;
    const st = lossStats(models.bpr);
    row.globalAuc = st.globalAuc;
    row.personalAuc = st.personalAuc;
    for (const k of keys) {
      picked[k] = 0;
      noisyPicked[k] = 0;
    }
    if (!Object.values(row).every(Number.isFinite)) {
      rows.push({ step: done, [DIVERGED]: 1 });
      stopped = true;
      return undefined;
    }
    rows.push(row);
    if (!wantFrame) return undefined;
    const gHi = 3;
    return {
      global: {
        kind: 'bars',
        labels: binLabels(0, gHi, HIST_BINS, 2),
        series: [
          { label: 'genuine clicks', values: histogram(st.gClean, 0, gHi, HIST_BINS) },
          { label: 'accidental clicks', values: histogram(st.gNoisy, 0, gHi, HIST_BINS) },
        ],
      },
      personal: {
        kind: 'bars',
        labels: binLabels(-1.5, 1.5, HIST_BINS, 2),
        series: [
          { label: 'genuine clicks', values: histogram(st.cClean, -1.5, 1.5, HIST_BINS) },
          { label: 'accidental clicks', values: histogram(st.cNoisy, -1.5, 1.5, HIST_BINS) },
        ],
      },
    };
  };

  return {
    totalSteps: TOTAL_STEPS,
    step(n: number) {
      const rows: MetricRow[] = [];
      let frame: Frame | undefined;
      if (stopped) return { rows };
      if (done === 0 && n > 0) frame = evaluate(rows, true);
      for (let s = 0; s < n && done < TOTAL_STEPS && !stopped; s++) {
        trainStep();
        done += 1;
        if (done % EVAL_EVERY === 0) frame = evaluate(rows, done % FRAME_EVERY === 0 || done === TOTAL_STEPS) ?? frame;
      }
      return frame ? { rows, frame } : { rows };
    },
    dispose() {},
  };
}

/** PLD leads standard BPR on Recall@10 of genuine held-out clicks by ≥ 0.01 over the last 50 steps. */
export function reached(rows: MetricRow[]): boolean {
  const ok = rows.filter((r) => Number.isFinite(r.pld));
  const last = ok[ok.length - 1];
  if (!last || last.step < 100) return false;
  return ok.filter((r) => r.step > last.step - 50).every((r) => r.pld - r.bpr > 0.01);
}

export const defaults = defaultsOf(params);

({ params, usesTf, createSim, reached }) satisfies SimModule<typeof params>;
