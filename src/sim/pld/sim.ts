/**
 * Personalized denoising of implicit feedback (PLD; Zhang et al., WWW 2025) on a synthetic world
 * with a known truth. 300 users, 200 items in 8 clusters of 25. A focused user likes one cluster,
 * a broad user likes `breadth` clusters; each clicks some of the items it likes (genuine clicks)
 * plus a share `noise` of accidental clicks on items from clusters it does not like. Every click is
 * labelled clean or noisy, so the figure can score what each denoising rule would train on.
 *
 * Three rank-8 matrix-factorisation models train with BPR and uniformly sampled negatives:
 *  - standard BPR on every click;
 *  - global truncation: in each batch of 100 clicks, train only on the `keep` share with the
 *    smallest loss (ramped in over the first epochs, as in truncated-loss denoising);
 *  - PLD: for each click in the batch, draw a pool of k clicks of the same user, compute their
 *    BPR losses against one shared negative and train on one drawn with softmax(−loss/τ), Eq. (1).
 *
 * The diagnostics are measured on the standard BPR model: how well a click's loss separates noisy
 * from clean clicks across all users (global AUC) and within each user (mean per-user AUC), and the
 * share of noisy clicks among those each selection rule would pick from the same model's losses.
 */
import { defaultsOf, type ParamValues } from '../runtime/params';
import type { Rng } from '../runtime/rng';
import type { Frame, MetricRow, Sim, SimEnv, SimModule } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import { bprStep, createMF, mfScore, mfScores, topK, type MF } from '../shared/recsys';
import { binLabels, histogram } from '../shared/embedding';
import { params } from './params';

export { params };
export const usesTf = false;
export type Params = ParamValues<typeof params>;

export const USERS = 300;
export const CLUSTERS = 8;
export const PER_CLUSTER = 25;
export const ITEMS = CLUSTERS * PER_CLUSTER;
export const DIM = 8;
export const EPOCHS = 30;
export const BATCH = 100;
export const FRAME_EVERY = 2;
const LR = 0.1;
const L2 = 0.01;
const WARMUP = 10;
const K = 10;

export interface PldWorld {
  /** User and item of each click, and whether it is accidental. */
  user: Int32Array;
  item: Int32Array;
  noisy: Uint8Array;
  /** Clicks of user u are start[u] … start[u + 1] − 1. */
  start: Int32Array;
  broad: Uint8Array;
  /** users × items: 1 where the user clicked. */
  observed: Uint8Array;
  /** users × items: liked but not clicked (the held-out truth for Recall@10). */
  target: Uint8Array;
}

const softplus = (x: number) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));

function pickDistinct(rng: Rng, from: number[], n: number): number[] {
  const a = from.slice();
  const m = Math.min(n, a.length);
  for (let k = 0; k < m; k++) {
    const j = k + rng.int(a.length - k);
    [a[k], a[j]] = [a[j], a[k]];
  }
  return a.slice(0, m);
}

export function makeWorld(rng: Rng, p: Pick<Params, 'breadth' | 'broadShare' | 'noise'>): PldWorld {
  const U = USERS;
  const I = ITEMS;
  const nBroad = Math.round(p.broadShare * U);
  const user: number[] = [];
  const item: number[] = [];
  const noisy: number[] = [];
  const start = new Int32Array(U + 1);
  const broad = new Uint8Array(U);
  const observed = new Uint8Array(U * I);
  const target = new Uint8Array(U * I);
  const clusters = Array.from({ length: CLUSTERS }, (_, c) => c);
  for (let u = 0; u < U; u++) {
    start[u] = user.length;
    broad[u] = u < nBroad ? 1 : 0;
    const b = broad[u] ? p.breadth : 1;
    const liked = pickDistinct(rng, clusters, b);
    const likedSet = new Set(liked);
    const likedItems: number[] = [];
    const otherItems: number[] = [];
    for (let i = 0; i < I; i++) (likedSet.has(Math.floor(i / PER_CLUSTER)) ? likedItems : otherItems).push(i);
    // A broad user clicks more (12 + 4 per extra cluster), but spread over more items.
    const genuine = pickDistinct(rng, likedItems, 12 + 4 * (b - 1));
    const expectNoisy = (genuine.length * p.noise) / (1 - p.noise);
    const nNoisy = Math.floor(expectNoisy) + (rng.next() < expectNoisy - Math.floor(expectNoisy) ? 1 : 0);
    const accidental = pickDistinct(rng, otherItems, nNoisy);
    for (const i of genuine) {
      user.push(u);
      item.push(i);
      noisy.push(0);
    }
    for (const i of accidental) {
      user.push(u);
      item.push(i);
      noisy.push(1);
    }
    for (const i of [...genuine, ...accidental]) observed[u * I + i] = 1;
    for (const i of likedItems) if (!observed[u * I + i]) target[u * I + i] = 1;
  }
  start[U] = user.length;
  return {
    user: Int32Array.from(user),
    item: Int32Array.from(item),
    noisy: Uint8Array.from(noisy),
    start,
    broad,
    observed,
    target,
  };
}

/** AUC of "larger score ⇒ positive" (ties count one half). */
export function auc(score: ArrayLike<number>, pos: ArrayLike<number>, idx?: ArrayLike<number>): number {
  const ids = idx ? Array.from(idx) : Array.from({ length: score.length }, (_, k) => k);
  ids.sort((a, b) => score[a] - score[b]);
  let nPos = 0;
  let nNeg = 0;
  let rankSum = 0;
  let r = 0;
  while (r < ids.length) {
    let e = r;
    while (e + 1 < ids.length && score[ids[e + 1]] === score[ids[r]]) e++;
    const mid = (r + e) / 2 + 1;
    for (let k = r; k <= e; k++)
      if (pos[ids[k]]) {
        rankSum += mid;
        nPos++;
      }
    r = e + 1;
  }
  nNeg = ids.length - nPos;
  if (nPos === 0 || nNeg === 0) return NaN;
  return (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

function negative(rng: Rng, w: PldWorld, u: number): number {
  for (;;) {
    const n = rng.int(ITEMS);
    if (!w.observed[u * ITEMS + n]) return n;
  }
}

/** Softmax(−loss/τ) weights over a pool, written into `prob`. */
function softmaxNeg(loss: Float64Array, k: number, tau: number, prob: Float64Array) {
  let min = Infinity;
  for (let j = 0; j < k; j++) min = Math.min(min, loss[j]);
  let z = 0;
  for (let j = 0; j < k; j++) {
    prob[j] = Math.exp(-(loss[j] - min) / tau);
    z += prob[j];
  }
  for (let j = 0; j < k; j++) prob[j] /= z;
}

/** Mean Recall@10 over users, each normalised by min(10, held-out liked items). */
function recall10(m: MF, w: PldWorld): number {
  const S = mfScores(m);
  let total = 0;
  let n = 0;
  for (let u = 0; u < USERS; u++) {
    let t = 0;
    for (let i = 0; i < ITEMS; i++) t += w.target[u * ITEMS + i];
    if (t === 0) continue;
    let hit = 0;
    for (const i of topK(S, ITEMS, u, K, w.observed)) hit += w.target[u * ITEMS + i];
    total += hit / Math.min(K, t);
    n++;
  }
  return n ? total / n : 0;
}

export const LOSS_RANGE: [number, number] = [0, 2.5];
export const Z_RANGE: [number, number] = [-3, 3];
const BINS = 25;

export function createSim(p: Params, env: SimEnv): Sim {
  const w = makeWorld(env.rng.fork('world'), p);
  const N = w.user.length;
  const init = env.rng.fork('init');
  const models = {
    std: createMF(init.fork('std'), USERS, ITEMS, DIM),
    trunc: createMF(init.fork('trunc'), USERS, ITEMS, DIM),
    pld: createMF(init.fork('pld'), USERS, ITEMS, DIM),
  };
  const train = env.rng.fork('train');
  const rngs = {
    order: train.fork('order'),
    std: train.fork('std'),
    trunc: train.fork('trunc'),
    pld: train.fork('pld'),
  };
  const k = p.pool;
  const poolLoss = new Float64Array(k);
  const poolProb = new Float64Array(k);
  const poolIdx = new Int32Array(k);
  const order = Array.from({ length: N }, (_, x) => x);
  const batchLoss = new Float64Array(BATCH);
  const batchNeg = new Int32Array(BATCH);
  const batchIds = new Int32Array(BATCH);
  let epoch = 0;
  let stopped = false;

  /** Fill poolIdx with k clicks of user u and poolLoss with their BPR loss against negative n. */
  const drawPool = (m: MF, rng: Rng, u: number, n: number) => {
    const s0 = w.start[u];
    const cnt = w.start[u + 1] - s0;
    const sn = mfScore(m, u, n);
    for (let j = 0; j < k; j++) {
      const x = s0 + rng.int(cnt);
      poolIdx[j] = x;
      poolLoss[j] = softplus(sn - mfScore(m, u, w.item[x]));
    }
    softmaxNeg(poolLoss, k, p.tau, poolProb);
  };

  const trainEpoch = (): boolean => {
    rngs.order.shuffle(order);
    let sum = 0;
    const keepNow = 1 - (1 - p.keep) * Math.min(1, (epoch + 1) / WARMUP);
    for (let b0 = 0; b0 < N; b0 += BATCH) {
      const B = Math.min(BATCH, N - b0);
      // standard BPR
      for (let t = 0; t < B; t++) {
        const x = order[b0 + t];
        const u = w.user[x];
        sum += bprStep(models.std, u, w.item[x], negative(rngs.std, w, u), LR, L2);
      }
      // global truncation: the keepNow share of the batch with the smallest loss
      for (let t = 0; t < B; t++) {
        const x = order[b0 + t];
        const u = w.user[x];
        batchNeg[t] = negative(rngs.trunc, w, u);
        batchLoss[t] = softplus(mfScore(models.trunc, u, batchNeg[t]) - mfScore(models.trunc, u, w.item[x]));
        batchIds[t] = t;
      }
      const kept = Array.from(batchIds.subarray(0, B)).sort((a, c) => batchLoss[a] - batchLoss[c] || a - c);
      const nKeep = Math.max(1, Math.round(keepNow * B));
      for (let r = 0; r < nKeep; r++) {
        const t = kept[r];
        const x = order[b0 + t];
        bprStep(models.trunc, w.user[x], w.item[x], batchNeg[t], LR, L2);
      }
      // PLD: resample the positive from a pool of the same user's clicks
      for (let t = 0; t < B; t++) {
        const u = w.user[order[b0 + t]];
        const n = negative(rngs.pld, w, u);
        drawPool(models.pld, rngs.pld, u, n);
        const j = k === 1 ? 0 : rngs.pld.categorical(poolProb);
        bprStep(models.pld, u, w.item[poolIdx[j]], n, LR, L2);
      }
    }
    return Number.isFinite(sum / N) && sum / N < 50;
  };

  const evaluate = (rows: MetricRow[], frameWanted: boolean): Frame | undefined => {
    const m = models.std;
    const S = mfScores(m);
    // Measured loss of each click: its mean BPR loss against every item the user did not click.
    const loss = new Float64Array(N);
    const negS = new Float64Array(ITEMS);
    for (let u = 0; u < USERS; u++) {
      let nn = 0;
      // softplus(s_n − s_i) = log1p(e^(s_n) · e^(−s_i)): one logarithm per pair.
      for (let i = 0; i < ITEMS; i++) if (!w.observed[u * ITEMS + i]) negS[nn++] = Math.exp(S[u * ITEMS + i]);
      for (let x = w.start[u]; x < w.start[u + 1]; x++) {
        const si = S[u * ITEMS + w.item[x]];
        const ei = Math.exp(-si);
        let l = 0;
        for (let j = 0; j < nn; j++) {
          const e = negS[j] * ei;
          l += Number.isFinite(e) ? Math.log1p(e) : Math.log(negS[j]) - si;
        }
        loss[x] = l / nn;
      }
    }
    const row: MetricRow = { step: epoch };
    row.globalAuc = auc(loss, w.noisy);
    if (!Number.isFinite(row.globalAuc)) row.globalAuc = 0.5;
    // Per-user AUC and per-user standardised losses.
    const z = new Float64Array(N);
    let aSum = 0;
    let aN = 0;
    const grp = [0, 0, 0, 0];
    const grpN = [0, 0, 0, 0];
    for (let u = 0; u < USERS; u++) {
      const s0 = w.start[u];
      const s1 = w.start[u + 1];
      const idx = Array.from({ length: s1 - s0 }, (_, j) => s0 + j);
      const a = auc(loss, w.noisy, idx);
      if (Number.isFinite(a)) {
        aSum += a;
        aN++;
      }
      let mean = 0;
      for (const x of idx) mean += loss[x];
      mean /= idx.length || 1;
      let v = 0;
      for (const x of idx) v += (loss[x] - mean) ** 2;
      const sd = Math.sqrt(v / (idx.length || 1)) || 1;
      for (const x of idx) {
        z[x] = (loss[x] - mean) / sd;
        const g = 2 * w.broad[u] + w.noisy[x];
        grp[g] += loss[x];
        grpN[g]++;
      }
    }
    row.userAuc = aN ? aSum / aN : 0.5;
    row.zAuc = auc(z, w.noisy);
    if (!Number.isFinite(row.zAuc)) row.zAuc = 0.5;
    const gm = (g: number) => (grpN[g] ? grp[g] / grpN[g] : NaN);
    if (grpN[0]) row.focusedClean = gm(0);
    if (grpN[1]) row.focusedNoisy = gm(1);
    if (grpN[2]) row.broadClean = gm(2);
    if (grpN[3]) row.broadNoisy = gm(3);

    // What each rule would train on, from the standard model's losses on one pass of batches.
    const dr = env.rng.fork(`diag${epoch}`);
    const ord = dr.shuffle(Array.from({ length: N }, (_, x) => x));
    let keptNoisy = 0;
    let kept = 0;
    let pldNoisy = 0;
    let noisyAll = 0;
    for (let b0 = 0; b0 < N; b0 += BATCH) {
      const B = Math.min(BATCH, N - b0);
      for (let t = 0; t < B; t++) {
        const x = ord[b0 + t];
        const u = w.user[x];
        batchNeg[t] = negative(dr, w, u);
        batchLoss[t] = softplus(S[u * ITEMS + batchNeg[t]] - S[u * ITEMS + w.item[x]]);
        batchIds[t] = t;
        noisyAll += w.noisy[x];
        drawPool(m, dr, u, batchNeg[t]);
        for (let j = 0; j < k; j++) pldNoisy += poolProb[j] * w.noisy[poolIdx[j]];
      }
      const sorted = Array.from(batchIds.subarray(0, B)).sort((a, c) => batchLoss[a] - batchLoss[c] || a - c);
      const nKeep = Math.max(1, Math.round(p.keep * B));
      for (let r = 0; r < nKeep; r++) keptNoisy += w.noisy[ord[b0 + sorted[r]]];
      kept += nKeep;
    }
    row.noisyAll = noisyAll / N;
    row.noisyTrunc = keptNoisy / kept;
    row.noisyPld = pldNoisy / N;
    row.recallStd = recall10(models.std, w);
    row.recallTrunc = recall10(models.trunc, w);
    row.recallPld = recall10(models.pld, w);
    rows.push(row);
    if (!frameWanted) return undefined;
    const split = (v: Float64Array, noisyWanted: number) => v.filter((_, x) => w.noisy[x] === noisyWanted);
    const centres = (r: [number, number]) => Float32Array.from(binLabels(r[0], r[1], BINS, 3), Number);
    return {
      global: {
        kind: 'curves',
        x: centres(LOSS_RANGE),
        series: [
          { label: 'clean clicks', y: histogram(split(loss, 0), LOSS_RANGE[0], LOSS_RANGE[1], BINS) },
          { label: 'noisy clicks', y: histogram(split(loss, 1), LOSS_RANGE[0], LOSS_RANGE[1], BINS) },
        ],
      },
      personal: {
        kind: 'curves',
        x: centres(Z_RANGE),
        series: [
          { label: 'clean clicks', y: histogram(split(z, 0), Z_RANGE[0], Z_RANGE[1], BINS) },
          { label: 'noisy clicks', y: histogram(split(z, 1), Z_RANGE[0], Z_RANGE[1], BINS) },
        ],
      },
    };
  };

  return {
    totalSteps: EPOCHS,
    step(count: number) {
      const rows: MetricRow[] = [];
      let frame: Frame | undefined;
      if (stopped) return { rows };
      if (epoch === 0 && count > 0) frame = evaluate(rows, true);
      for (let s = 0; s < count && epoch < EPOCHS; s++) {
        const ok = trainEpoch();
        epoch += 1;
        if (!ok) {
          rows.push({ step: epoch, [DIVERGED]: 1 });
          stopped = true;
          break;
        }
        frame = evaluate(rows, epoch % FRAME_EVERY === 0 || epoch === EPOCHS) ?? frame;
      }
      return frame ? { rows, frame } : { rows };
    },
    dispose() {},
  };
}

/** Per-user AUC above the global AUC by 0.05 and PLD's picks cleaner than truncation's by 0.03, five epochs running. */
export function reached(rows: MetricRow[]): boolean {
  const ok = rows.filter((r) => Number.isFinite(r.userAuc));
  if (ok.length < 6) return false;
  return ok.slice(-5).every((r) => r.userAuc - r.globalAuc > 0.05 && r.noisyTrunc - r.noisyPld > 0.03);
}

export const defaults = defaultsOf(params);

({ params, usesTf, createSim, reached }) satisfies SimModule<typeof params>;
