/**
 * Online prototype learning (OnPro; Wei et al., ICCV 2023) at toy scale: online class-incremental
 * learning on a single pass over a stream of Gaussian classes (two new classes per task), with a
 * small reservoir replay buffer. Two learners see the same stream and the same buffer:
 *  - ER: cross-entropy on the incoming batch plus a replayed batch;
 *  - OnPro: the same, plus the online-prototype contrastive loss (Eq. 2 of the page) on the
 *    prototypes of two noisy views, computed over the incoming batch and over the incoming and
 *    replayed batch together (online prototype equilibrium), and replay drawn partly from the
 *    classes whose buffer prototypes lie closest to another class (adaptive prototypical feedback).
 * Encoder: an MLP onto the unit sphere S² with a linear classifier on top; evaluated on held-out
 * samples of every class seen so far (class-incremental accuracy, confusion, forgetting).
 */
import { defaultsOf, type ParamValues } from '../runtime/params';
import type { Rng } from '../runtime/rng';
import type { Frame, MetricRow, Sim, SimEnv, SimModule } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import { Adam, classCentres, Mlp, sampleClasses } from '../shared/embedding';
import { params } from './params';

export { params };
export const usesTf = false;
export type Params = ParamValues<typeof params>;

export const D = 8;
export const M = 8;
const HIDDEN = 32;
const PER_CLASS = 100;
const BATCH = 10;
export const STEPS_PER_TASK = (2 * PER_CLASS) / BATCH;
const TEST_PER_CLASS = 60;
const AUG = 0.25;
const TAU = 0.2;
const SCALE = 8;
const LR = 0.01;
const FEEDBACK_TEMP = 0.1;
export const EVAL_EVERY = 5;

interface Learner {
  enc: Mlp;
  W: Float64Array; // classes × M
  gW: Float64Array;
  optEnc: Adam;
  optW: Adam;
  rng: Rng;
  aug: Rng;
}

function makeLearner(rng: Rng, classes: number): Learner {
  const enc = new Mlp(rng.fork('enc'), D, HIDDEN, M, true);
  const W = Float64Array.from({ length: classes * M }, () => 0.1 * rng.normal());
  return {
    enc,
    W,
    gW: new Float64Array(W.length),
    optEnc: new Adam(enc.theta, LR),
    optW: new Adam(W, LR),
    rng: rng.fork('replay'),
    aug: rng.fork('aug'),
  };
}

/** Cross-entropy of the linear head over the `seen` classes; adds ∂/∂e into dE. */
function ceLoss(
  L: Learner,
  e: Float64Array,
  y: ArrayLike<number>,
  rows: number[],
  seen: number,
  dE: Float64Array,
  weight: number,
): number {
  let loss = 0;
  const l = new Float64Array(seen);
  for (const a of rows) {
    let max = -Infinity;
    for (let c = 0; c < seen; c++) {
      let s = 0;
      for (let k = 0; k < M; k++) s += L.W[c * M + k] * e[a * M + k];
      l[c] = SCALE * s;
      if (l[c] > max) max = l[c];
    }
    let z = 0;
    for (let c = 0; c < seen; c++) z += Math.exp(l[c] - max);
    const lse = max + Math.log(z);
    loss -= l[y[a]] - lse;
    for (let c = 0; c < seen; c++) {
      const g = (weight * SCALE * (Math.exp(l[c] - lse) - (c === y[a] ? 1 : 0))) / rows.length;
      for (let k = 0; k < M; k++) {
        dE[a * M + k] += g * L.W[c * M + k];
        L.gW[c * M + k] += g * e[a * M + k];
      }
    }
  }
  return loss / rows.length;
}

/**
 * Online-prototype contrast between two views: rows `rows` of view 1 sit at r, view 2 at r + half.
 * Prototypes are normalised class means per view; loss is symmetric InfoNCE over the classes present.
 */
function protoLoss(
  e: Float64Array,
  y: ArrayLike<number>,
  rows: number[],
  half: number,
  dE: Float64Array,
  weight: number,
): number {
  const classes = [...new Set(rows.map((r) => y[r]))].sort((a, b) => a - b);
  const C = classes.length;
  if (C < 2) return 0;
  const idx = new Map(classes.map((c, i) => [c, i]));
  const views = [0, half];
  const mean = views.map(() => new Float64Array(C * M));
  const count = new Float64Array(C);
  for (const r of rows) {
    const c = idx.get(y[r])!;
    count[c]++;
    views.forEach((off, v) => {
      for (let k = 0; k < M; k++) mean[v][c * M + k] += e[(r + off) * M + k];
    });
  }
  const p = views.map(() => new Float64Array(C * M));
  const inv = views.map(() => new Float64Array(C));
  for (let v = 0; v < 2; v++)
    for (let c = 0; c < C; c++) {
      let s = 1e-12;
      for (let k = 0; k < M; k++) {
        mean[v][c * M + k] /= count[c];
        s += mean[v][c * M + k] ** 2;
      }
      inv[v][c] = 1 / Math.sqrt(s);
      for (let k = 0; k < M; k++) p[v][c * M + k] = mean[v][c * M + k] * inv[v][c];
    }
  const dP = views.map(() => new Float64Array(C * M));
  let loss = 0;
  // Both directions: view a's prototypes as anchors against view b's.
  for (const [a, b] of [
    [0, 1],
    [1, 0],
  ]) {
    for (let i = 0; i < C; i++) {
      const l = new Float64Array(C);
      let max = -Infinity;
      for (let j = 0; j < C; j++) {
        let s = 0;
        for (let k = 0; k < M; k++) s += p[a][i * M + k] * p[b][j * M + k];
        l[j] = s / TAU;
        if (l[j] > max) max = l[j];
      }
      let z = 0;
      for (let j = 0; j < C; j++) z += Math.exp(l[j] - max);
      const lse = max + Math.log(z);
      loss -= (l[i] - lse) / (2 * C);
      for (let j = 0; j < C; j++) {
        const g = (weight * (Math.exp(l[j] - lse) - (i === j ? 1 : 0))) / (TAU * 2 * C);
        for (let k = 0; k < M; k++) {
          dP[a][i * M + k] += g * p[b][j * M + k];
          dP[b][j * M + k] += g * p[a][i * M + k];
        }
      }
    }
  }
  // Back through normalisation and the mean.
  for (let v = 0; v < 2; v++) {
    const dm = new Float64Array(C * M);
    for (let c = 0; c < C; c++) {
      let radial = 0;
      for (let k = 0; k < M; k++) radial += dP[v][c * M + k] * p[v][c * M + k];
      for (let k = 0; k < M; k++)
        dm[c * M + k] = ((dP[v][c * M + k] - p[v][c * M + k] * radial) * inv[v][c]) / count[c];
    }
    for (const r of rows) {
      const c = idx.get(y[r])!;
      for (let k = 0; k < M; k++) dE[(r + views[v]) * M + k] += dm[c * M + k];
    }
  }
  return loss;
}

export function createSim(p: Params, env: SimEnv): Sim {
  const T = p.tasks;
  const classes = 2 * T;
  const data = env.rng.fork('data');
  const centres = classCentres(data, classes, D);
  const train = sampleClasses(data.fork('train'), centres, D, PER_CLASS, p.spread);
  const test = sampleClasses(data.fork('test'), centres, D, TEST_PER_CLASS, p.spread);
  const total = T * STEPS_PER_TASK;
  // The stream: each task's samples in a random order, one pass.
  const streamRng = env.rng.fork('stream');
  const stream: number[] = [];
  for (let t = 0; t < T; t++) {
    const idx = Array.from({ length: 2 * PER_CLASS }, (_, i) => 2 * t * PER_CLASS + i);
    stream.push(...streamRng.shuffle(idx));
  }
  const init = env.rng.fork('init');
  // Same initialisation and random streams for both learners: with λ = 0 and no feedback they coincide.
  const learners = { er: makeLearner(init.fork('l'), classes), op: makeLearner(init.fork('l'), classes) };
  const bufRng = env.rng.fork('buffer');
  const buffer: number[] = [];
  let streamSeen = 0;
  let done = 0;
  let stopped = false;
  const bestAcc = { er: new Float64Array(classes), op: new Float64Array(classes) };
  const confusion = { er: new Float32Array(classes * classes), op: new Float32Array(classes * classes) };

  /** Replay indices for a learner: a `share` from classes close to another in prototype space. */
  const replay = (L: Learner, share: number): number[] => {
    const R = Math.min(BATCH, buffer.length);
    if (R === 0) return [];
    const out: number[] = [];
    const nFb = share > 0 ? Math.round(share * R) : 0;
    if (nFb > 0) {
      const bx = new Float64Array(buffer.length * D);
      buffer.forEach((i, r) => bx.set(train.x.subarray(i * D, (i + 1) * D), r * D));
      const e = L.enc.embed(bx, buffer.length);
      const sum = new Float64Array(classes * M);
      const cnt = new Float64Array(classes);
      buffer.forEach((i, r) => {
        const c = train.label[i];
        cnt[c]++;
        for (let k = 0; k < M; k++) sum[c * M + k] += e[r * M + k];
      });
      const present = [...Array(classes).keys()].filter((c) => cnt[c] > 0);
      for (const c of present) {
        let s = 1e-12;
        for (let k = 0; k < M; k++) s += sum[c * M + k] ** 2;
        for (let k = 0; k < M; k++) sum[c * M + k] /= Math.sqrt(s);
      }
      // Closeness of each class to its nearest other class → sampling weight.
      const w = new Float64Array(classes);
      if (present.length > 1) {
        let max = -Infinity;
        for (const c of present) {
          let best = -Infinity;
          for (const c2 of present) {
            if (c2 === c) continue;
            let s = 0;
            for (let k = 0; k < M; k++) s += sum[c * M + k] * sum[c2 * M + k];
            if (s > best) best = s;
          }
          w[c] = best;
          if (best > max) max = best;
        }
        let z = 0;
        for (const c of present) z += w[c] = Math.exp((w[c] - max) / FEEDBACK_TEMP);
        for (const c of present) w[c] /= z;
      } else for (const c of present) w[c] = 1;
      const byClass = new Map<number, number[]>();
      buffer.forEach((i) => {
        const c = train.label[i];
        if (!byClass.has(c)) byClass.set(c, []);
        byClass.get(c)!.push(i);
      });
      for (let r = 0; r < nFb; r++) {
        let u = L.rng.next();
        let c = present[present.length - 1];
        for (const cc of present) {
          u -= w[cc];
          if (u <= 0) {
            c = cc;
            break;
          }
        }
        const list = byClass.get(c)!;
        out.push(list[L.rng.int(list.length)]);
      }
    }
    while (out.length < R) out.push(buffer[L.rng.int(buffer.length)]);
    return out;
  };

  const trainStep = (L: Learner, incoming: number[], share: number, lambda: number, seen: number) => {
    const rep = replay(L, share);
    const idx = [...incoming, ...rep];
    const n = idx.length;
    const x = new Float64Array(2 * n * D);
    const y = new Uint8Array(2 * n);
    idx.forEach((i, r) => {
      y[r] = y[r + n] = train.label[i];
      for (let k = 0; k < D; k++) {
        const v = train.x[i * D + k];
        x[r * D + k] = v + AUG * L.aug.normal();
        x[(r + n) * D + k] = v + AUG * L.aug.normal();
      }
    });
    const cache = L.enc.forward(x, 2 * n);
    const dE = new Float64Array(2 * n * M);
    const all = Array.from({ length: 2 * n }, (_, r) => r);
    const ce = ceLoss(L, cache.e, y, all, seen, dE, 1);
    let pro = 0;
    if (lambda > 0) {
      const inc = incoming.map((_, r) => r);
      const both = idx.map((_, r) => r);
      pro += protoLoss(cache.e, y, inc, n, dE, lambda);
      pro += protoLoss(cache.e, y, both, n, dE, lambda);
    }
    L.enc.backward(cache, dE);
    L.optEnc.step(L.enc.grad);
    L.optW.step(L.gW);
    return ce + lambda * pro;
  };

  const evaluate = (L: Learner, seen: number) => {
    const e = L.enc.embed(test.x, test.n);
    const correct = new Float64Array(classes);
    const conf = new Float32Array(classes * classes);
    for (let i = 0; i < test.n; i++) {
      const y = test.label[i];
      if (y >= seen) continue;
      let best = 0;
      let bs = -Infinity;
      for (let c = 0; c < seen; c++) {
        let s = 0;
        for (let k = 0; k < M; k++) s += L.W[c * M + k] * e[i * M + k];
        if (s > bs) {
          bs = s;
          best = c;
        }
      }
      conf[y * classes + best] += 1 / TEST_PER_CLASS;
      if (best === y) correct[y] += 1 / TEST_PER_CLASS;
    }
    return { correct, conf, e };
  };

  const frame = (seen: number): Frame => {
    const out: Frame = {};
    for (const k of ['er', 'op'] as const) {
      const { e } = evaluate(learners[k], seen);
      const sel: number[] = [];
      for (let i = 0; i < test.n; i++) if (test.label[i] < seen && i % 2 === 0) sel.push(i);
      out[k === 'er' ? 'embedEr' : 'embedOp'] = {
        kind: 'points',
        x: Float32Array.from(sel, (i) => e[i * M]),
        y: Float32Array.from(sel, (i) => e[i * M + 1]),
        z: Float32Array.from(sel, (i) => e[i * M + 2]),
        group: Uint8Array.from(sel, (i) => test.label[i]),
        groupLabels: Array.from({ length: classes }, (_, c) => `class ${c + 1}`),
      };
      out[k === 'er' ? 'confEr' : 'confOp'] = {
        kind: 'heatmap',
        rows: classes,
        cols: classes,
        values: confusion[k].slice(),
        rowLabels: Array.from({ length: classes }, (_, c) => `true ${c + 1}`),
        colLabels: Array.from({ length: classes }, (_, c) => `${c + 1}`),
      };
    }
    return out;
  };

  return {
    totalSteps: total,
    step(count: number) {
      const rows: MetricRow[] = [];
      let fr: Frame | undefined;
      if (stopped) return { rows };
      for (let s = 0; s < count && done < total; s++) {
        const task = Math.floor(done / STEPS_PER_TASK);
        const seen = 2 * (task + 1);
        const incoming = stream.slice(done * BATCH, (done + 1) * BATCH);
        let a = 0;
        let b = 0;
        for (let it = 0; it < p.iters; it++) {
          a = trainStep(learners.er, incoming, 0, 0, seen);
          b = trainStep(learners.op, incoming, p.feedback, p.lambda, seen);
        }
        // Reservoir update after training on the batch.
        for (const i of incoming) {
          streamSeen++;
          if (buffer.length < p.buffer) buffer.push(i);
          else {
            const j = bufRng.int(streamSeen);
            if (j < p.buffer) buffer[j] = i;
          }
        }
        done += 1;
        if (!Number.isFinite(a) || !Number.isFinite(b)) {
          rows.push({ step: done, [DIVERGED]: 1 });
          stopped = true;
          break;
        }
        const boundary = done % STEPS_PER_TASK === 0;
        if (done % EVAL_EVERY === 0) {
          const row: MetricRow = { step: done, boundary: boundary && done < total ? 1 : 0 };
          for (const k of ['er', 'op'] as const) {
            const ev = evaluate(learners[k], seen);
            let acc = 0;
            for (let c = 0; c < seen; c++) acc += ev.correct[c] / seen;
            row[`${k}Acc`] = acc;
            if (boundary) {
              for (let c = 0; c < seen; c++) bestAcc[k][c] = Math.max(bestAcc[k][c], ev.correct[c]);
              confusion[k].set(ev.conf);
              // Forgetting: mean drop from each old class's best accuracy (classes of earlier tasks).
              let f = 0;
              for (let c = 0; c < seen - 2; c++) f += bestAcc[k][c] - ev.correct[c];
              row[`${k}Forget`] = seen > 2 ? f / (seen - 2) : 0;
              // Off-diagonal confusion mass: share of test samples assigned to a wrong class.
              row[`${k}Confused`] = 1 - acc;
            }
          }
          rows.push(row);
          if (boundary || done % (EVAL_EVERY * 4) === 0) fr = frame(seen);
        }
      }
      return fr ? { rows, frame: fr } : { rows };
    },
    dispose() {},
  };
}

/** At the end of the stream, OnPro's accuracy on all classes is ≥ 0.05 above ER's. */
export function reached(rows: MetricRow[]): boolean {
  const last = rows[rows.length - 1];
  return (
    !!last &&
    last.step % STEPS_PER_TASK === 0 &&
    rows.some((r) => r.boundary === 1) &&
    last.boundary === 0 &&
    last.opAcc - last.erAcc > 0.05
  );
}

export const defaults = defaultsOf(params);

({ params, usesTf, createSim, reached }) satisfies SimModule<typeof params>;
