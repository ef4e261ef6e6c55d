/**
 * Chain of Hindsight (Liu et al., 2023) against SFT on positively rated outputs, with a toy LM.
 *
 * World: 30 training prompts and 20 unseen ones, each with 12 candidate outputs described by 3
 * features φ; a rater approves output o with probability σ(3·w*·φ_o) (w* unknown to the model).
 * The pretrained "LM" picks outputs by logits b0 unrelated to quality. We sample `samples` outputs per
 * training prompt, rate them (flipping a rating with probability `labelNoise`) and fine-tune:
 *   logit(o | prompt, feedback c) = b[prompt][o] + c·θ·φ_o,   c = +1 for "Good:", −1 for "Bad:",
 * a per-prompt table b (what this prompt's outputs look like) plus one shared direction θ that the
 * feedback phrase switches on: the toy's version of an LM that conditions on feedback text.
 * CoH: maximum likelihood of every rated output given its own feedback phrase (Eq. 1: the loss is on
 * the output, the feedback is only conditioned on). SFT: the same model with c = +1, trained on the
 * approved outputs only. We generate with "Good:" and measure the rater's approval rate, on the
 * training prompts and on unseen prompts (where b is the pretrained b0 and only θ carries over).
 */
import type { ParamValues } from '../runtime/params';
import type { Frame, MetricRow, SimEnv } from '../runtime/types';
import { loopSim } from '../shared/preferences';
import { dot, sigmoid, softmax } from '../shared/policy';
import { params } from './params';

export { params };
export const usesTf = false;
export const TOTAL_STEPS = 300;
const P_TRAIN = 30;
const P_HELD = 20;
const K = 12;
const D = 3;
const KAPPA = 3;

interface Prompt {
  phi: Float64Array[];
  b0: Float64Array;
  approve: Float64Array;
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv) {
  const world = env.rng.fork('world');
  const w = Float64Array.from({ length: D }, () => world.normal());
  const wn = Math.hypot(...w);
  for (let j = 0; j < D; j++) w[j] /= wn;
  const prompt = (): Prompt => {
    const phi = Array.from({ length: K }, () => Float64Array.from({ length: D }, () => world.normal()));
    return {
      phi,
      b0: Float64Array.from({ length: K }, () => world.normal()),
      approve: Float64Array.from(phi, (f) => sigmoid(KAPPA * dot(w, f))),
    };
  };
  const train = Array.from({ length: P_TRAIN }, prompt);
  const held = Array.from({ length: P_HELD }, prompt);
  const dataRng = env.rng.fork('ratings');
  const data = train.map((pr) => {
    const p0 = softmax(pr.b0);
    return Array.from({ length: p.samples }, () => {
      const o = dataRng.categorical(p0);
      let good = dataRng.next() < pr.approve[o];
      if (dataRng.next() < p.labelNoise) good = !good;
      return { o, c: good ? 1 : -1 };
    });
  });

  const runs = (['coh', 'sft'] as const).map((key) => ({
    key,
    b: train.map((pr) => Float64Array.from(pr.b0)),
    theta: new Float64Array(D),
  }));
  const logits = (pr: Prompt, b: Float64Array, theta: Float64Array, c: number) =>
    Float64Array.from(pr.phi, (f, k) => b[k] + c * dot(theta, f));
  const approval = (pr: Prompt, b: Float64Array, theta: Float64Array, c: number) =>
    dot(softmax(logits(pr, b, theta, c)), pr.approve);

  return loopSim({
    total: TOTAL_STEPS,
    emitEvery: 2,
    frameEvery: 10,
    advance() {
      for (const run of runs) {
        const gTheta = new Float64Array(D);
        train.forEach((pr, x) => {
          const gb = new Float64Array(K);
          const proj = Float64Array.from(pr.phi, (f) => dot(run.theta, f));
          const pis = [-1, 1].map((c) => softmax(Float64Array.from(proj, (v, k) => run.b[x][k] + c * v)));
          for (const { o, c } of data[x]) {
            if (c < 0 && (run.key === 'sft' || !p.negatives)) continue;
            const pi = pis[c > 0 ? 1 : 0];
            for (let k = 0; k < K; k++) {
              const e = (k === o ? 1 : 0) - pi[k]; // ∂ log π(o)/∂ logit_k
              gb[k] += e;
              const f = pr.phi[k];
              for (let j = 0; j < D; j++) gTheta[j] += c * e * f[j];
            }
          }
          for (let k = 0; k < K; k++) run.b[x][k] += (p.lr * gb[k]) / p.samples;
        });
        for (let j = 0; j < D; j++) run.theta[j] += (p.lr * gTheta[j]) / (p.samples * P_TRAIN);
      }
    },
    measure(step): MetricRow {
      const row: MetricRow = { step };
      for (const run of runs) {
        row[`train_${run.key}`] = train.reduce((s, pr, x) => s + approval(pr, run.b[x], run.theta, 1), 0) / P_TRAIN;
        row[`held_${run.key}`] = held.reduce((s, pr) => s + approval(pr, pr.b0, run.theta, 1), 0) / P_HELD;
      }
      row.held_bad = held.reduce((s, pr) => s + approval(pr, pr.b0, runs[0].theta, -1), 0) / P_HELD;
      row.held_base = held.reduce((s, pr) => s + dot(softmax(pr.b0), pr.approve), 0) / P_HELD;
      return row;
    },
    frame(): Frame {
      const pr = held[0];
      const order = Array.from({ length: K }, (_, k) => k).sort((a, b) => pr.approve[b] - pr.approve[a]);
      const pick = (v: Float64Array) => Float32Array.from(order, (k) => v[k]);
      return {
        outputs: {
          kind: 'bars',
          labels: order.map((k) => `${Math.round(100 * pr.approve[k])}% approve`),
          series: [
            { label: 'pretrained', values: pick(softmax(pr.b0)) },
            { label: 'SFT', values: pick(softmax(logits(pr, pr.b0, runs[1].theta, 1))) },
            { label: 'CoH, "Good:"', values: pick(softmax(logits(pr, pr.b0, runs[0].theta, 1))) },
          ],
        },
      };
    },
  });
}

/** Shown once the held-out curves have separated. */
export function reached(rows: MetricRow[]): boolean {
  const last = rows[rows.length - 1];
  return !!last && last.step >= 150;
}
