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
import { makeRecWorld, popularityBins, recallAtK, type RecWorld } from '../shared/recsys';
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
  const theta = Float64Array.from({ length: SIZE }, () => 0.1 * rng.normal());
  return { theta, grad: new Float64Array(SIZE), opt: new Adam(theta, LR), rng: rng.fork('mask') };
}

/** Item embedding from the ID (if `useId`) and the features whose mask entry is 1. */
function itemVec(
  t: Float64Array,
  w: RecWorld,
  i: number,
  keep: Uint8Array | null,
  useId: boolean,
  out: Float64Array,
): void {
  out.fill(0);
  if (useId) for (let k = 0; k < M; k++) out[k] += t[OFF_ID + i * M + k];
  for (let f = 0; f < F; f++) {
    if (keep && !keep[f]) continue;
    const o = OFF_F + (f * TOPICS + w.features![i * F + f]) * M;
    for (let k = 0; k < M; k++) out[k] += t[o + k];
  }
}

function itemGrad(
  g: Float64Array,
  w: RecWorld,
  i: number,
  keep: Uint8Array | null,
  useId: boolean,
  d: ArrayLike<number>,
): void {
  if (useId) for (let k = 0; k < M; k++) g[OFF_ID + i * M + k] += d[k];
  for (let f = 0; f < F; f++) {
    if (keep && !keep[f]) continue;
    const o = OFF_F + (f * TOPICS + w.features![i * F + f]) * M;
    for (let k = 0; k < M; k++) g[o + k] += d[k];
  }
}

/** Empirical mutual information between the categorical features (F × F). */
function mutualInfo(w: RecWorld): Float64Array {
  const mi = new Float64Array(F * F);
  const I = w.items;
  for (let a = 0; a < F; a++)
    for (let b = 0; b < F; b++) {
      if (a === b) continue;
      const joint = new Float64Array(TOPICS * TOPICS);
      const pa = new Float64Array(TOPICS);
      const pb = new Float64Array(TOPICS);
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

export function createSim(p: Params, env: SimEnv): Sim {
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
  const U = USERS;
  const I = ITEMS;
  // A random 30% of user–item pairs is held out: never observed in training, scored against the truth.
  const split = env.rng.fork('split');
  const heldOut = new Uint8Array(U * I);
  for (let j = 0; j < U * I; j++) heldOut[j] = split.next() < HELD_OUT ? 1 : 0;
  const notHeld = Uint8Array.from(heldOut, (v) => 1 - v);
  const clicks: number[] = [];
  for (let j = 0; j < U * I; j++) if (world.clicks[j] && !heldOut[j]) clicks.push(j);
  // Targets: truly relevant held-out pairs, split by item popularity (tail = less popular half).
  const bins = popularityBins(world.popularity, 2);
  const tailT = new Uint8Array(U * I);
  const headT = new Uint8Array(U * I);
  for (let u = 0; u < U; u++)
    for (let i = 0; i < I; i++) {
      const j = u * I + i;
      if (!world.rel[j] || !heldOut[j]) continue;
      if (bins[i] === 0) tailT[j] = 1;
      else headT[j] = 1;
    }
  // Quartiles of popularity for the bars (0 = least popular quarter).
  const q4 = popularityBins(world.popularity, 4);
  const quartT = [0, 1, 2, 3].map((b) => {
    const t = new Uint8Array(U * I);
    for (let j = 0; j < U * I; j++) if (world.rel[j] && heldOut[j] && q4[j % I] === b) t[j] = 1;
    return t;
  });
  const mi = mutualInfo(world);
  const init = env.rng.fork('init');
  // Same initialisation and random streams: with α = 0 the two runs coincide.
  const towers: Record<Kind, Tower> = { none: makeTower(init.fork('t')), ssl: makeTower(init.fork('t')) };
  const batchRng = env.rng.fork('batch');
  let done = 0;
  let stopped = false;
  const vi = new Float64Array(M);

  const masks = (T: Tower): { a: Uint8Array; idA: boolean } => {
    const a = new Uint8Array(F);
    if (p.mask === 'random') {
      const order = T.rng.shuffle(Array.from({ length: F }, (_, f) => f));
      for (let r = 0; r < F / 2; r++) a[order[r]] = 1;
    } else {
      const seed = T.rng.int(F);
      const order = Array.from({ length: F }, (_, f) => f)
        .filter((f) => f !== seed)
        .sort((x, y) => mi[seed * F + y] - mi[seed * F + x] || x - y);
      a[seed] = 1;
      for (let r = 0; r < F / 2 - 1; r++) a[order[r]] = 1;
    }
    return { a, idA: T.rng.next() < 0.5 };
  };

  const trainStep = (T: Tower, kind: Kind, batch: number[], sslItems: number[]): number => {
    const t = T.theta;
    const g = T.grad;
    const n = batch.length;
    // L_main: softmax over the batch's items for each (user, clicked item).
    const us = batch.map((j) => Math.floor(j / I));
    const is = batch.map((j) => j % I);
    const V = new Float64Array(n * M);
    is.forEach((i, r) => {
      itemVec(t, world, i, null, true, vi);
      V.set(vi, r * M);
    });
    let loss = 0;
    const dV = new Float64Array(n * M);
    const l = new Float64Array(n);
    for (let r = 0; r < n; r++) {
      const u = us[r];
      let max = -Infinity;
      for (let c = 0; c < n; c++) {
        let s = 0;
        for (let k = 0; k < M; k++) s += t[u * M + k] * V[c * M + k];
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
          g[u * M + k] += gr * V[c * M + k];
          dV[c * M + k] += gr * t[u * M + k];
        }
      }
    }
    is.forEach((i, r) => itemGrad(g, world, i, null, true, dV.subarray(r * M, (r + 1) * M)));
    // L_self: two complementary masked views of each SSL item, cosine similarity, in-batch negatives.
    if (kind !== 'none' && p.alpha > 0) {
      const N = sslItems.length;
      const keeps = sslItems.map(() => masks(T));
      const Z = [new Float64Array(N * M), new Float64Array(N * M)];
      const inv = [new Float64Array(N), new Float64Array(N)];
      const notA = (m: Uint8Array) => Uint8Array.from(m, (v) => 1 - v);
      const viewKeep = (r: number, v: number) => (v === 0 ? keeps[r].a : notA(keeps[r].a));
      const viewId = (r: number, v: number) => (v === 0 ? keeps[r].idA : !keeps[r].idA);
      for (let v = 0; v < 2; v++)
        sslItems.forEach((i, r) => {
          itemVec(t, world, i, viewKeep(r, v), viewId(r, v), vi);
          let s = 1e-12;
          for (let k = 0; k < M; k++) s += vi[k] * vi[k];
          inv[v][r] = 1 / Math.sqrt(s);
          for (let k = 0; k < M; k++) Z[v][r * M + k] = vi[k] * inv[v][r];
        });
      const dZ = [new Float64Array(N * M), new Float64Array(N * M)];
      const ls = new Float64Array(N);
      let self = 0;
      for (let r = 0; r < N; r++) {
        let max = -Infinity;
        for (let c = 0; c < N; c++) {
          let s = 0;
          for (let k = 0; k < M; k++) s += Z[0][r * M + k] * Z[1][c * M + k];
          ls[c] = s / p.tau;
          if (ls[c] > max) max = ls[c];
        }
        let z = 0;
        for (let c = 0; c < N; c++) z += Math.exp(ls[c] - max);
        const lse = max + Math.log(z);
        self -= (ls[r] - lse) / N;
        for (let c = 0; c < N; c++) {
          const gr = (p.alpha * (Math.exp(ls[c] - lse) - (c === r ? 1 : 0))) / (N * p.tau);
          for (let k = 0; k < M; k++) {
            dZ[0][r * M + k] += gr * Z[1][c * M + k];
            dZ[1][c * M + k] += gr * Z[0][r * M + k];
          }
        }
      }
      const d = new Float64Array(M);
      for (let v = 0; v < 2; v++)
        sslItems.forEach((i, r) => {
          let radial = 0;
          for (let k = 0; k < M; k++) radial += dZ[v][r * M + k] * Z[v][r * M + k];
          for (let k = 0; k < M; k++) d[k] = (dZ[v][r * M + k] - Z[v][r * M + k] * radial) * inv[v][r];
          itemGrad(g, world, i, viewKeep(r, v), viewId(r, v), d);
        });
      loss += p.alpha * self;
    }
    T.opt.step(g);
    return loss;
  };

  const scores = (T: Tower): Float64Array => {
    const t = T.theta;
    const V = new Float64Array(I * M);
    for (let i = 0; i < I; i++) {
      itemVec(t, world, i, null, true, vi);
      V.set(vi, i * M);
    }
    const s = new Float64Array(U * I);
    for (let u = 0; u < U; u++)
      for (let i = 0; i < I; i++) {
        let v = 0;
        for (let k = 0; k < M; k++) v += t[u * M + k] * V[i * M + k];
        s[u * I + i] = v;
      }
    return s;
  };

  const evaluate = (withFrame: boolean): { row: MetricRow; frame?: Frame } => {
    const row: MetricRow = { step: done };
    const series: { label: string; values: Float32Array }[] = [];
    for (const kind of LEARNERS) {
      const s = scores(towers[kind]);
      row[`${kind}Tail`] = recallAtK(s, tailT, U, I, K, notHeld);
      row[`${kind}Head`] = recallAtK(s, headT, U, I, K, notHeld);
      if (withFrame)
        series.push({
          label: kind === 'none' ? 'no SSL' : `SSL (${p.mask} masking)`,
          values: Float32Array.from(quartT, (t) => recallAtK(s, t, U, I, K, notHeld)),
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
      if (stopped) return { rows };
      for (let s = 0; s < count && done < TOTAL; s++) {
        const batch = Array.from({ length: BATCH }, () => clicks[batchRng.int(clicks.length)]);
        // SSL items drawn uniformly over the catalogue (the paper's different distribution for L_self).
        const sslItems = Array.from({ length: SSL_BATCH }, () => batchRng.int(I));
        const losses = LEARNERS.map((kind) => trainStep(towers[kind], kind, batch, sslItems));
        done += 1;
        if (!losses.every(Number.isFinite)) {
          rows.push({ step: done, [DIVERGED]: 1 });
          stopped = true;
          break;
        }
        if (done % EVAL_EVERY === 0) {
          const ev = evaluate(done % (EVAL_EVERY * 5) === 0 || done === TOTAL);
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
