/**
 * Prototype-sample relation distillation (PRD; Asadi et al., ICML 2023), replay-free continual
 * learning on a sequence of tasks of two Gaussian classes each. An MLP encoder maps inputs onto the
 * unit sphere S²; it is trained on the current task with a supervised contrastive loss on two noisy
 * views, and class prototypes in the same space are trained with a softmax over the current task's
 * prototypes. Two learners see the same stream:
 *  - fine-tuning (λ = 0): old prototypes receive no gradient and stay where they were;
 *  - PRD (λ > 0): each old prototype's softmax over the current batch (Eq. 1) is kept close, in KL,
 *    to what the frozen model and prototypes from the end of the previous task gave (Eq. 2).
 * No old data is stored. Evaluated on held-out samples of every task seen so far, by nearest
 * prototype: task-incremental (within the task's two classes) and class-incremental (all seen).
 */
import { defaultsOf, type ParamValues } from '../runtime/params';
import type { Rng } from '../runtime/rng';
import type { Frame, MetricRow, Sim, SimEnv, SimModule } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import { Adam, classCentres, Mlp, sampleClasses, type Labelled } from '../shared/embedding';
import { params } from './params';

export { params };
export const usesTf = false;
export type Params = ParamValues<typeof params>;

export const D = 16;
export const M = 3;
const HIDDEN = 32;
export const STEPS_PER_TASK = 150;
const BATCH = 32;
const TRAIN_PER_CLASS = 80;
const TEST_PER_CLASS = 40;
const AUG = 0.3;
const TAU_SUPCON = 0.2;
const TAU_PROTO = 0.1;
const LR = 0.01;
export const EVAL_EVERY = 10;

interface Learner {
  enc: Mlp;
  protos: Float64Array; // classes × M (unnormalised)
  protoGrad: Float64Array;
  optEnc: Adam;
  optProto: Adam;
  /** Snapshot at the end of the previous task (PRD targets). */
  oldTheta: Float64Array | null;
  oldProtos: Float64Array | null;
}

function normRow(p: Float64Array, c: number): { v: number[]; inv: number } {
  let s = 1e-12;
  for (let k = 0; k < M; k++) s += p[c * M + k] ** 2;
  const inv = 1 / Math.sqrt(s);
  return { v: Array.from({ length: M }, (_, k) => p[c * M + k] * inv), inv };
}

function makeLearner(rng: Rng, classes: number): Learner {
  const enc = new Mlp(rng.fork('enc'), D, HIDDEN, M, true);
  const protos = Float64Array.from({ length: classes * M }, () => rng.normal());
  return {
    enc,
    protos,
    protoGrad: new Float64Array(protos.length),
    optEnc: new Adam(enc.theta, LR),
    optProto: new Adam(protos, LR),
    oldTheta: null,
    oldProtos: null,
  };
}

/**
 * One training step of a learner on a batch of 2B rows (two views), labels `y`, current classes
 * `cur`, old classes `old`. Returns the loss terms.
 */
function trainStep(
  L: Learner,
  x: Float64Array,
  y: Uint8Array,
  cur: number[],
  old: number[],
  lambda: number,
  tau: number,
): { sup: number; proto: number; prd: number } {
  const n = y.length;
  const cache = L.enc.forward(x, n);
  const e = cache.e;
  const dE = new Float64Array(n * M);
  // Supervised contrastive (SupCon) over the 2B rows.
  let sup = 0;
  const logits = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    let max = -Infinity;
    for (let j = 0; j < n; j++) {
      if (j === a) continue;
      let s = 0;
      for (let k = 0; k < M; k++) s += e[a * M + k] * e[j * M + k];
      logits[j] = s / TAU_SUPCON;
      if (logits[j] > max) max = logits[j];
    }
    let z = 0;
    for (let j = 0; j < n; j++) if (j !== a) z += Math.exp(logits[j] - max);
    const lse = max + Math.log(z);
    let nPos = 0;
    for (let j = 0; j < n; j++) if (j !== a && y[j] === y[a]) nPos++;
    if (nPos === 0) continue;
    for (let j = 0; j < n; j++) {
      if (j === a) continue;
      const pos = y[j] === y[a] ? 1 / nPos : 0;
      if (pos > 0) sup -= pos * (logits[j] - lse);
      const g = (Math.exp(logits[j] - lse) - pos) / (TAU_SUPCON * n);
      if (g === 0) continue;
      for (let k = 0; k < M; k++) {
        dE[a * M + k] += g * e[j * M + k];
        dE[j * M + k] += g * e[a * M + k];
      }
    }
  }
  sup /= n;
  // Prototype loss: softmax over the current task's prototypes.
  const pg = L.protoGrad;
  const dHat = new Float64Array(L.protos.length);
  const curHat = cur.map((c) => normRow(L.protos, c));
  let proto = 0;
  for (let a = 0; a < n; a++) {
    const l = curHat.map((ph) => {
      let s = 0;
      for (let k = 0; k < M; k++) s += ph.v[k] * e[a * M + k];
      return s / TAU_PROTO;
    });
    const max = Math.max(...l);
    const ex = l.map((v) => Math.exp(v - max));
    const z = ex.reduce((s, v) => s + v, 0);
    cur.forEach((c, ci) => {
      const pr = ex[ci] / z;
      const t = y[a] === c ? 1 : 0;
      if (t) proto -= Math.log(pr);
      const g = (pr - t) / (TAU_PROTO * n);
      for (let k = 0; k < M; k++) {
        dE[a * M + k] += g * curHat[ci].v[k];
        dHat[c * M + k] += g * e[a * M + k];
      }
    });
  }
  proto /= n;
  // PRD: KL(q_old ‖ q) for every old prototype, over the batch rows.
  let prd = 0;
  if (lambda > 0 && old.length > 0 && L.oldTheta && L.oldProtos) {
    const saved = L.enc.theta.slice();
    L.enc.theta.set(L.oldTheta);
    const eOld = L.enc.forward(x, n).e;
    L.enc.theta.set(saved);
    for (const c of old) {
      const ph = normRow(L.protos, c);
      const po = normRow(L.oldProtos, c);
      const l = new Float64Array(n);
      const lo = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let s = 0;
        let so = 0;
        for (let k = 0; k < M; k++) {
          s += ph.v[k] * e[i * M + k];
          so += po.v[k] * eOld[i * M + k];
        }
        l[i] = s / tau;
        lo[i] = so / tau;
      }
      const soft = (v: Float64Array) => {
        const max = Math.max(...v);
        const ex = Array.from(v, (t) => Math.exp(t - max));
        const z = ex.reduce((s, t) => s + t, 0);
        return ex.map((t) => t / z);
      };
      const q = soft(l);
      const qo = soft(lo);
      for (let i = 0; i < n; i++) {
        if (qo[i] > 0) prd += qo[i] * (Math.log(qo[i]) - Math.log(Math.max(q[i], 1e-300)));
        const g = (lambda * (q[i] - qo[i])) / tau;
        for (let k = 0; k < M; k++) {
          dE[i * M + k] += g * ph.v[k];
          dHat[c * M + k] += g * e[i * M + k];
        }
      }
    }
  }
  // Through the prototype normalisation.
  for (let c = 0; c < L.protos.length / M; c++) {
    const { v, inv } = normRow(L.protos, c);
    let radial = 0;
    for (let k = 0; k < M; k++) radial += dHat[c * M + k] * v[k];
    for (let k = 0; k < M; k++) pg[c * M + k] += (dHat[c * M + k] - v[k] * radial) * inv;
  }
  L.enc.backward(cache, dE);
  L.optEnc.step(L.enc.grad);
  L.optProto.step(pg);
  return { sup, proto, prd };
}

/** Nearest-prototype accuracy per task: task-incremental (own 2 classes) and class-incremental (all seen). */
function accuracy(L: Learner, test: Labelled, seenTasks: number): { til: number[]; cil: number[] } {
  const e = L.enc.embed(test.x, test.n);
  const hats = Array.from({ length: seenTasks * 2 }, (_, c) => normRow(L.protos, c).v);
  const til = new Array(seenTasks).fill(0);
  const cil = new Array(seenTasks).fill(0);
  const cnt = new Array(seenTasks).fill(0);
  for (let i = 0; i < test.n; i++) {
    const y = test.label[i];
    const t = Math.floor(y / 2);
    if (t >= seenTasks) continue;
    const sim = (c: number) => {
      let s = 0;
      for (let k = 0; k < M; k++) s += hats[c][k] * e[i * M + k];
      return s;
    };
    let best = 0;
    for (let c = 1; c < seenTasks * 2; c++) if (sim(c) > sim(best)) best = c;
    const within = sim(2 * t) >= sim(2 * t + 1) ? 2 * t : 2 * t + 1;
    cnt[t]++;
    if (best === y) cil[t]++;
    if (within === y) til[t]++;
  }
  return { til: til.map((v, t) => v / cnt[t]), cil: cil.map((v, t) => v / cnt[t]) };
}

export function createSim(p: Params, env: SimEnv): Sim {
  const T = p.tasks;
  const classes = 2 * T;
  const data = env.rng.fork('data');
  const centres = classCentres(data, classes, D);
  const train = sampleClasses(data.fork('train'), centres, D, TRAIN_PER_CLASS, p.spread);
  const test = sampleClasses(data.fork('test'), centres, D, TEST_PER_CLASS, p.spread);
  const total = T * STEPS_PER_TASK;
  const init = env.rng.fork('init');
  // Same initialisation for both learners, so the only difference is the PRD term.
  const learners = { ft: makeLearner(init.fork('l'), classes), prd: makeLearner(init.fork('l'), classes) };
  const batchRng = env.rng.fork('batch');
  const augRng = env.rng.fork('aug');
  let done = 0;
  let stopped = false;
  // acc[learner][j][i]: accuracy on task i after training task j (task-incremental).
  const matrix = { ft: new Float32Array(T * T), prd: new Float32Array(T * T) };
  const x = new Float64Array(2 * BATCH * D);
  const y = new Uint8Array(2 * BATCH);

  const drawBatch = (task: number) => {
    for (let b = 0; b < BATCH; b++) {
      const c = 2 * task + batchRng.int(2);
      const idx = c * TRAIN_PER_CLASS + batchRng.int(TRAIN_PER_CLASS);
      y[b] = c;
      y[b + BATCH] = c;
      for (let k = 0; k < D; k++) {
        x[b * D + k] = train.x[idx * D + k] + AUG * augRng.normal();
        x[(b + BATCH) * D + k] = train.x[idx * D + k] + AUG * augRng.normal();
      }
    }
  };

  const frameOf = (task: number): Frame => {
    const L = learners.prd;
    const seen = (task + 1) * 2;
    const sel: number[] = [];
    for (let i = 0; i < test.n; i++) if (test.label[i] < seen && i % 2 === 0) sel.push(i);
    const xs = new Float64Array(sel.length * D);
    sel.forEach((i, r) => xs.set(test.x.subarray(i * D, (i + 1) * D), r * D));
    const panel = (Lr: Learner) => {
      const e = Lr.enc.embed(xs, sel.length);
      const n = sel.length + seen;
      const px = new Float32Array(n);
      const py = new Float32Array(n);
      const pz = new Float32Array(n);
      const group = new Uint8Array(n);
      sel.forEach((i, r) => {
        px[r] = e[r * M];
        py[r] = e[r * M + 1];
        pz[r] = e[r * M + 2];
        group[r] = Math.floor(test.label[i] / 2);
      });
      for (let c = 0; c < seen; c++) {
        const v = normRow(Lr.protos, c).v;
        px[sel.length + c] = v[0] * 1.15;
        py[sel.length + c] = v[1] * 1.15;
        pz[sel.length + c] = v[2] * 1.15;
        group[sel.length + c] = T;
      }
      return {
        kind: 'points' as const,
        x: px,
        y: py,
        z: pz,
        group,
        groupLabels: [...Array.from({ length: T }, (_, t) => `task ${t + 1}`), 'prototypes'],
      };
    };
    const heat = (mat: Float32Array) => ({
      kind: 'heatmap' as const,
      rows: T,
      cols: T,
      values: mat.slice(),
      rowLabels: Array.from({ length: T }, (_, j) => `after task ${j + 1}`),
      colLabels: Array.from({ length: T }, (_, i) => `task ${i + 1}`),
    });
    return { embedPrd: panel(L), embedFt: panel(learners.ft), matrixPrd: heat(matrix.prd), matrixFt: heat(matrix.ft) };
  };

  const evaluate = (rows: MetricRow[], task: number, boundary: boolean): Frame | undefined => {
    const seen = Math.min(task + 1, T);
    const row: MetricRow = { step: done };
    for (const k of ['ft', 'prd'] as const) {
      const acc = accuracy(learners[k], test, seen);
      row[`${k}Til`] = acc.til.reduce((s, v) => s + v, 0) / seen;
      row[`${k}Cil`] = acc.cil.reduce((s, v) => s + v, 0) / seen;
      row[`${k}Task1`] = acc.til[0];
      if (boundary) for (let i = 0; i < seen; i++) matrix[k][task * T + i] = acc.til[i];
    }
    row.boundary = boundary && done < total ? 1 : 0;
    rows.push(row);
    return boundary || done % (EVAL_EVERY * 5) === 0 ? frameOf(task) : undefined;
  };

  return {
    totalSteps: total,
    step(count: number) {
      const rows: MetricRow[] = [];
      let frame: Frame | undefined;
      if (stopped) return { rows };
      for (let s = 0; s < count && done < total; s++) {
        const task = Math.floor(done / STEPS_PER_TASK);
        const atStart = done % STEPS_PER_TASK === 0;
        if (atStart && task > 0) {
          for (const L of Object.values(learners)) {
            L.oldTheta = L.enc.theta.slice();
            L.oldProtos = L.protos.slice();
          }
        }
        const cur = [2 * task, 2 * task + 1];
        const old = Array.from({ length: 2 * task }, (_, c) => c);
        drawBatch(task);
        const a = trainStep(learners.ft, x, y, cur, old, 0, p.tau);
        const b = trainStep(learners.prd, x, y, cur, old, p.lambda, p.tau);
        done += 1;
        if (![a.sup, a.proto, b.sup, b.proto, b.prd].every(Number.isFinite)) {
          rows.push({ step: done, [DIVERGED]: 1 });
          stopped = true;
          break;
        }
        const boundary = done % STEPS_PER_TASK === 0;
        if (done % EVAL_EVERY === 0) {
          const f = evaluate(rows, boundary ? task : Math.floor(done / STEPS_PER_TASK), boundary);
          const last = rows[rows.length - 1];
          last.prdLoss = b.prd;
          if (f) frame = f;
        }
      }
      return frame ? { rows, frame } : { rows };
    },
    dispose() {},
  };
}

/** After the last task, PRD keeps the average task-incremental accuracy ≥ 0.05 above fine-tuning. */
export function reached(rows: MetricRow[]): boolean {
  const last = rows[rows.length - 1];
  return (
    !!last &&
    last.boundary === 0 &&
    rows.some((r) => r.boundary === 1) &&
    last.prdTil - last.ftTil > 0.05 &&
    last.step % STEPS_PER_TASK === 0
  );
}

export const defaults = defaultsOf(params);

({ params, usesTf, createSim, reached }) satisfies SimModule<typeof params>;
