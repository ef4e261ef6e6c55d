/**
 * Dynamic bad pair mining (DBPM; Lan et al., ICLR 2024) on synthetic time series. Eight classes
 * of series of length 32 (sums of two class-specific sinusoids, random amplitude, phase jitter and
 * noise); a view rescales a series and adds a little jitter. Some
 * series are noisy (signal buried in noise, the same noise in both views: noisy positive pairs)
 * and some are faulty (one view's segments are scrambled every epoch: faulty positive pairs).
 * Two SimCLR learners share initialisation, batches and augmentations; the DBPM learner keeps a
 * memory of each pair's loss (Eq. 1), flags pairs in the tails of that memory (Eq. 2) and
 * multiplies their loss by `weight` (Eq. 3). Labels are never used in training, only to score the
 * representation (5-NN accuracy on clean held-out series) and the mining (which pairs were flagged).
 */
import { defaultsOf, type ParamValues } from '../runtime/params';
import type { Rng } from '../runtime/rng';
import type { Frame, MetricRow, Sim, SimEnv, SimModule } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import { Adam, binLabels, histogram, knnAccuracy, Mlp } from '../shared/embedding';
import { params } from './params';

export { params };
export const usesTf = false;
export type Params = ParamValues<typeof params>;

export const LEN = 32;
const CLASSES = 8;
/** Noise of normal and of noisy series; the phase jitter of an instance. */
const NOISE = 0.6;
const NOISY_NOISE = 2;
const PHASE = 0.4;
export const N = 256;
const TEST = 200;
const BATCH = 64;
const M = 8;
const HIDDEN = 32;
const TAU = 0.2;
const LR = 0.005;
export const EPOCHS = 40;
const STEPS_PER_EPOCH = N / BATCH;
export const TOTAL_STEPS = EPOCHS * STEPS_PER_EPOCH;
/** Epochs before DBPM starts flagging (the memory needs some history). */
const WARMUP = 5;
const SEGMENTS = 8;

export type PairKind = 0 | 1 | 2; // normal, noisy, faulty
const kindNames = ['normal pairs', 'noisy pairs', 'faulty pairs'];

interface Series {
  x: Float64Array; // n × LEN
  label: Uint8Array;
  kind: Uint8Array;
  n: number;
}

function makeSeries(rng: Rng, n: number, noisyFrac: number, faultyFrac: number, freqs: number[][]): Series {
  const x = new Float64Array(n * LEN);
  const label = new Uint8Array(n);
  const kind = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % CLASSES;
    label[i] = c;
    const u = rng.next();
    kind[i] = u < noisyFrac ? 1 : u < noisyFrac + faultyFrac ? 2 : 0;
    const amp = kind[i] === 1 ? 0.15 : 0.8 + 0.4 * rng.next();
    const noise = kind[i] === 1 ? NOISY_NOISE : NOISE;
    const phase = PHASE * rng.normal();
    for (let t = 0; t < LEN; t++) {
      const [f1, f2] = freqs[c];
      x[i * LEN + t] =
        amp *
          (Math.sin((2 * Math.PI * f1 * t) / LEN + phase) + 0.6 * Math.sin((2 * Math.PI * f2 * t) / LEN + 2 * phase)) +
        noise * rng.normal();
    }
  }
  return { x, label, kind, n };
}

interface Learner {
  enc: Mlp;
  opt: Adam;
  memSum: Float64Array;
  memCount: Float64Array;
  flagged: Uint8Array;
}

/** NT-Xent over 2B rows (rows b and b + B are the two views of pair b); per-pair losses and a weighted step. */
function trainStep(L: Learner, x: Float64Array, pairW: Float64Array): Float64Array {
  const B = pairW.length;
  const n = 2 * B;
  const cache = L.enc.forward(x, n);
  const e = cache.e;
  const dE = new Float64Array(n * M);
  const pairLoss = new Float64Array(B);
  const logits = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    const pos = (a + B) % n;
    let max = -Infinity;
    for (let j = 0; j < n; j++) {
      if (j === a) continue;
      let s = 0;
      for (let k = 0; k < M; k++) s += e[a * M + k] * e[j * M + k];
      logits[j] = s / TAU;
      if (logits[j] > max) max = logits[j];
    }
    let z = 0;
    for (let j = 0; j < n; j++) if (j !== a) z += Math.exp(logits[j] - max);
    const lse = max + Math.log(z);
    const loss = lse - logits[pos];
    pairLoss[a % B] += loss / 2;
    const w = pairW[a % B];
    if (w === 0) continue;
    for (let j = 0; j < n; j++) {
      if (j === a) continue;
      const g = (w * (Math.exp(logits[j] - lse) - (j === pos ? 1 : 0))) / (TAU * n);
      for (let k = 0; k < M; k++) {
        dE[a * M + k] += g * e[j * M + k];
        dE[j * M + k] += g * e[a * M + k];
      }
    }
  }
  L.enc.backward(cache, dE);
  L.opt.step(L.enc.grad);
  return pairLoss;
}

export function createSim(p: Params, env: SimEnv): Sim {
  const data = env.rng.fork('data');
  const freqs = Array.from({ length: CLASSES }, (_, c) => [1 + (c % 4), 2 + Math.floor(c / 4) + (c % 4)]);
  const train = makeSeries(data.fork('train'), N, p.noisyFrac, p.faultyFrac, freqs);
  const test = makeSeries(data.fork('test'), TEST, 0, 0, freqs);
  const init = env.rng.fork('init');
  const mk = (): Learner => {
    const enc = new Mlp(init.fork('enc'), LEN, HIDDEN, M, true);
    return {
      enc,
      opt: new Adam(enc.theta, LR),
      memSum: new Float64Array(N),
      memCount: new Float64Array(N),
      flagged: new Uint8Array(N),
    };
  };
  const learners = { plain: mk(), dbpm: mk() };
  // The same noise realisation for both views of a noisy series is already in x; views add small jitter.
  const augRng = env.rng.fork('aug');
  const orderRng = env.rng.fork('order');
  let order = orderRng.shuffle(Array.from({ length: N }, (_, i) => i));
  let done = 0;
  let stopped = false;
  let thresholds = { lo: NaN, hi: NaN };
  const x = new Float64Array(2 * BATCH * LEN);
  const perm = new Int32Array(SEGMENTS);

  const view = (i: number, out: number, scramble: boolean) => {
    const scale = 1 + 0.1 * augRng.normal();
    const src = train.x.subarray(i * LEN, (i + 1) * LEN);
    for (let s = 0; s < SEGMENTS; s++) perm[s] = s;
    if (scramble)
      for (let s = SEGMENTS - 1; s > 0; s--) {
        const j = augRng.int(s + 1);
        const t = perm[s];
        perm[s] = perm[j];
        perm[j] = t;
      }
    const seg = LEN / SEGMENTS;
    for (let s = 0; s < SEGMENTS; s++)
      for (let t = 0; t < seg; t++) x[out * LEN + s * seg + t] = scale * src[perm[s] * seg + t] + 0.1 * augRng.normal();
  };

  const mining = (L: Learner) => {
    const epoch = Math.floor(done / STEPS_PER_EPOCH);
    let mu = 0;
    let sq = 0;
    let cnt = 0;
    for (let i = 0; i < N; i++) {
      if (L.memCount[i] === 0) continue;
      const m = L.memSum[i] / L.memCount[i];
      mu += m;
      sq += m * m;
      cnt++;
    }
    mu /= Math.max(cnt, 1);
    const sd = Math.sqrt(Math.max(sq / Math.max(cnt, 1) - mu * mu, 0));
    const lo = mu - p.beta * sd;
    const hi = mu + p.beta * sd;
    for (let i = 0; i < N; i++) {
      const m = L.memCount[i] > 0 ? L.memSum[i] / L.memCount[i] : mu;
      L.flagged[i] = epoch >= WARMUP && (m < lo || m > hi) ? 1 : 0;
    }
    return { lo, hi };
  };

  const evaluate = (rows: MetricRow[]): Frame => {
    const row: MetricRow = { step: done, epoch: done / STEPS_PER_EPOCH };
    for (const k of ['plain', 'dbpm'] as const)
      row[`${k}Knn`] = knnAccuracy(learners[k].enc.embed(test.x, test.n), test.label, test.n, M, 5);
    const L = learners.dbpm;
    const mem = { 0: [] as number[], 1: [] as number[], 2: [] as number[] };
    let flaggedBad = 0;
    let flaggedAll = 0;
    let bad = 0;
    for (let i = 0; i < N; i++) {
      const kd = train.kind[i] as PairKind;
      if (L.memCount[i] > 0) mem[kd].push(L.memSum[i] / L.memCount[i]);
      if (kd !== 0) bad++;
      if (L.flagged[i]) {
        flaggedAll++;
        if (kd !== 0) flaggedBad++;
      }
    }
    const mean = (a: number[]) => (a.length ? a.reduce((s, v) => s + v, 0) / a.length : NaN);
    if (mem[0].length) row.memNormal = mean(mem[0]);
    if (mem[1].length) row.memNoisy = mean(mem[1]);
    if (mem[2].length) row.memFaulty = mean(mem[2]);
    row.precision = flaggedAll > 0 ? flaggedBad / flaggedAll : 0;
    row.recall = bad > 0 ? flaggedBad / bad : 0;
    row.flagged = flaggedAll / N;
    rows.push(row);
    const all = [...mem[0], ...mem[1], ...mem[2]];
    const lo = Math.min(...all, Number.isFinite(thresholds.lo) ? thresholds.lo : Infinity);
    const hi = Math.max(...all, Number.isFinite(thresholds.hi) ? thresholds.hi : -Infinity);
    const bins = 20;
    const [a, b] = all.length ? [Math.floor(lo * 10) / 10, Math.ceil(hi * 10) / 10 + 1e-9] : [0, 1];
    return {
      memory: {
        kind: 'bars',
        labels: binLabels(a, b, bins, 2),
        series: [0, 1, 2].map((kd) => {
          const h = histogram(mem[kd as PairKind], a, b, bins);
          // Scale to counts so the rare kinds stay visible next to the normal pairs.
          return { label: kindNames[kd], values: h.map((v) => v * mem[kd as PairKind].length) };
        }),
      },
    };
  };

  return {
    totalSteps: TOTAL_STEPS,
    step(count: number) {
      const rows: MetricRow[] = [];
      let frame: Frame | undefined;
      if (stopped) return { rows };
      if (done === 0 && count > 0) frame = evaluate(rows);
      for (let s = 0; s < count && done < TOTAL_STEPS; s++) {
        const within = done % STEPS_PER_EPOCH;
        if (within === 0 && done > 0) order = orderRng.shuffle(order);
        if (within === 0) thresholds = mining(learners.dbpm);
        const idx = order.slice(within * BATCH, (within + 1) * BATCH);
        idx.forEach((i, b) => {
          view(i, b, false);
          view(i, b + BATCH, train.kind[i] === 2);
        });
        const ones = new Float64Array(BATCH).fill(1);
        const wts = Float64Array.from(idx, (i) => (learners.dbpm.flagged[i] ? p.weight : 1));
        const lp = trainStep(learners.plain, x, ones);
        const ld = trainStep(learners.dbpm, x, wts);
        idx.forEach((i, b) => {
          learners.plain.memSum[i] += lp[b];
          learners.plain.memCount[i]++;
          learners.dbpm.memSum[i] += ld[b];
          learners.dbpm.memCount[i]++;
        });
        done += 1;
        if (!lp.every(Number.isFinite) || !ld.every(Number.isFinite)) {
          rows.push({ step: done, [DIVERGED]: 1 });
          stopped = true;
          break;
        }
        if (done % STEPS_PER_EPOCH === 0) {
          const f = evaluate(rows);
          if ((done / STEPS_PER_EPOCH) % 2 === 0 || done === TOTAL_STEPS) frame = f;
        }
      }
      return frame ? { rows, frame } : { rows };
    },
    dispose() {},
  };
}

/** Past warm-up, DBPM's 5-NN accuracy is ≥ 0.03 above plain SimCLR's for 5 consecutive epochs. */
export function reached(rows: MetricRow[]): boolean {
  const ok = rows.filter((r) => Number.isFinite(r.dbpmKnn) && r.epoch > WARMUP);
  if (ok.length < 5) return false;
  return ok.slice(-5).every((r) => r.dbpmKnn - r.plainKnn >= 0.03);
}

export const defaults = defaultsOf(params);

({ params, usesTf, createSim, reached }) satisfies SimModule<typeof params>;
