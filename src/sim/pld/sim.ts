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
 *
 * Steps: step 1 measures the untrained models (the first row, at once); after it every epoch takes
 * STEPS_PER_EPOCH steps, TRAIN_PARTS that each train the three models on a slice of the epoch's
 * batches and one that measures. Small steps keep the Worker answering a slider within a frame.
 */
import { defaultsOf, type ParamValues } from '../runtime/params';
import type { Rng } from '../runtime/rng';
import type { Frame, MetricRow, PanelData, Sim, SimEnv, SimModule, StepResult } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import { bprStep, createMF, mfScore, topKInto, type MF } from '../shared/recsys';
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
/** Steps that train one epoch, each on a contiguous slice of its batches (a few ms each). */
export const TRAIN_PARTS = 4;
/** An epoch's steps: its training parts, then one that measures and emits the epoch's row. */
export const STEPS_PER_EPOCH = TRAIN_PARTS + 1;
/** Step 1 measures the untrained models; then the epochs. */
export const TOTAL_STEPS = 1 + EPOCHS * STEPS_PER_EPOCH;
const LR = 0.1;
const L2 = 0.01;
const WARMUP = 10;
const K = 10;

/**
 * The synthetic world. A class whose constructor sets each field once, not an object literal: V8
 * widens the field types of a literal the second time its line runs, and that discards the
 * optimised code of every loop reading the world, just when a slider starts the second run.
 */
export class PldWorld {
  /** User and item of each click, and whether it is accidental. */
  declare readonly user: Int32Array;
  declare readonly item: Int32Array;
  declare readonly noisy: Uint8Array;
  /** Clicks of user u are start[u] … start[u + 1] − 1. */
  declare readonly start: Int32Array;
  declare readonly broad: Uint8Array;
  /** users × items: 1 where the user clicked. */
  declare readonly observed: Uint8Array;
  /** users × items: liked but not clicked (the held-out truth for Recall@10). */
  declare readonly target: Uint8Array;

  constructor(
    user: Int32Array,
    item: Int32Array,
    noisy: Uint8Array,
    start: Int32Array,
    broad: Uint8Array,
    observed: Uint8Array,
    target: Uint8Array,
  ) {
    this.user = user;
    this.item = item;
    this.noisy = noisy;
    this.start = start;
    this.broad = broad;
    this.observed = observed;
    this.target = target;
  }
}

const CLUSTER_IDS = Int32Array.from({ length: CLUSTERS }, (_, c) => c);
const ITEM_IDS = Int32Array.from({ length: ITEMS }, (_, i) => i);

const softplus = (x: number) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));

/**
 * Moves min(n, len) distinct entries of a[0 … len), drawn uniformly without replacement, to the
 * front (a partial Fisher–Yates shuffle, in place) and returns how many.
 */
function pickDistinct(rng: Rng, a: Int32Array, len: number, n: number): number {
  const m = Math.min(n, len);
  for (let k = 0; k < m; k++) {
    const j = k + rng.int(len - k);
    const t = a[k];
    a[k] = a[j];
    a[j] = t;
  }
  return m;
}

export function makeWorld(rng: Rng, p: Pick<Params, 'breadth' | 'broadShare' | 'noise'>): PldWorld {
  const U = USERS;
  const I = ITEMS;
  const nBroad = Math.round(p.broadShare * U);
  // Typed scratch lists reused for every user. A user clicks each item at most once, so U · I
  // bounds the clicks. The loop below only draws and lists the clicks (V8 recompiles it for each
  // run's generator, so the less it does the less a slider move waits); the grids are built after.
  const user = new Int32Array(U * I);
  const item = new Int32Array(U * I);
  const noisy = new Uint8Array(U * I);
  const start = new Int32Array(U + 1);
  const broad = new Uint8Array(U);
  const liked = new Uint8Array(U * CLUSTERS);
  const clusters = new Int32Array(CLUSTERS);
  const likedItems = new Int32Array(I);
  const otherItems = new Int32Array(I);
  let n = 0;
  for (let u = 0; u < U; u++) {
    start[u] = n;
    broad[u] = u < nBroad ? 1 : 0;
    const b = broad[u] ? p.breadth : 1;
    clusters.set(CLUSTER_IDS);
    const nLiked = pickDistinct(rng, clusters, CLUSTERS, b);
    for (let c = 0; c < nLiked; c++) liked[u * CLUSTERS + clusters[c]] = 1;
    // Items of liked and of other clusters, each list in ascending order.
    let nl = 0;
    let no = 0;
    for (let c = 0; c < CLUSTERS; c++) {
      const items = ITEM_IDS.subarray(c * PER_CLUSTER, (c + 1) * PER_CLUSTER);
      if (liked[u * CLUSTERS + c]) {
        likedItems.set(items, nl);
        nl += PER_CLUSTER;
      } else {
        otherItems.set(items, no);
        no += PER_CLUSTER;
      }
    }
    // A broad user clicks more (12 + 4 per extra cluster), but spread over more items.
    const nGenuine = pickDistinct(rng, likedItems, nl, 12 + 4 * (b - 1));
    const expectNoisy = (nGenuine * p.noise) / (1 - p.noise);
    const nNoisy = Math.floor(expectNoisy) + (rng.next() < expectNoisy - Math.floor(expectNoisy) ? 1 : 0);
    const nAccidental = pickDistinct(rng, otherItems, no, nNoisy);
    user.fill(u, n, n + nGenuine + nAccidental);
    item.set(likedItems.subarray(0, nGenuine), n);
    item.set(otherItems.subarray(0, nAccidental), n + nGenuine);
    noisy.fill(1, n + nGenuine, n + nGenuine + nAccidental);
    n += nGenuine + nAccidental;
  }
  start[U] = n;
  const observed = markClicks(user.subarray(0, n), item.subarray(0, n));
  return new PldWorld(
    user.slice(0, n),
    item.slice(0, n),
    noisy.slice(0, n),
    start,
    broad,
    observed,
    heldOut(liked, observed),
  );
}

/** users × items: 1 where the user clicked. */
function markClicks(user: Int32Array, item: Int32Array): Uint8Array {
  const observed = new Uint8Array(USERS * ITEMS);
  for (let x = 0; x < user.length; x++) observed[user[x] * ITEMS + item[x]] = 1;
  return observed;
}

/** users × items: 1 where the item is in a cluster the user likes (`liked`: users × clusters) but was not clicked. */
function heldOut(liked: Uint8Array, observed: Uint8Array): Uint8Array {
  const target = new Uint8Array(USERS * ITEMS);
  for (let u = 0; u < USERS; u++)
    for (let i = 0; i < ITEMS; i++)
      if (liked[u * CLUSTERS + Math.floor(i / PER_CLUSTER)] && !observed[u * ITEMS + i]) target[u * ITEMS + i] = 1;
  return target;
}

/**
 * AUC of "larger score ⇒ positive" (ties count one half), or NaN without both kinds: the
 * positives' and negatives' scores are sorted apart with the native typed-array sort and merged
 * (no comparator callbacks); pairs are counted in exact half-integers. `a`, `b`: scratch ≥ n.
 */
function aucSorted(score: Float64Array, pos: Uint8Array, a: Float64Array, b: Float64Array): number {
  let nPos = 0;
  let nNeg = 0;
  for (let x = 0; x < score.length; x++) {
    if (pos[x]) a[nPos++] = score[x];
    else b[nNeg++] = score[x];
  }
  if (nPos === 0 || nNeg === 0) return NaN;
  const P = a.subarray(0, nPos).sort();
  const Ng = b.subarray(0, nNeg).sort();
  let below = 0;
  let pairs = 0;
  for (let k = 0; k < nPos; k++) {
    while (below < nNeg && Ng[below] < P[k]) below++;
    let tied = 0;
    while (below + tied < nNeg && Ng[below + tied] === P[k]) tied++;
    pairs += below + tied / 2;
  }
  return pairs / (nPos * nNeg);
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

/**
 * All scores (users × items) into `out`, bit for bit `mfScore`'s (c_i, then the products added in
 * order), written out for DIM = 8 with the user's factors in locals: four run per measurement.
 */
function scoresInto(m: MF, out: Float64Array): Float64Array {
  const { P, Q, c } = m;
  for (let u = 0; u < USERS; u++) {
    const pu = u * DIM;
    const p0 = P[pu];
    const p1 = P[pu + 1];
    const p2 = P[pu + 2];
    const p3 = P[pu + 3];
    const p4 = P[pu + 4];
    const p5 = P[pu + 5];
    const p6 = P[pu + 6];
    const p7 = P[pu + 7];
    for (let i = 0; i < ITEMS; i++) {
      const q = i * DIM;
      out[u * ITEMS + i] =
        c[i] +
        p0 * Q[q] +
        p1 * Q[q + 1] +
        p2 * Q[q + 2] +
        p3 * Q[q + 3] +
        p4 * Q[q + 4] +
        p5 * Q[q + 5] +
        p6 * Q[q + 6] +
        p7 * Q[q + 7];
    }
  }
  return out;
}

const topS = new Float64Array(K);
const topI = new Int32Array(K);

/** Mean Recall@10 over users, each normalised by min(10, held-out liked items). */
function recall10(S: Float64Array, w: PldWorld, targets: Int32Array): number {
  let total = 0;
  let n = 0;
  for (let u = 0; u < USERS; u++) {
    const t = targets[u];
    if (t === 0) continue;
    const o = u * ITEMS;
    topKInto(S, ITEMS, u, topS, topI, w.observed);
    let hit = 0;
    for (let r = 0; r < K; r++) if (topI[r] >= 0) hit += w.target[o + topI[r]];
    total += hit / Math.min(K, t);
    n++;
  }
  return n ? total / n : 0;
}

export const LOSS_RANGE: [number, number] = [0, 2.5];
export const Z_RANGE: [number, number] = [-3, 3];
const BINS = 25;

// Loops of the constructor live in small functions of typed arrays: compiled once, they stay
// optimised for every later run, where a loop inside the constructor would be recompiled.

/** Row sums of a rows × cols 0/1 matrix. */
function rowSums(m: Uint8Array, rows: number, cols: number): Int32Array {
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[r] += m[r * cols + c];
  return out;
}

/** The indices x with a[x] === v, ascending. */
function indicesOf(a: Uint8Array, v: number): Int32Array {
  let n = 0;
  for (let x = 0; x < a.length; x++) if (a[x] === v) n++;
  const out = new Int32Array(n);
  for (let x = 0, j = 0; x < a.length; x++) if (a[x] === v) out[j++] = x;
  return out;
}

/** [0, 1, …, n − 1] as a plain array (the generators shuffle plain arrays). */
function iota(n: number): number[] {
  const out: number[] = [];
  for (let x = 0; x < n; x++) out.push(x);
  return out;
}

/**
 * One run. A class rather than closures inside createSim, each field first assigned in the
 * constructor (`declare`: no class-field define-then-assign), so that a second run (a slider move)
 * reuses the code V8 optimised for the first instead of deoptimising it.
 */
class PldSim implements Sim {
  readonly totalSteps = TOTAL_STEPS;
  declare private readonly w: PldWorld;
  declare private readonly N: number;
  declare private readonly nBatches: number;
  /** The parameters read while training and measuring. */
  declare private readonly k: number;
  declare private readonly tau: number;
  declare private readonly keep: number;
  declare private readonly std: MF;
  declare private readonly trunc: MF;
  declare private readonly pld: MF;
  /**
   * Each measurement's own generator (one per epoch, forked up front: a fork inside the hot
   * measurement would tie its optimised code to this run's generator) and the training streams.
   */
  declare private readonly diagRngs: Rng[];
  declare private readonly rngOrder: Rng;
  declare private readonly rngStd: Rng;
  declare private readonly rngTrunc: Rng;
  declare private readonly rngPld: Rng;
  /** A PLD pool's clicks, losses and softmax weights. */
  declare private readonly poolIdx: Int32Array;
  declare private readonly poolLoss: Float64Array;
  declare private readonly poolProb: Float64Array;
  /** The training order (reshuffled each epoch) and the measurement's own order. */
  declare private readonly order: number[];
  declare private readonly ord: number[];
  declare private readonly batchLoss: Float64Array;
  declare private readonly batchNeg: Int32Array;
  declare private readonly batchIds: Int32Array;
  declare private readonly batchSorted: Float64Array;
  /** Measurement buffers, reused every epoch: scores, click losses, standardised losses, scratch. */
  declare private readonly S: Float64Array;
  declare private readonly loss: Float64Array;
  declare private readonly z: Float64Array;
  declare private readonly negS: Float64Array;
  declare private readonly sortA: Float64Array;
  declare private readonly sortB: Float64Array;
  /** Held-out liked items per user; the clean and the noisy clicks. */
  declare private readonly targets: Int32Array;
  declare private readonly cleanIds: Int32Array;
  declare private readonly noisyIds: Int32Array;
  /** Loss summed and clicks counted per group 2·broad + noisy (focused clean, focused noisy, broad clean, broad noisy). */
  declare private readonly grp: Float64Array;
  declare private readonly grpN: Float64Array;
  /** Steps done (the runner's count); epochs trained; the standard model's loss summed over the epoch so far. */
  declare private done: number;
  declare private epoch: number;
  declare private lossSum: number;
  declare private keepNow: number;
  declare private stopped: boolean;

  constructor(p: Params, env: SimEnv) {
    const w = (this.w = makeWorld(env.rng.fork('world'), p));
    const N = (this.N = w.user.length);
    this.nBatches = Math.ceil(N / BATCH);
    this.k = p.pool;
    this.tau = p.tau;
    this.keep = p.keep;
    const init = env.rng.fork('init');
    this.std = createMF(init.fork('std'), USERS, ITEMS, DIM);
    this.trunc = createMF(init.fork('trunc'), USERS, ITEMS, DIM);
    this.pld = createMF(init.fork('pld'), USERS, ITEMS, DIM);
    this.diagRngs = [];
    for (let e = 0; e <= EPOCHS; e++) this.diagRngs.push(env.rng.fork(`diag${e}`));
    const train = env.rng.fork('train');
    this.rngOrder = train.fork('order');
    this.rngStd = train.fork('std');
    this.rngTrunc = train.fork('trunc');
    this.rngPld = train.fork('pld');
    this.poolIdx = new Int32Array(this.k);
    this.poolLoss = new Float64Array(this.k);
    this.poolProb = new Float64Array(this.k);
    this.order = iota(N);
    this.ord = iota(N);
    this.batchLoss = new Float64Array(BATCH);
    this.batchNeg = new Int32Array(BATCH);
    this.batchIds = new Int32Array(BATCH);
    this.batchSorted = new Float64Array(BATCH);
    this.S = new Float64Array(USERS * ITEMS);
    this.loss = new Float64Array(N);
    this.z = new Float64Array(N);
    this.negS = new Float64Array(ITEMS);
    this.sortA = new Float64Array(N);
    this.sortB = new Float64Array(N);
    this.targets = rowSums(w.target, USERS, ITEMS);
    this.cleanIds = indicesOf(w.noisy, 0);
    this.noisyIds = indicesOf(w.noisy, 1);
    this.grp = new Float64Array(4);
    this.grpN = new Float64Array(4);
    this.done = 0;
    this.epoch = 0;
    this.lossSum = 0;
    this.keepNow = 1;
    this.stopped = false;
  }

  step(count: number): StepResult {
    const rows: MetricRow[] = [];
    let frame: Frame | undefined;
    for (let s = 0; s < count && this.done < TOTAL_STEPS && !this.stopped; s++) {
      // Which work a step does depends only on its index: step 1 measures the untrained models,
      // then each epoch trains in TRAIN_PARTS steps and measures in the next.
      const part = this.done === 0 ? TRAIN_PARTS : (this.done - 1) % STEPS_PER_EPOCH;
      if (part < TRAIN_PARTS) {
        this.trainPart(part);
        if (part === TRAIN_PARTS - 1) {
          this.epoch += 1;
          const mean = this.lossSum / this.N;
          if (!(Number.isFinite(mean) && mean < 50)) {
            rows.push({ step: this.done + 1, epoch: this.epoch, [DIVERGED]: 1 });
            this.stopped = true;
          }
        }
      } else {
        frame = this.evaluate(rows, this.epoch % FRAME_EVERY === 0 || this.epoch === EPOCHS) ?? frame;
      }
      this.done += 1;
    }
    return frame ? { rows, frame } : { rows };
  }

  dispose() {}

  /**
   * Fill poolIdx with k clicks of user u and poolLoss with their BPR loss against negative n, from
   * model m or, when given, its score table S (the same numbers, looked up).
   */
  private drawPool(m: MF, S: Float64Array | null, rng: Rng, u: number, n: number) {
    const { w, k, poolIdx, poolLoss } = this;
    const s0 = w.start[u];
    const cnt = w.start[u + 1] - s0;
    const sn = S ? S[u * ITEMS + n] : mfScore(m, u, n);
    for (let j = 0; j < k; j++) {
      const x = s0 + rng.int(cnt);
      poolIdx[j] = x;
      poolLoss[j] = softplus(sn - (S ? S[u * ITEMS + w.item[x]] : mfScore(m, u, w.item[x])));
    }
    softmaxNeg(poolLoss, k, this.tau, this.poolProb);
  }

  /** Training part `part` of the next epoch: batches ⌊part·nB/TRAIN_PARTS⌋ … before the next part's. */
  private trainPart(part: number) {
    if (part === 0) {
      this.rngOrder.shuffle(this.order);
      this.lossSum = 0;
      this.keepNow = 1 - (1 - this.keep) * Math.min(1, (this.epoch + 1) / WARMUP);
    }
    const b1 = Math.floor(((part + 1) * this.nBatches) / TRAIN_PARTS);
    for (let b = Math.floor((part * this.nBatches) / TRAIN_PARTS); b < b1; b++) this.trainBatch(b * BATCH);
  }

  /** The three models' updates on the batch of clicks order[b0 …]; the models and their generators are independent. */
  private trainBatch(b0: number) {
    const { w, order, batchLoss, batchNeg, batchIds, k } = this;
    const B = Math.min(BATCH, this.N - b0);
    // standard BPR
    for (let t = 0; t < B; t++) {
      const x = order[b0 + t];
      const u = w.user[x];
      this.lossSum += bprStep(this.std, u, w.item[x], negative(this.rngStd, w, u), LR, L2);
    }
    // global truncation: the keepNow share of the batch with the smallest loss
    const trunc = this.trunc;
    for (let t = 0; t < B; t++) {
      const x = order[b0 + t];
      const u = w.user[x];
      batchNeg[t] = negative(this.rngTrunc, w, u);
      batchLoss[t] = softplus(mfScore(trunc, u, batchNeg[t]) - mfScore(trunc, u, w.item[x]));
      batchIds[t] = t;
    }
    const kept = Array.from(batchIds.subarray(0, B)).sort((a, c) => batchLoss[a] - batchLoss[c] || a - c);
    const nKeep = Math.max(1, Math.round(this.keepNow * B));
    for (let r = 0; r < nKeep; r++) {
      const t = kept[r];
      const x = order[b0 + t];
      bprStep(trunc, w.user[x], w.item[x], batchNeg[t], LR, L2);
    }
    // PLD: resample the positive from a pool of the same user's clicks
    for (let t = 0; t < B; t++) {
      const u = w.user[order[b0 + t]];
      const n = negative(this.rngPld, w, u);
      this.drawPool(this.pld, null, this.rngPld, u, n);
      const j = k === 1 ? 0 : this.rngPld.categorical(this.poolProb);
      bprStep(this.pld, u, w.item[this.poolIdx[j]], n, LR, L2);
    }
  }

  /**
   * Measures the models and pushes the epoch's row (and returns the frame when wanted). Split into
   * small methods with one hot loop each: V8 then optimises each whole (a long function run once
   * per epoch would be left in on-stack-replaced code that deoptimises at every new section).
   */
  private evaluate(rows: MetricRow[], frameWanted: boolean): Frame | undefined {
    const { w, S, loss, z, sortA, sortB, grp, grpN, targets } = this;
    scoresInto(this.std, S);
    this.clickLosses();
    const globalAuc = aucSorted(loss, w.noisy, sortA, sortB);
    const userAuc = this.perUser();
    const zAuc = aucSorted(z, w.noisy, sortA, sortB);
    const row: MetricRow = {
      step: this.done + 1,
      epoch: this.epoch,
      globalAuc: Number.isFinite(globalAuc) ? globalAuc : 0.5,
      userAuc,
      zAuc: Number.isFinite(zAuc) ? zAuc : 0.5,
    };
    // A group with no clicks (e.g. no broad users) has no mean loss: its key is left out.
    if (grpN[0]) row.focusedClean = grp[0] / grpN[0];
    if (grpN[1]) row.focusedNoisy = grp[1] / grpN[1];
    if (grpN[2]) row.broadClean = grp[2] / grpN[2];
    if (grpN[3]) row.broadNoisy = grp[3] / grpN[3];
    this.picks(row);
    // S holds the standard model's scores until here; then each model's in turn.
    row.recallStd = recall10(S, w, targets);
    row.recallTrunc = recall10(scoresInto(this.trunc, S), w, targets);
    row.recallPld = recall10(scoresInto(this.pld, S), w, targets);
    rows.push(row);
    return frameWanted ? this.frame() : undefined;
  }

  /** loss[x]: the measured loss of click x, its mean BPR loss against every item the user did not click (from S). */
  private clickLosses() {
    const { w, S, loss, negS } = this;
    for (let u = 0; u < USERS; u++) {
      let nn = 0;
      let maxNeg = 0;
      for (let i = 0; i < ITEMS; i++) {
        if (w.observed[u * ITEMS + i]) continue;
        negS[nn] = Math.exp(S[u * ITEMS + i]);
        maxNeg = Math.max(maxNeg, negS[nn++]);
      }
      for (let x = w.start[u]; x < w.start[u + 1]; x++) {
        const si = S[u * ITEMS + w.item[x]];
        const ei = Math.exp(-si);
        // Σ softplus(s_n − s_i) = Σ log(1 + e^(s_n)·e^(−s_i)), summed as logarithms of products of
        // `block` factors (one logarithm per block, not per pair: this loop is most of a
        // measurement); every factor is at most 1 + maxE, so a block's product stays below e^690.
        const maxE = maxNeg * ei;
        let l = 0;
        if (maxE < 1e300) {
          const block = Math.max(1, Math.floor(690 / Math.log1p(maxE)));
          for (let j0 = 0; j0 < nn; j0 += block) {
            const j1 = Math.min(nn, j0 + block);
            let prod = 1;
            for (let j = j0; j < j1; j++) prod *= 1 + negS[j] * ei;
            l += Math.log(prod);
          }
        } else {
          // Diverging scores: one pair at a time, e^(s_n − s_i) itself may overflow.
          for (let j = 0; j < nn; j++) {
            const e = negS[j] * ei;
            l += Number.isFinite(e) ? Math.log1p(e) : Math.log(negS[j]) - si;
          }
        }
        loss[x] = l / nn;
      }
    }
  }

  /**
   * Per-user AUC of the losses (pairs counted directly: a user has a few dozen clicks; ties count
   * one half), the losses standardised within each user (z), and the loss summed per group
   * (2·broad + noisy) into grp / grpN. Returns the mean per-user AUC.
   */
  private perUser(): number {
    const { w, loss, z, grp, grpN } = this;
    grp.fill(0);
    grpN.fill(0);
    let aSum = 0;
    let aN = 0;
    for (let u = 0; u < USERS; u++) {
      const s0 = w.start[u];
      const s1 = w.start[u + 1];
      let nPos = 0;
      let pairs = 0;
      for (let x = s0; x < s1; x++) {
        if (!w.noisy[x]) continue;
        nPos++;
        for (let y = s0; y < s1; y++) if (!w.noisy[y]) pairs += loss[y] < loss[x] ? 1 : loss[y] === loss[x] ? 0.5 : 0;
      }
      const nNeg = s1 - s0 - nPos;
      if (nPos > 0 && nNeg > 0) {
        aSum += pairs / (nPos * nNeg);
        aN++;
      }
      const len = s1 - s0;
      let mean = 0;
      for (let x = s0; x < s1; x++) mean += loss[x];
      mean /= len || 1;
      let v = 0;
      for (let x = s0; x < s1; x++) v += (loss[x] - mean) ** 2;
      const sd = Math.sqrt(v / (len || 1)) || 1;
      for (let x = s0; x < s1; x++) {
        z[x] = (loss[x] - mean) / sd;
        const g = 2 * w.broad[u] + w.noisy[x];
        grp[g] += loss[x];
        grpN[g]++;
      }
    }
    return aN ? aSum / aN : 0.5;
  }

  /** What each rule would train on, from the standard model's losses (S) on one pass of batches. */
  private picks(row: MetricRow) {
    const { w, N, S, k, batchLoss, batchNeg, batchSorted, ord, poolIdx, poolProb } = this;
    const dr = this.diagRngs[this.epoch];
    for (let x = 0; x < N; x++) ord[x] = x;
    dr.shuffle(ord);
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
        noisyAll += w.noisy[x];
        this.drawPool(this.std, S, dr, u, batchNeg[t]);
        for (let j = 0; j < k; j++) pldNoisy += poolProb[j] * w.noisy[poolIdx[j]];
      }
      // The nKeep smallest losses (ties to the earlier click, as in training): all below the
      // nKeep-th smallest value, then those equal to it in batch order. Only their count matters here.
      const nKeep = Math.max(1, Math.round(this.keep * B));
      const cut = batchSorted.subarray(0, B);
      cut.set(batchLoss.subarray(0, B));
      const v = cut.sort()[nKeep - 1];
      let ties = nKeep;
      for (let t = 0; t < B; t++) if (batchLoss[t] < v) ties--;
      for (let t = 0; t < B; t++) {
        const x = ord[b0 + t];
        if (batchLoss[t] < v) keptNoisy += w.noisy[x];
        else if (batchLoss[t] === v && ties > 0) {
          keptNoisy += w.noisy[x];
          ties--;
        }
      }
      kept += nKeep;
    }
    row.noisyAll = noisyAll / N;
    row.noisyTrunc = keptNoisy / kept;
    row.noisyPld = pldNoisy / N;
  }

  /** Histograms of the losses (global view) and of the standardised losses (personal view), clean against noisy. */
  private frame(): Frame {
    const { loss, z, sortA } = this;
    const split = (v: Float64Array, ids: Int32Array) => {
      for (let j = 0; j < ids.length; j++) sortA[j] = v[ids[j]];
      return sortA.subarray(0, ids.length);
    };
    const centres = (r: [number, number]) => Float32Array.from(binLabels(r[0], r[1], BINS, 3), Number);
    const curves = (v: Float64Array, r: [number, number]): PanelData => ({
      kind: 'curves',
      x: centres(r),
      series: [
        { label: 'clean clicks', y: histogram(split(v, this.cleanIds), r[0], r[1], BINS) },
        { label: 'noisy clicks', y: histogram(split(v, this.noisyIds), r[0], r[1], BINS) },
      ],
    });
    return { global: curves(loss, LOSS_RANGE), personal: curves(z, Z_RANGE) };
  }
}

export function createSim(p: Params, env: SimEnv): Sim {
  return new PldSim(p, env);
}

/** Per-user AUC above the global AUC by 0.05 and PLD's picks cleaner than truncation's by 0.03, five epochs running. */
export function reached(rows: MetricRow[]): boolean {
  const ok = rows.filter((r) => Number.isFinite(r.userAuc));
  if (ok.length < 6) return false;
  return ok.slice(-5).every((r) => r.userAuc - r.globalAuc > 0.05 && r.noisyTrunc - r.noisyPld > 0.03);
}

export const defaults = defaultsOf(params);

({ params, usesTf, createSim, reached }) satisfies SimModule<typeof params>;
