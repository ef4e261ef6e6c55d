/**
 * Fine-grained against holistic rewards (Wu et al., 2023) for a toy generator.
 *
 * The "LM" emits an answer of `length` tokens; at every position it draws from its own softmax over
 * 8 tokens: 2 correct and relevant, 3 false, 3 irrelevant. Three reward models score an answer:
 * factuality (−w_false per false token) and relevance (−w_irr per irrelevant token), both paid at the
 * end of each segment of `segment` tokens, and completeness (+w_comp per correct token) paid at the
 * end. The holistic run gets the same total as one reward after the last token, so both runs
 * optimise the same objective and differ only in where the reward arrives (Eq. 1's density).
 * Advantages are generalised advantage estimates with γ = 1 and a per-position value baseline:
 * A_t = Σ_k λ^k (r_{t+k} − b_{t+k}), b the running mean reward at each position. A holistic reward
 * reaches token t only through λ^{L−1−t}, and carries every other token's noise.
 */
import type { ParamValues } from '../runtime/params';
import type { Frame, MetricRow, SimEnv } from '../runtime/types';
import { loopSim } from '../shared/preferences';
import { addTabularGrad, softmax } from '../shared/policy';
import { params } from './params';

export { params };
export const usesTf = false;
export const TOTAL_STEPS = 250;
export const BATCH = 16;
/** Token kinds: 0–1 correct, 2–4 false, 5–7 irrelevant. */
export const KIND = [0, 0, 1, 1, 1, 2, 2, 2];
const V = KIND.length;

/** Per-token rewards of one answer under the fine-grained schedule (segment ends) or holistic (end only). */
export function rewards(tokens: number[], p: ParamValues<typeof params>, holistic: boolean): Float64Array {
  const L = tokens.length;
  const r = new Float64Array(L);
  const seg = holistic ? L : Math.min(p.segment, L);
  let acc = 0;
  for (let t = 0; t < L; t++) {
    const k = KIND[tokens[t]];
    acc += k === 1 ? -p.wFalse : k === 2 ? -p.wIrr : 0;
    if ((t + 1) % seg === 0 || t === L - 1) {
      r[t] += acc;
      acc = 0;
    }
  }
  r[L - 1] += p.wComp * tokens.filter((y) => KIND[y] === 0).length;
  return r;
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv) {
  const L = p.length;
  const init = env.rng.fork('init');
  const start = Array.from({ length: L }, () => Float64Array.from({ length: V }, () => 0.5 * init.normal()));
  const runs = (['fine', 'holistic'] as const).map((key) => ({
    key,
    z: start.map((z) => Float64Array.from(z)),
    base: new Float64Array(L),
    rng: env.rng.fork('episodes'), // same stream for both runs: identical rewards give identical runs
  }));

  function step(run: (typeof runs)[number]) {
    const pis = run.z.map((z) => softmax(z));
    const grads = run.z.map(() => new Float64Array(V));
    const sumR = new Float64Array(L);
    for (let b = 0; b < BATCH; b++) {
      const tokens = pis.map((pi) => run.rng.categorical(pi));
      const r = rewards(tokens, p, run.key === 'holistic');
      let adv = 0;
      for (let t = L - 1; t >= 0; t--) {
        adv = r[t] - run.base[t] + p.lambda * adv;
        addTabularGrad(grads[t], pis[t], tokens[t], adv / BATCH);
        sumR[t] += r[t] / BATCH;
      }
    }
    for (let t = 0; t < L; t++) {
      for (let k = 0; k < V; k++) run.z[t][k] += p.lr * grads[t][k];
      run.base[t] = 0.9 * run.base[t] + 0.1 * sumR[t];
    }
  }

  const kindRate = (z: Float64Array[], kind: number) =>
    z.reduce((s, zt) => s + softmax(zt).reduce((a, q, y) => a + (KIND[y] === kind ? q : 0), 0), 0) / z.length;

  return loopSim({
    total: TOTAL_STEPS,
    frameEvery: 5,
    advance() {
      for (const run of runs) step(run);
    },
    measure(s): MetricRow {
      const row: MetricRow = { step: s, episodes: s * BATCH };
      for (const run of runs) {
        row[`false_${run.key}`] = kindRate(run.z, 1);
        row[`irr_${run.key}`] = kindRate(run.z, 2);
        row[`err_${run.key}`] = row[`false_${run.key}`] + row[`irr_${run.key}`];
      }
      return row;
    },
    frame(): Frame {
      const values = new Float32Array(2 * L);
      runs.forEach((run, i) => run.z.forEach((zt, t) => (values[i * L + t] = 1 - softmax(zt)[0] - softmax(zt)[1])));
      return {
        credit: {
          kind: 'heatmap',
          rows: 2,
          cols: L,
          values,
          rowLabels: ['fine-grained', 'holistic'],
          colLabels: Array.from({ length: L }, (_, t) => `${t + 1}`),
        },
      };
    },
  });
}

/** Shown once the fine-grained run has clearly pulled ahead. */
export function reached(rows: MetricRow[]): boolean {
  const last = rows[rows.length - 1];
  return !!last && last.step >= 100;
}
