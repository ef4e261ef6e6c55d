/**
 * Contrastive temperature, live (Wang & Liu 2021, config C1 of flagships.md §C.2): an encoder
 * learns an embedding of 8 Gaussian classes on the unit sphere from two noisy views per instance,
 * with NT-Xent at temperature τ (or its hard or simple variants). Rows report the layout's
 * uniformity and tolerance; frames show the embedding itself and the similarity histograms.
 */
import type { Tensor2D } from '@tensorflow/tfjs-core';
import { defaultsOf, type ParamValues } from '../runtime/params';
import type { Frame, MetricRow, Sim, SimEnv, SimModule } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import { BATCH, CLASSES, makeWorld, sampleBatch, views } from './data';
import { createEncoder, type LossKind } from './model';
import { embeddingStats, HIST_BINS, principalPlane, type EmbeddingStats } from './metrics';
import { params } from './params';
import { uniformityMax } from '../shared/contrastive';

export { params };
export const usesTf = true;

export type Params = ParamValues<typeof params>;

/** Training steps of a run (config C1). */
export const TOTAL_STEPS = 600;
/** A metric row every EVAL_EVERY steps (and at step 0). */
export const EVAL_EVERY = 10;
/** A frame (embedding + histograms) every FRAME_EVERY steps (and at step 0). */
export const FRAME_EVERY = 20;

const groupLabels = Array.from({ length: CLASSES }, (_, c) => `class ${c + 1}`);
const binLabels = Array.from({ length: HIST_BINS }, (_, b) => (-1 + (2 * b + 1) / HIST_BINS).toFixed(2));

export function createSim(p: Params, env: SimEnv): Sim {
  const tf = env.tf;
  const m = Number(p.dim);
  const world = makeWorld(env.rng.fork('data'), p.spread);
  const n = world.n;
  const d = world.d;
  const keep = Math.max(1, Math.round(p.hardFrac * (2 * BATCH - 2)));
  const enc = createEncoder(tf, env.rng.fork('init'), {
    inputDim: d,
    dim: m,
    batch: BATCH,
    tau: p.tau,
    loss: p.loss as LossKind,
    keep,
  });
  const unifMax = uniformityMax(m);
  const batchRng = env.rng.fork('batch');
  const augRng = env.rng.fork('aug');

  // Fixed evaluation inputs: the clean set and one pair of augmented views of every instance.
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const evalViews = new Float32Array(2 * n * d);
  const evalRng = env.rng.fork('eval');
  views(world, all, p.aug, evalRng, evalViews, 0);
  views(world, all, p.aug, evalRng, evalViews, n);
  const xClean = tf.tensor2d(world.x, [n, d]);
  const xViews = tf.tensor2d(evalViews, [2 * n, d]);

  const scratch = new Int32Array(n);
  const batchX = new Float32Array(2 * BATCH * d);
  let done = 0;
  let stopped = false;
  let plane: Float64Array | null = null;

  const evaluate = (): { stats: EmbeddingStats; e: Float32Array } => {
    const [eT, vT] = [enc.embed(xClean), enc.embed(xViews)];
    const e = eT.dataSync() as Float32Array;
    const v = vT.dataSync() as Float32Array;
    tf.dispose([eT, vT]);
    return { stats: embeddingStats(e, v.subarray(0, n * m), v.subarray(n * m), world.label, m), e };
  };

  const frameOf = (e: Float32Array, s: EmbeddingStats): Frame => {
    let x: Float32Array, y: Float32Array, z: Float32Array | undefined;
    if (m === 3) {
      x = Float32Array.from({ length: n }, (_, i) => e[3 * i]);
      y = Float32Array.from({ length: n }, (_, i) => e[3 * i + 1]);
      z = Float32Array.from({ length: n }, (_, i) => e[3 * i + 2]);
    } else {
      plane = principalPlane(e, m, plane);
      const proj = (dir: number) =>
        Float32Array.from({ length: n }, (_, i) => {
          let acc = 0;
          for (let c = 0; c < m; c++) acc += e[i * m + c] * plane![dir * m + c];
          return acc;
        });
      x = proj(0);
      y = proj(1);
    }
    return {
      embedding: { kind: 'points', x, y, ...(z ? { z } : {}), group: world.label.slice(), groupLabels },
      hist: {
        kind: 'bars',
        labels: binLabels,
        series: [
          { label: 'positive pairs', values: s.hist.pos },
          { label: 'same class', values: s.hist.same },
          { label: 'other classes', values: s.hist.cross },
        ],
      },
    };
  };

  const trainOne = (): number | null => {
    const idx = sampleBatch(n, BATCH, batchRng, scratch);
    views(world, idx, p.aug, augRng, batchX, 0);
    views(world, idx, p.aug, augRng, batchX, BATCH);
    const x = tf.tensor2d(batchX, [2 * BATCH, d]) as Tensor2D;
    done += 1;
    const loss = enc.trainStep(x, done % EVAL_EVERY === 0);
    x.dispose();
    return loss;
  };

  return {
    totalSteps: TOTAL_STEPS,
    step(count: number) {
      const rows: MetricRow[] = [];
      let frame: Frame | undefined;
      const emit = (loss: number | null) => {
        const { stats, e } = evaluate();
        rows.push({
          step: done,
          ...(loss === null ? {} : { loss }),
          uniformity: stats.uniformity,
          unifMax,
          tolerance: stats.tolerance,
          posSim: stats.posSim,
          negSim: stats.negSim,
          knnAcc: stats.knnAcc,
        });
        if (done % FRAME_EVERY === 0 || done === TOTAL_STEPS) frame = frameOf(e, stats);
      };
      if (stopped) return { rows };
      if (done === 0 && count > 0) emit(null);
      for (let k = 0; k < count && done < TOTAL_STEPS; k++) {
        const loss = trainOne();
        if (loss === null) continue;
        if (!Number.isFinite(loss) || loss > 1e6) {
          rows.push({ step: done, [DIVERGED]: 1 });
          stopped = true;
          break;
        }
        emit(loss);
      }
      return frame ? { rows, frame } : { rows };
    },
    dispose() {
      enc.dispose();
      tf.dispose([xClean, xViews]);
    },
  };
}

/**
 * The embedding has settled: at least 300 steps in, and uniformity has moved by less than 0.02
 * over the last 100 steps.
 */
export function reached(rows: MetricRow[]): boolean {
  const ok = rows.filter((r) => Number.isFinite(r.uniformity));
  const last = ok[ok.length - 1];
  if (!last || last.step < 300) return false;
  const before = ok.find((r) => r.step >= last.step - 100);
  return !!before && Math.abs(last.uniformity - before.uniformity) < 0.02;
}

export const defaults = defaultsOf(params);

// Compile-time check that this file is a SimModule.
({ params, usesTf, createSim, reached }) satisfies SimModule<typeof params>;
