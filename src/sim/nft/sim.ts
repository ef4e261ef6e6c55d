/**
 * Negative-aware fine-tuning (Chen et al., 2025) against rejection-sampling fine-tuning and a
 * group-relative policy gradient, on a verifier task small enough to write down.
 *
 * The "LLM" is one tabular softmax per question over 8 candidate answers, exactly one correct.
 * Every round each method samples `group` answers per question from its current policy π_old,
 * the verifier marks them r ∈ {0,1}, r_q is the group's accuracy, and the method updates logits:
 *   RFT   maximise (1/G) Σ r_i log π(y_i)                     (likelihood on the correct answers only)
 *   GRPO  ascend   (1/G) Σ (r_i − r_q) ∇log π(y_i)            (Dr.-GRPO form, no division by the std)
 *   NFT   minimise (1/G) Σ ω_q [−r_i log R_i − (1−r_i) log((1 − r_q R_i)/(1 − r_q))],  R = π/π_old
 * The NFT negative term is the likelihood of a wrong answer under the implicit negative policy
 * (π_old − r_q π)/(1 − r_q). At R = 1 (on-policy) its gradient is ∇log π on a correct answer and
 * −r_q/(1−r_q)·∇log π on a wrong one; with ω_q = 1 − r_q that is exactly GRPO's (r − r_q)·∇log π.
 * All three methods see the same random stream (common random numbers).
 */
import type { ParamValues } from '../runtime/params';
import { createRng } from '../runtime/rng';
import type { Frame, MetricRow, SimEnv } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import { loopSim } from '../shared/preferences';
import { addTabularGrad, softmax } from '../shared/policy';
import { params } from './params';

export { params };
export const usesTf = false;
export const TOTAL_STEPS = 150;
export const QUESTIONS = 48;
export const ANSWERS = 8;
export const METHODS = ['rft', 'grpo', 'nft'] as const;
export type Method = (typeof METHODS)[number];

/** Per-sample weights a_i (the update is Σ a_i ∇log π(y_i) / G) for one question's group. */
export function sampleWeights(
  method: Method,
  rewards: number[],
  ratio: number[],
  weighting: 'grpo' | 'none',
): number[] {
  const G = rewards.length;
  const rq = rewards.reduce((a, b) => a + b, 0) / G;
  return rewards.map((r, i) => {
    if (method === 'rft') return r;
    if (method === 'grpo') return r - rq;
    // NFT: undefined for r_q ∈ {0, 1} (the implicit negative policy needs 0 < r_q < 1): no update.
    if (rq <= 0 || rq >= 1) return 0;
    const w = weighting === 'grpo' ? 1 - rq : 1;
    if (r) return w; // −∇[−log R] = ∇log π
    // −∇[−log(1 − r_q R)] = −r_q R/(1 − r_q R)·∇log π; the floor keeps the barrier finite off-policy.
    return (-w * (rq * ratio[i])) / Math.max(1 - rq * ratio[i], 1e-3);
  });
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv) {
  const init = env.rng.fork('questions');
  const start: Float64Array[] = [];
  for (let q = 0; q < QUESTIONS; q++) {
    const z = Float64Array.from({ length: ANSWERS }, () => init.normal());
    z[1] += 1.5; // a tempting wrong answer (the "trap") on every question
    z[0] += p.difficulty - 2 + 3 * init.next(); // answer 0 is correct; spread of starting accuracies
    start.push(z);
  }
  const samplingSeed = env.rng.fork('sampling').int(2 ** 31);
  const runs = METHODS.map((m) => ({
    method: m,
    z: start.map((z) => Float64Array.from(z)),
    rng: createRng(samplingSeed), // the same stream for every method
    negDrop: 0,
  }));

  function round(run: (typeof runs)[number]) {
    const batch = run.z.map((z) => {
      const p0 = softmax(z);
      const ys = Array.from({ length: p.group }, () => run.rng.categorical(p0));
      return { p0, ys, rs: ys.map((y) => (y === 0 ? 1 : 0)) };
    });
    let drop = 0;
    let nNeg = 0;
    for (let e = 0; e < p.epochs; e++)
      for (let q = 0; q < QUESTIONS; q++) {
        const { p0, ys, rs } = batch[q];
        const z = run.z[q];
        const pi = softmax(z);
        const a = sampleWeights(
          run.method,
          rs,
          ys.map((y) => pi[y] / p0[y]),
          p.weighting,
        );
        const g = new Float64Array(ANSWERS);
        for (let i = 0; i < ys.length; i++) addTabularGrad(g, pi, ys[i], a[i] / ys.length);
        for (let k = 0; k < ANSWERS; k++) z[k] += p.lr * g[k];
      }
    // How far the update moved the log-probability of the answers the verifier rejected.
    for (let q = 0; q < QUESTIONS; q++) {
      const pi = softmax(run.z[q]);
      const { p0, ys, rs } = batch[q];
      ys.forEach((y, i) => {
        if (!rs[i]) {
          drop += Math.log(pi[y]) - Math.log(p0[y]);
          nNeg++;
        }
      });
    }
    run.negDrop = nNeg ? drop / nNeg : 0;
  }

  const accOf = (z: Float64Array[]) => z.map((zq) => softmax(zq)[0]);
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

  return loopSim({
    total: TOTAL_STEPS,
    frameEvery: 5,
    advance() {
      for (const r of runs) round(r);
    },
    measure(step): MetricRow {
      const row: MetricRow = { step };
      for (const r of runs) {
        const acc = mean(accOf(r.z));
        const trap = mean(r.z.map((zq) => softmax(zq)[1]));
        if (!Number.isFinite(acc)) return { step, [DIVERGED]: 1 };
        row[`acc_${r.method}`] = acc;
        row[`trap_${r.method}`] = trap;
        if (step > 0) row[`neg_${r.method}`] = r.negDrop;
      }
      return row;
    },
    frame(): Frame {
      const values = new Float32Array(METHODS.length * QUESTIONS);
      runs.forEach((r, i) => accOf(r.z).forEach((a, q) => (values[i * QUESTIONS + q] = a)));
      return {
        perQuestion: {
          kind: 'heatmap',
          rows: METHODS.length,
          cols: QUESTIONS,
          values,
          rowLabels: ['RFT', 'GRPO', 'NFT'],
          colLabels: Array.from({ length: QUESTIONS }, (_, q) => `q${q + 1}`),
        },
      };
    },
  });
}

/** Shown once the three accuracy curves have separated from the start and from each other. */
export function reached(rows: MetricRow[]): boolean {
  const last = rows[rows.length - 1];
  return !!last && last.step >= 60;
}
