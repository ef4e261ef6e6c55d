/**
 * Self-supervised learning for item recommendations (Yao et al., CIKM 2021) at toy scale. A
 * synthetic world (shared/recsys.ts) with users, items, hidden tastes and item features in
 * correlated groups; exposure follows a power law of popularity, so tail items collect few clicks.
 * Two two-tower retrievers see the same click batches from the same initialisation:
 *  - no SSL: softmax over in-batch items (L_main);
 *  - SSL: L_main + α·L_self on two complementary masked views of items drawn uniformly from the
 *    catalogue. Masking is `correlated` (one view gets a seed feature and the features sharing most
 *    mutual information with it, estimated from the item features; the other view the rest) or
 *    `random` (the features split at random). The item ID goes to one view at random.
 * Item tower: item-ID embedding + the sum of its feature embeddings; user tower: a user embedding.
 * Scored against the world's true relevance: Recall@k of relevant, unclicked items, for head and
 * tail items separately.
 */
import { defaultsOf, type ParamValues } from '../runtime/params';
import type { Rng } from '../runtime/rng';
import type { Frame, MetricRow, Sim, SimEnv, SimModule } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import { Adam } from '../shared/embedding';
import { makeRecWorld, popularityBins, topK, type RecWorld } from '../shared/recsys';
import { params } from './params';

export { params };
export const usesTf = false;
export type Params = ParamValues<typeof params>;

const USERS = 300;
const ITEMS = 400;
const RANK = 8;
const GROUPS = 4;
const PER_GROUP = 3;
const TOPICS = 6;
const M = 16;
const BATCH = 64;
const SSL_BATCH = 64;
const LR = 0.02;
const K = 10;
const HELD_OUT = 0.3;
export const TOTAL = 600;
export const EVAL_EVERY = 20;
const F = GROUPS * PER_GROUP;
export const LEARNERS = ['none', 'ssl'] as const;
type Kind = (typeof LEARNERS)[number];

interface Tower {
  theta: Float64Array;
  grad: Float64Array;
  opt: Adam;
  rng: Rng;
}
// Layout of theta: user P (USERS×M), item ID (ITEMS×M), feature tables (F×TOPICS×M).
const OFF_ID = USERS * M;
const OFF_F = OFF_ID + ITEMS * M;
const SIZE = OFF_F + F * TOPICS * M;

function makeTower(rng: Rng): Tower {
  const theta = new Float64Array(SIZE);
  for (let x = 0; x < SIZE; x++) theta[x] = 0.1 * rng.normal();
  return { theta, grad: new Float64Array(SIZE), opt: new Adam(theta, LR), rng: rng.fork('mask') };
}

/**
 * Item embedding into out[oo..oo+M): the ID row (if `useId`) plus the features whose mask entry
 * keep[ko + f] is 1 (every feature when `keep` is null).
 */
function itemVec(
  t: Float64Array,
  feats: Uint8Array,
  i: number,
  keep: Uint8Array | null,
  ko: number,
  useId: boolean,
  out: Float64Array,
  oo: number,
): void {
  for (let k = 0; k < M; k++) out[oo + k] = 0;
  if (useId) for (let k = 0; k < M; k++) out[oo + k] += t[OFF_ID + i * M + k];
  for (let f = 0; f < F; f++) {
    if (keep && !keep[ko + f]) continue;
    const o = OFF_F + (f * TOPICS + feats[i * F + f]) * M;
    for (let k = 0; k < M; k++) out[oo + k] += t[o + k];
  }
}

/** Adds d[dO..dO+M) to the gradient of every table row `itemVec` read for item i. */
function itemGrad(
  g: Float64Array,
  feats: Uint8Array,
  i: number,
  keep: Uint8Array | null,
  ko: number,
  useId: boolean,
  d: Float64Array,
  dO: number,
): void {
  if (useId) for (let k = 0; k < M; k++) g[OFF_ID + i * M + k] += d[dO + k];
  for (let f = 0; f < F; f++) {
    if (keep && !keep[ko + f]) continue;
    const o = OFF_F + (f * TOPICS + feats[i * F + f]) * M;
    for (let k = 0; k < M; k++) g[o + k] += d[dO + k];
  }
}

/** Empirical mutual information between the categorical features (F × F). */
function mutualInfo(w: RecWorld): Float64Array {
  const mi = new Float64Array(F * F);
  const I = w.items;
  const joint = new Float64Array(TOPICS * TOPICS);
  const pa = new Float64Array(TOPICS);
  const pb = new Float64Array(TOPICS);
  for (let a = 0; a < F; a++)
    for (let b = 0; b < F; b++) {
      if (a === b) continue;
      joint.fill(0);
      pa.fill(0);
      pb.fill(0);
      for (let i = 0; i < I; i++) {
        const va = w.features![i * F + a];
        const vb = w.features![i * F + b];
        joint[va * TOPICS + vb] += 1 / I;
        pa[va] += 1 / I;
        pb[vb] += 1 / I;
      }
      let s = 0;
      for (let x = 0; x < TOPICS; x++)
        for (let y = 0; y < TOPICS; y++) {
          const j = joint[x * TOPICS + y];
          if (j > 0) s += j * Math.log(j / (pa[x] * pb[y]));
        }
      mi[a * F + b] = s;
    }
  return mi;
}

/** What training needs: the world, the observed (not held-out) clicks, the masking order. */
interface TrainData {
  world: RecWorld;
  feats: Uint8Array;
  heldOut: Uint8Array;
  clicks: Int32Array;
  /** Per seed feature: the other features by decreasing mutual information with it (ties: lower index). */
  miOrder: Int32Array[];
}

/** What scoring needs: the pairs to rank and the relevant held-out pairs by popularity. */
interface EvalData {
  notHeld: Uint8Array;
  tailT: Uint8Array;
  headT: Uint8Array;
  /** Quartiles of popularity for the bars (0 = least popular quarter). */
  quartT: Uint8Array[];
  /** Targets per user of each set (tail, head, quartiles 0–3), users × 6. */
  counts: Int32Array;
}

function buildTrainData(p: Params, env: SimEnv): TrainData {
  const world = makeRecWorld(env.rng.fork('world'), {
    users: USERS,
    items: ITEMS,
    rank: RANK,
    skew: p.skew,
    exposureBias: 0.3,
    sharpness: 6,
    bias: -8,
    featureGroups: GROUPS,
    featuresPerGroup: PER_GROUP,
    topics: TOPICS,
    featureFidelity: p.fidelity,
  });
  const UI = USERS * ITEMS;
  // A random 30% of user–item pairs is held out: never observed in training, scored against the truth.
  const split = env.rng.fork('split');
  const heldOut = new Uint8Array(UI);
  let n = 0;
  for (let j = 0; j < UI; j++) {
    heldOut[j] = split.next() < HELD_OUT ? 1 : 0;
    if (world.clicks[j] && !heldOut[j]) n++;
  }
  const clicks = new Int32Array(n);
  for (let j = 0, c = 0; j < UI; j++) if (world.clicks[j] && !heldOut[j]) clicks[c++] = j;
  const mi = mutualInfo(world);
  const miOrder = Array.from({ length: F }, (_, seed) =>
    Int32Array.from(
      Array.from({ length: F }, (_, f) => f)
        .filter((f) => f !== seed)
        .sort((x, y) => mi[seed * F + y] - mi[seed * F + x] || x - y),
    ),
  );
  return { world, feats: world.features!, heldOut, clicks, miOrder };
}

function buildEvalData(d: TrainData): EvalData {
  const { world, heldOut } = d;
  const UI = USERS * ITEMS;
  const notHeld = new Uint8Array(UI);
  // Targets: truly relevant held-out pairs, split by item popularity (tail = less popular half).
  const bins = popularityBins(world.popularity, 2);
  const q4 = popularityBins(world.popularity, 4);
  const tailT = new Uint8Array(UI);
  const headT = new Uint8Array(UI);
  const quartT = [0, 1, 2, 3].map(() => new Uint8Array(UI));
  const counts = new Int32Array(USERS * 6);
  for (let j = 0; j < UI; j++) {
    notHeld[j] = 1 - heldOut[j];
    if (!world.rel[j] || !heldOut[j]) continue;
    const u = Math.floor(j / ITEMS);
    const i = j % ITEMS;
    if (bins[i] === 0) tailT[j] = 1;
    else headT[j] = 1;
    quartT[q4[i]][j] = 1;
    counts[u * 6 + (bins[i] === 0 ? 0 : 1)]++;
    counts[u * 6 + 2 + q4[i]]++;
  }
  return { notHeld, tailT, headT, quartT, counts };
}

/**
 * Recall@k of the first `sets` target sets (tail, head, quartiles) as `recallAtK` computes it, with
 * each user's top k found once for all sets and the per-user target counts precomputed.
 */
function recalls(scores: Float64Array, E: EvalData, sets: number): number[] {
  const targets = [E.tailT, E.headT, ...E.quartT];
  const hit = new Float64Array(sets);
  const all = new Float64Array(sets);
  for (let u = 0; u < USERS; u++) {
    let top: number[] | null = null;
    for (let q = 0; q < sets; q++) {
      const t = E.counts[u * 6 + q];
      if (t === 0) continue;
      top ??= topK(scores, ITEMS, u, K, E.notHeld);
      for (const i of top) hit[q] += targets[q][u * ITEMS + i];
      all[q] += t;
    }
  }
  return Array.from(hit, (h, q) => (all[q] > 0 ? h / all[q] : 0));
}

/**
 * The world, the split and the targets depend only on the seed, the skew and the fidelity, not on
 * α, τ or the masking: the last ones built are kept, so a restart from those sliders skips
 * rebuilding them. They are read-only, so sharing them between runs changes no number.
 */
interface WorldData {
  key: string;
  train: TrainData;
  eval: EvalData | null;
}
let lastWorld: WorldData | null = null;

function worldData(p: Params, env: SimEnv): WorldData {
  // Forks depend only on env.rng's seed: the world stream's first draws identify it.
  const r = env.rng.fork('world');
  const key = [p.skew, p.fidelity, r.next(), r.next(), r.next()].join(' ');
  if (lastWorld?.key !== key) lastWorld = { key, train: buildTrainData(p, env), eval: null };
  return lastWorld;
}

export function createSim(p: Params, env: SimEnv): Sim {
  const U = USERS;
  const I = ITEMS;
  // Lazy: createSim must return within a frame so a slider answers at once. The world, the split
  // and the towers are built by the first step (or reused, see worldData); the evaluation targets
  // by the first evaluation. Every part draws from its own fork of env.rng, so building later
  // changes no number.
  let shared: WorldData | null = null;
  let towers: Record<Kind, Tower> | null = null;
  const batchRng = env.rng.fork('batch');
  let done = 0;
  let stopped = false;

  // Scratch buffers, reused by every step (no per-step allocation in the hot loops).
  const batch = new Int32Array(BATCH);
  const sslItems = new Int32Array(SSL_BATCH);
  const us = new Int32Array(BATCH);
  const is = new Int32Array(BATCH);
  const V = new Float64Array(BATCH * M);
  const dV = new Float64Array(BATCH * M);
  const l = new Float64Array(Math.max(BATCH, SSL_BATCH));
  const N = SSL_BATCH;
  // View 0 keeps keepA (and the ID when idA), view 1 the complement.
  const keepA = new Uint8Array(N * F);
  const keepB = new Uint8Array(N * F);
  const idA = new Uint8Array(N);
  const Z = [new Float64Array(N * M), new Float64Array(N * M)];
  const dZ = [new Float64Array(N * M), new Float64Array(N * M)];
  const inv = [new Float64Array(N), new Float64Array(N)];
  const d = new Float64Array(M);
  const order: number[] = [];

  /** Draws item r's two views into keepA/keepB/idA (same draws from T.rng as one mask per item). */
  const masks = (T: Tower, r: number, miOrder: Int32Array[]): void => {
    const a = keepA.subarray(r * F, (r + 1) * F);
    a.fill(0);
    if (p.mask === 'random') {
      for (let f = 0; f < F; f++) order[f] = f;
      T.rng.shuffle(order);
      for (let q = 0; q < F / 2; q++) a[order[q]] = 1;
    } else {
      const seed = T.rng.int(F);
      const o = miOrder[seed];
      a[seed] = 1;
      for (let q = 0; q < F / 2 - 1; q++) a[o[q]] = 1;
    }
    for (let f = 0; f < F; f++) keepB[r * F + f] = 1 - a[f];
    idA[r] = T.rng.next() < 0.5 ? 1 : 0;
  };

  const trainStep = (T: Tower, kind: Kind, D: TrainData): number => {
    const t = T.theta;
    const g = T.grad;
    const feats = D.feats;
    const n = BATCH;
    // L_main: softmax over the batch's items for each (user, clicked item).
    for (let r = 0; r < n; r++) {
      us[r] = Math.floor(batch[r] / I);
      is[r] = batch[r] % I;
      itemVec(t, feats, is[r], null, 0, true, V, r * M);
    }
    let loss = 0;
    dV.fill(0);
    for (let r = 0; r < n; r++) {
      const uo = us[r] * M;
      let max = -Infinity;
      for (let c = 0; c < n; c++) {
        let s = 0;
        for (let k = 0; k < M; k++) s += t[uo + k] * V[c * M + k];
        l[c] = s;
        if (s > max) max = s;
      }
      let z = 0;
      for (let c = 0; c < n; c++) z += Math.exp(l[c] - max);
      const lse = max + Math.log(z);
      loss -= (l[r] - lse) / n;
      for (let c = 0; c < n; c++) {
        const gr = (Math.exp(l[c] - lse) - (c === r ? 1 : 0)) / n;
        for (let k = 0; k < M; k++) {
          g[uo + k] += gr * V[c * M + k];
          dV[c * M + k] += gr * t[uo + k];
        }
      }
    }
    for (let r = 0; r < n; r++) itemGrad(g, feats, is[r], null, 0, true, dV, r * M);
    // L_self: two complementary masked views of each SSL item, cosine similarity, in-batch negatives.
    if (kind !== 'none' && p.alpha > 0) {
      for (let r = 0; r < N; r++) masks(T, r, D.miOrder);
      for (let v = 0; v < 2; v++) {
        const keep = v === 0 ? keepA : keepB;
        const Zv = Z[v];
        for (let r = 0; r < N; r++) {
          itemVec(t, feats, sslItems[r], keep, r * F, (idA[r] === 1) === (v === 0), Zv, r * M);
          let s = 1e-12;
          for (let k = 0; k < M; k++) s += Zv[r * M + k] * Zv[r * M + k];
          inv[v][r] = 1 / Math.sqrt(s);
          for (let k = 0; k < M; k++) Zv[r * M + k] = Zv[r * M + k] * inv[v][r];
        }
      }
      const [Z0, Z1] = Z;
      const [dZ0, dZ1] = dZ;
      dZ0.fill(0);
      dZ1.fill(0);
      let self = 0;
      for (let r = 0; r < N; r++) {
        let max = -Infinity;
        for (let c = 0; c < N; c++) {
          let s = 0;
          for (let k = 0; k < M; k++) s += Z0[r * M + k] * Z1[c * M + k];
          l[c] = s / p.tau;
          if (l[c] > max) max = l[c];
        }
        let z = 0;
        for (let c = 0; c < N; c++) z += Math.exp(l[c] - max);
        const lse = max + Math.log(z);
        self -= (l[r] - lse) / N;
        for (let c = 0; c < N; c++) {
          const gr = (p.alpha * (Math.exp(l[c] - lse) - (c === r ? 1 : 0))) / (N * p.tau);
          for (let k = 0; k < M; k++) {
            dZ0[r * M + k] += gr * Z1[c * M + k];
            dZ1[c * M + k] += gr * Z0[r * M + k];
          }
        }
      }
      for (let v = 0; v < 2; v++) {
        const keep = v === 0 ? keepA : keepB;
        const Zv = Z[v];
        const dZv = dZ[v];
        for (let r = 0; r < N; r++) {
          let radial = 0;
          for (let k = 0; k < M; k++) radial += dZv[r * M + k] * Zv[r * M + k];
          for (let k = 0; k < M; k++) d[k] = (dZv[r * M + k] - Zv[r * M + k] * radial) * inv[v][r];
          itemGrad(g, feats, sslItems[r], keep, r * F, (idA[r] === 1) === (v === 0), d, 0);
        }
      }
      loss += p.alpha * self;
    }
    T.opt.step(g);
    return loss;
  };

  // Only held-out pairs are ranked (the rest are excluded from the top k), so only they are scored.
  const scores = (T: Tower, D: TrainData): Float64Array => {
    const t = T.theta;
    const Vall = new Float64Array(I * M);
    for (let i = 0; i < I; i++) itemVec(t, D.feats, i, null, 0, true, Vall, i * M);
    const s = new Float64Array(U * I);
    for (let u = 0; u < U; u++)
      for (let i = 0; i < I; i++) {
        if (!D.heldOut[u * I + i]) continue;
        let v = 0;
        for (let k = 0; k < M; k++) v += t[u * M + k] * Vall[i * M + k];
        s[u * I + i] = v;
      }
    return s;
  };

  const evaluate = (W: WorldData, T: Record<Kind, Tower>, withFrame: boolean): { row: MetricRow; frame?: Frame } => {
    const D = W.train;
    const E = (W.eval ??= buildEvalData(D));
    const row: MetricRow = { step: done };
    const series: { label: string; values: Float32Array }[] = [];
    for (const kind of LEARNERS) {
      const r = recalls(scores(T[kind], D), E, withFrame ? 6 : 2);
      row[`${kind}Tail`] = r[0];
      row[`${kind}Head`] = r[1];
      if (withFrame)
        series.push({
          label: kind === 'none' ? 'no SSL' : `SSL (${p.mask} masking)`,
          values: Float32Array.from(r.slice(2)),
        });
    }
    if (!withFrame) return { row };
    return {
      row,
      frame: {
        recall: {
          kind: 'bars',
          labels: ['least popular quarter', 'second quarter', 'third quarter', 'most popular quarter'],
          series,
        },
      },
    };
  };

  return {
    totalSteps: TOTAL,
    step(count: number) {
      const rows: MetricRow[] = [];
      let frame: Frame | undefined;
      if (stopped || count <= 0 || done >= TOTAL) return { rows };
      shared ??= worldData(p, env);
      if (!towers) {
        const init = env.rng.fork('init');
        // Same initialisation and random streams: with α = 0 the two runs coincide.
        towers = { none: makeTower(init.fork('t')), ssl: makeTower(init.fork('t')) };
      }
      const W = shared;
      const D = W.train;
      const T = towers;
      const clicks = D.clicks;
      for (let s = 0; s < count && done < TOTAL; s++) {
        for (let b = 0; b < BATCH; b++) batch[b] = clicks[batchRng.int(clicks.length)];
        // SSL items drawn uniformly over the catalogue (the paper's different distribution for L_self).
        for (let b = 0; b < SSL_BATCH; b++) sslItems[b] = batchRng.int(I);
        const losses = LEARNERS.map((kind) => trainStep(T[kind], kind, D));
        done += 1;
        if (!losses.every(Number.isFinite)) {
          rows.push({ step: done, [DIVERGED]: 1 });
          stopped = true;
          break;
        }
        // Also right after the first step: a slider restart shows its first point at once, not 20
        // training steps later.
        if (done % EVAL_EVERY === 0 || done === 1) {
          const ev = evaluate(W, T, done % (EVAL_EVERY * 5) === 0 || done === TOTAL);
          ev.row.loss = losses[0];
          rows.push(ev.row);
          if (ev.frame) frame = ev.frame;
        }
      }
      return frame ? { rows, frame } : { rows };
    },
    dispose() {},
  };
}

/** At the end, SSL retrieves ≥ 0.015 more of the relevant tail items than no SSL. */
export function reached(rows: MetricRow[]): boolean {
  const last = rows[rows.length - 1];
  return !!last && last.step === TOTAL && last.sslTail - last.noneTail > 0.015;
}

export const defaults = defaultsOf(params);

({ params, usesTf, createSim, reached }) satisfies SimModule<typeof params>;
