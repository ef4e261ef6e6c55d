/**
 * Self-supervised preference optimisation (SPO, Li et al., 2024) with a log-linear "LM".
 *
 * A response is a set of content units: U = 16 binary features, the first 6 "key content" (each
 * worth v_j ∈ [0.5, 1.5] to the reader), the other 10 filler (worth nothing). The policy's
 * log-likelihood of a response, up to the prompt's normaliser, is s(y) = θ·y; the reference is θ = 0.
 * DPO (Eq. 2) on a few noisy pairs is logistic regression on y_w − y_l and happily puts weight on
 * filler that happened to co-occur with the winners. SPO adds Eq. (1)'s self-supervised term: take a
 * training response, delete k of its key units (k = 1 … levels, the keyword extractor's job in the
 * paper, known here), and classify k from the drop in the policy's own log-likelihood
 * Δ = s(y) − s(ỹ_k) with a small softmax head, logit_k = a_k·Δ + b_k. Predicting the degree forces
 * the policy's likelihood to fall with every key unit removed, which is the direction the real
 * preference lies in. Both runs: full-batch gradient descent from θ = 0 on the same pairs.
 */
import type { ParamValues } from '../runtime/params';
import type { Frame, MetricRow, SimEnv } from '../runtime/types';
import { loopSim } from '../shared/preferences';
import { dot, dpoWeight, sigmoid, softmax } from '../shared/policy';
import { params } from './params';

export { params };
export const usesTf = false;
export const TOTAL_STEPS = 300;
export const KEY = 6;
export const UNITS = 16;
const LR = 0.5;
const N_TEST = 1000;
const CORRUPT_PER_STEP = 32;

export function createSim(p: ParamValues<typeof params>, env: SimEnv) {
  const world = env.rng.fork('world');
  const value = Float64Array.from({ length: UNITS }, (_, j) => (j < KEY ? 0.5 + world.next() : 0));
  const quality = (y: Float64Array) => dot(value, y);
  const response = (rng: SimEnv['rng']) => Float64Array.from({ length: UNITS }, () => (rng.next() < 0.5 ? 1 : 0));
  const dataRng = env.rng.fork('pairs');
  const pairs = Array.from({ length: p.pairs }, () => {
    const a = response(dataRng);
    const b = response(dataRng);
    let aWins = quality(a) >= quality(b);
    if (dataRng.next() < p.labelNoise) aWins = !aWins;
    return aWins ? { w: a, l: b } : { w: b, l: a };
  });
  const testRng = env.rng.fork('test');
  const test = Array.from({ length: N_TEST }, () => [response(testRng), response(testRng)]);
  const corruptRng = env.rng.fork('corrupt');
  const pool = pairs.flatMap((q) => [q.w, q.l]);
  const M = p.levels;

  const runs = [
    { key: 'dpo', lambda: 0, theta: new Float64Array(UNITS), head: new Float64Array(2 * M) },
    { key: 'spo', lambda: p.weight, theta: new Float64Array(UNITS), head: new Float64Array(2 * M) },
  ];
  for (const r of runs) for (let k = 0; k < M; k++) r.head[k] = k + 1; // a_k = k: more removed, larger drop

  /** One corrupted example: the removed units (as a vector) and the level k (0-based). */
  function corruption(): { removed: Float64Array; k: number } | null {
    const y = pool[corruptRng.int(pool.length)];
    const present = [];
    for (let j = 0; j < KEY; j++) if (y[j]) present.push(j);
    const k = corruptRng.int(M);
    if (present.length < k + 1) return null;
    corruptRng.shuffle(present);
    const removed = new Float64Array(UNITS);
    for (let i = 0; i <= k; i++) removed[present[i]] = 1;
    return { removed, k };
  }

  return loopSim({
    total: TOTAL_STEPS,
    emitEvery: 2,
    frameEvery: 10,
    advance() {
      const batch = Array.from({ length: CORRUPT_PER_STEP }, corruption).filter((c) => c !== null);
      for (const run of runs) {
        const g = new Float64Array(UNITS);
        for (const { w, l } of pairs) {
          const m = dot(run.theta, w) - dot(run.theta, l);
          const c = dpoWeight(m, p.beta) / pairs.length;
          for (let j = 0; j < UNITS; j++) g[j] += c * (w[j] - l[j]);
        }
        if (run.lambda > 0 && batch.length) {
          const gh = new Float64Array(2 * M);
          for (const { removed, k } of batch) {
            const delta = dot(run.theta, removed);
            const probs = softmax(Array.from({ length: M }, (_, i) => run.head[i] * delta + run.head[M + i]));
            // Ascent direction of log p(k | Δ): (e_k − probs) through the head, and Σ_i (e_k − probs)_i a_i through Δ.
            let dDelta = 0;
            for (let i = 0; i < M; i++) {
              const e = (i === k ? 1 : 0) - probs[i];
              gh[i] += (e * delta) / batch.length;
              gh[M + i] += e / batch.length;
              dDelta += e * run.head[i];
            }
            const c = (run.lambda * dDelta) / batch.length;
            for (let j = 0; j < UNITS; j++) g[j] += c * removed[j];
          }
          for (let i = M; i < 2 * M; i++) run.head[i] += LR * run.lambda * gh[i]; // slopes a_k = k fixed: an ordinal head
        }
        for (let j = 0; j < UNITS; j++) run.theta[j] += LR * g[j];
      }
    },
    measure(step): MetricRow {
      const row: MetricRow = { step };
      for (const run of runs) {
        let ok = 0;
        for (const [a, b] of test) {
          const truth = quality(a) - quality(b);
          const pred = dot(run.theta, a) - dot(run.theta, b);
          if (truth !== 0) ok += Math.sign(truth) === Math.sign(pred) ? 1 : pred === 0 ? 0.5 : 0;
        }
        let key = 0,
          filler = 0;
        for (let j = 0; j < UNITS; j++) {
          if (j < KEY) key += run.theta[j] ** 2;
          else filler += run.theta[j] ** 2;
        }
        row[`acc_${run.key}`] = ok / N_TEST;
        row[`filler_${run.key}`] = Math.sqrt(filler / (key + filler + 1e-12));
        row[`train_${run.key}`] =
          pairs.reduce((s, q) => s + (sigmoid(p.beta * (dot(run.theta, q.w) - dot(run.theta, q.l))) > 0.5 ? 1 : 0), 0) /
          pairs.length;
      }
      return row;
    },
    frame(): Frame {
      const labels = Array.from({ length: UNITS }, (_, j) => (j < KEY ? `key ${j + 1}` : `filler ${j - KEY + 1}`));
      const scale = (t: Float64Array) => {
        const m = Math.max(1e-9, ...Array.from(t, Math.abs));
        return Float32Array.from(t, (v) => v / m);
      };
      return {
        weights: {
          kind: 'bars',
          labels,
          series: [
            { label: 'true value (scaled)', values: scale(value) },
            { label: 'DPO θ (scaled)', values: scale(runs[0].theta) },
            { label: 'DPO + SPO θ (scaled)', values: scale(runs[1].theta) },
          ],
        },
      };
    },
  });
}

/** Shown once both runs have fitted their pairs. */
export function reached(rows: MetricRow[]): boolean {
  const last = rows[rows.length - 1];
  return !!last && last.step >= 150;
}
