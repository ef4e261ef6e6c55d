/**
 * Unified negative pair generation (UNPG; Jung et al. 2022) on a toy face-recognition problem.
 * Identities are Gaussian classes in 8 identity directions, mixed (by a fixed random rotation) with
 * 8 nuisance directions of larger variance (the stand-in for pose and lighting). An MLP embeds
 * samples on the unit sphere in 8-d. Two learners share initialisation and batches:
 *  - CL: CosFace, i.e. Eq. (1) with the sample's own class weight as the only positive and the
 *    other class weights as negatives (S^n_CL);
 *  - UNPG: the same, with the batch's sample-to-sample negatives (S^n_ML) added to the negative set
 *    after a filter F that drops those above mean + r·std of the batch's S^n_ML (our rendering of
 *    the paper's filter of unreliable negatives).
 * Verification is scored on identities never seen in training (TAR at FAR = 1%), and the panels
 * show the mismatch the paper starts from: sample-to-weight negatives never reach the similarities
 * of the hardest sample-to-sample negatives.
 */
import { defaultsOf, type ParamValues } from '../runtime/params';
import type { Rng } from '../runtime/rng';
import type { Frame, MetricRow, Sim, SimEnv, SimModule } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import { Adam, binLabels, histogram, Mlp, type Labelled } from '../shared/embedding';
import { randomOrthogonal } from '../shared/linalg';
import { params } from './params';

export { params };
export const usesTf = false;
export type Params = ParamValues<typeof params>;

export const D = 16;
const ID_DIMS = 8;
export const M = 8;
const HIDDEN = 32;
export const CLASSES = 48;
const PER_CLASS = 30;
const TEST_CLASSES = 16;
const TEST_PER_CLASS = 20;
/** Within-identity spread, nuisance scale, Adam step size. */
const SPREAD = 0.5;
const NUISANCE = 1.5;
const LR = 0.01;
export const TOTAL_STEPS = 600;
export const EVAL_EVERY = 20;
const BINS = 24;

/** Identities: centres in the first 8 directions, nuisance noise in the last 8, then a fixed rotation. */
function identities(rng: Rng, Q: Float64Array, classes: number, per: number): Labelled {
  const n = classes * per;
  const x = new Float64Array(n * D);
  const label = new Uint8Array(n);
  const centres = Float64Array.from({ length: classes * ID_DIMS }, () => rng.normal());
  const raw = new Float64Array(D);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(i / per);
    label[i] = c;
    for (let k = 0; k < ID_DIMS; k++) raw[k] = centres[c * ID_DIMS + k] + SPREAD * rng.normal();
    for (let k = ID_DIMS; k < D; k++) raw[k] = NUISANCE * rng.normal();
    for (let r = 0; r < D; r++) {
      let s = 0;
      for (let k = 0; k < D; k++) s += Q[r * D + k] * raw[k];
      x[i * D + r] = s;
    }
  }
  return { x, label, n, d: D };
}

interface Learner {
  enc: Mlp;
  W: Float64Array;
  gW: Float64Array;
  optEnc: Adam;
  optW: Adam;
}

function makeLearner(rng: Rng): Learner {
  const enc = new Mlp(rng.fork('enc'), D, HIDDEN, M, true);
  const W = Float64Array.from({ length: CLASSES * M }, () => rng.normal());
  return { enc, W, gW: new Float64Array(W.length), optEnc: new Adam(enc.theta, LR), optW: new Adam(W, LR) };
}

function unitRows(W: Float64Array, rows: number): { hat: Float64Array; inv: Float64Array } {
  const hat = new Float64Array(W.length);
  const inv = new Float64Array(rows);
  for (let c = 0; c < rows; c++) {
    let s = 1e-12;
    for (let k = 0; k < M; k++) s += W[c * M + k] ** 2;
    inv[c] = 1 / Math.sqrt(s);
    for (let k = 0; k < M; k++) hat[c * M + k] = W[c * M + k] * inv[c];
  }
  return { hat, inv };
}

/** One step of Eq. (1) with CL negatives, plus filtered ML negatives when `unified`. */
function trainStep(
  L: Learner,
  x: Float64Array,
  y: Uint8Array,
  unified: boolean,
  p: Params,
): { loss: number; kept: number[] } {
  const n = y.length;
  const cache = L.enc.forward(x, n);
  const e = cache.e;
  const { hat, inv } = unitRows(L.W, CLASSES);
  const dE = new Float64Array(n * M);
  const dHat = new Float64Array(L.W.length);
  const g = p.scale;
  const kept: number[] = [];
  const S = new Float64Array(n * n);
  let mu = 0;
  let sq = 0;
  let cnt = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < M; k++) s += e[i * M + k] * e[j * M + k];
      S[i * n + j] = s;
      if (i < j && y[i] !== y[j]) {
        mu += s;
        sq += s * s;
        cnt++;
      }
    }
  mu /= Math.max(cnt, 1);
  const sd = Math.sqrt(Math.max(sq / Math.max(cnt, 1) - mu * mu, 0));
  const thr = mu + p.filter * sd;
  let loss = 0;
  const sc = new Float64Array(CLASSES);
  for (let i = 0; i < n; i++) {
    const yi = y[i];
    for (let c = 0; c < CLASSES; c++) {
      let s = 0;
      for (let k = 0; k < M; k++) s += e[i * M + k] * hat[c * M + k];
      sc[c] = s;
    }
    const sp = sc[yi];
    const negS: number[] = [];
    const negKind: number[] = [];
    const negJ: number[] = [];
    for (let c = 0; c < CLASSES; c++)
      if (c !== yi) {
        negS.push(sc[c]);
        negKind.push(0);
        negJ.push(c);
      }
    if (unified) {
      for (let j = 0; j < n; j++) {
        if (y[j] === yi) continue;
        const s = S[i * n + j];
        if (s <= thr) {
          negS.push(s);
          negKind.push(1);
          negJ.push(j);
          if (i < j) kept.push(s);
        }
      }
    }
    // Eq. (1) with one positive: log(1 + Σ_n e^{γ(s_n + m − s_p)}).
    const z = negS.map((s) => g * (s + p.margin - sp));
    let max = 0;
    for (const v of z) if (v > max) max = v;
    let sum = Math.exp(-max);
    for (const v of z) sum += Math.exp(v - max);
    loss += max + Math.log(sum);
    let wTot = 0;
    for (let t = 0; t < z.length; t++) {
      const wk = Math.exp(z[t] - max) / sum;
      wTot += wk;
      const coef = (g * wk) / n;
      const j = negJ[t];
      if (negKind[t] === 0) {
        for (let k = 0; k < M; k++) {
          dE[i * M + k] += coef * hat[j * M + k];
          dHat[j * M + k] += coef * e[i * M + k];
        }
      } else {
        for (let k = 0; k < M; k++) {
          dE[i * M + k] += coef * e[j * M + k];
          dE[j * M + k] += coef * e[i * M + k];
        }
      }
    }
    const coefP = (-g * wTot) / n;
    for (let k = 0; k < M; k++) {
      dE[i * M + k] += coefP * hat[yi * M + k];
      dHat[yi * M + k] += coefP * e[i * M + k];
    }
  }
  for (let c = 0; c < CLASSES; c++) {
    let radial = 0;
    for (let k = 0; k < M; k++) radial += dHat[c * M + k] * hat[c * M + k];
    for (let k = 0; k < M; k++) L.gW[c * M + k] += (dHat[c * M + k] - hat[c * M + k] * radial) * inv[c];
  }
  L.enc.backward(cache, dE);
  L.optEnc.step(L.enc.grad);
  L.optW.step(L.gW);
  return { loss: loss / n, kept };
}

/** The embedding of a labelled set by `enc`, and its positive and negative pair similarities. */
function pairSims(enc: Mlp, set: Labelled): { e: Float64Array; pos: Float64Array; neg: Float64Array } {
  const e = enc.embed(set.x, set.n);
  const perLabel = new Int32Array(256);
  for (let i = 0; i < set.n; i++) perLabel[set.label[i]]++;
  let nPos = 0;
  for (const c of perLabel) nPos += (c * (c - 1)) / 2;
  // Typed arrays of known length: the sets hold tens of thousands of pairs, evaluated every 20 steps.
  const pos = new Float64Array(nPos);
  const neg = new Float64Array((set.n * (set.n - 1)) / 2 - nPos);
  let a = 0;
  let b = 0;
  for (let i = 0; i < set.n; i++)
    for (let j = i + 1; j < set.n; j++) {
      let s = 0;
      for (let k = 0; k < M; k++) s += e[i * M + k] * e[j * M + k];
      if (set.label[i] === set.label[j]) pos[a++] = s;
      else neg[b++] = s;
    }
  return { e, pos, neg };
}

/**
 * The q-quantile (by rank) of `a`, as sorting would give it: quickselect (expected O(n), where a
 * sort of the ~50k pairs dominated an evaluation). Reorders `a` in place.
 */
function quantile(a: Float64Array, q: number): number {
  const k = Math.floor(q * (a.length - 1));
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    // Now a[lo..j] ≤ pivot ≤ a[i..hi], and everything strictly between equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/** TAR at FAR = 1%: the share of positive pairs above the 99th percentile of negative pairs (reorders `neg`). */
export function tarAtFar(pos: Float64Array, neg: Float64Array, far = 0.01): number {
  const thr = quantile(neg, 1 - far);
  let above = 0;
  for (const v of pos) if (v > thr) above++;
  return above / pos.length;
}

export function createSim(p: Params, env: SimEnv): Sim {
  const data = env.rng.fork('data');
  const Q = randomOrthogonal(D, data.fork('mix'));
  const train = identities(data.fork('train'), Q, CLASSES, PER_CLASS);
  const test = identities(data.fork('test'), Q, TEST_CLASSES, TEST_PER_CLASS);
  const noise = data.fork('noise');
  const trainLabel = train.label.slice();
  for (let i = 0; i < train.n; i++)
    if (noise.next() < p.labelNoise) trainLabel[i] = (train.label[i] + 1 + noise.int(CLASSES - 1)) % CLASSES;
  // A fixed probe of the training set (6 samples per identity, labels as trained) for the mismatch panel.
  const probeIdx: number[] = [];
  for (let c = 0; c < CLASSES; c++) for (let r = 0; r < 6; r++) probeIdx.push(c * PER_CLASS + r);
  const probe: Labelled = {
    x: Float64Array.from(probeIdx.flatMap((i) => Array.from(train.x.subarray(i * D, (i + 1) * D)))),
    label: Uint8Array.from(probeIdx, (i) => trainLabel[i]),
    n: probeIdx.length,
    d: D,
  };
  const init = env.rng.fork('init');
  const learners = { cl: makeLearner(init.fork('l')), unpg: makeLearner(init.fork('l')) };
  const batchRng = env.rng.fork('batch');
  const B = p.batch;
  const x = new Float64Array(B * D);
  const y = new Uint8Array(B);
  let done = 0;
  let stopped = false;
  let kept: number[] = [];

  const evaluate = (rows: MetricRow[], loss: { cl: number; unpg: number } | null): Frame => {
    const row: MetricRow = { step: done };
    if (loss) {
      row.clLoss = loss.cl;
      row.unpgLoss = loss.unpg;
    }
    const sims = { cl: pairSims(learners.cl.enc, test), unpg: pairSims(learners.unpg.enc, test) };
    row.clTar = tarAtFar(sims.cl.pos, sims.cl.neg);
    row.unpgTar = tarAtFar(sims.unpg.pos, sims.unpg.neg);
    // The mismatch, for the CL learner on the training probe: the hardest negatives each generator yields.
    const tr = pairSims(learners.cl.enc, probe);
    const { hat } = unitRows(learners.cl.W, CLASSES);
    const eTr = tr.e;
    const clNeg = new Float64Array(probe.n * (CLASSES - 1));
    let q = 0;
    for (let i = 0; i < probe.n; i++)
      for (let c = 0; c < CLASSES; c++) {
        if (c === probe.label[i]) continue;
        let s = 0;
        for (let k = 0; k < M; k++) s += eTr[i * M + k] * hat[c * M + k];
        clNeg[q++] = s;
      }
    row.clNegQ99 = quantile(clNeg, 0.99);
    row.mlNegQ99 = quantile(tr.neg, 0.99);
    rows.push(row);
    const labels = binLabels(-1, 1, BINS);
    return {
      generated: {
        kind: 'bars',
        labels,
        series: [
          { label: 'all sample-to-sample negatives', values: histogram(tr.neg, -1, 1, BINS) },
          { label: 'sample-to-weight negatives (CL pairs)', values: histogram(clNeg, -1, 1, BINS) },
          { label: 'UNPG’s kept sample-to-sample negatives (last batch)', values: histogram(kept, -1, 1, BINS) },
        ],
      },
      pairs: {
        kind: 'bars',
        labels,
        series: [
          { label: 'CL: same identity', values: histogram(sims.cl.pos, -1, 1, BINS) },
          { label: 'CL: different identities', values: histogram(sims.cl.neg, -1, 1, BINS) },
          { label: 'UNPG: same identity', values: histogram(sims.unpg.pos, -1, 1, BINS) },
          { label: 'UNPG: different identities', values: histogram(sims.unpg.neg, -1, 1, BINS) },
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
      if (done === 0 && count > 0) frame = evaluate(rows, null);
      for (let s = 0; s < count && done < TOTAL_STEPS; s++) {
        for (let b = 0; b < B; b++) {
          const i = batchRng.int(train.n);
          y[b] = trainLabel[i];
          x.set(train.x.subarray(i * D, (i + 1) * D), b * D);
        }
        const a = trainStep(learners.cl, x, y, false, p);
        const u = trainStep(learners.unpg, x, y, true, p);
        kept = u.kept;
        done += 1;
        if (!Number.isFinite(a.loss) || !Number.isFinite(u.loss)) {
          rows.push({ step: done, [DIVERGED]: 1 });
          stopped = true;
          break;
        }
        if (done % EVAL_EVERY === 0) frame = evaluate(rows, { cl: a.loss, unpg: u.loss });
      }
      return frame ? { rows, frame } : { rows };
    },
    dispose() {},
  };
}

/** At least 300 steps in, UNPG's TAR at FAR = 1% on unseen identities is ≥ 0.03 above CosFace's. */
export function reached(rows: MetricRow[]): boolean {
  const last = rows[rows.length - 1];
  return !!last && last.step >= 300 && last.unpgTar - last.clTar >= 0.03;
}

export const defaults = defaultsOf(params);

({ params, usesTf, createSim, reached }) satisfies SimModule<typeof params>;
