/**
 * The Z-loss beside log-softmax and the squared error (another spherical loss): the same small
 * network (2 → 32 → D, same initialisation) trained with each loss on the same D Gaussian classes,
 * measured by top-1 and top-3 accuracy on a clean test set. A side panel applies a shift and a
 * scale to the trained networks' outputs and shows which losses change; another gives the
 * per-example cost of the output layer's gradient against the number of classes.
 */
import type { ParamValues } from '../runtime/params';
import type { Frame, MetricRow, Sim, SimEnv } from '../runtime/types';
import { gaussianClasses, loopSim, mlp, mlpOutputs, mlpStep, topKAccuracy, type Mlp } from '../shared/classifier';
import { LOSSES, LOSS_LABELS, logitScale, lossOf, type LossId } from './losses';
import { params } from './params';

export { params };
export const usesTf = false;

export const N_TRAIN = 400,
  N_TEST = 1000,
  HIDDEN = 32,
  TOP_K = 3;
export const TOTAL = 600,
  EVERY = 10,
  FRAME_EVERY = 100;
/** Hidden width of the output-cost panel (the paper's d). */
const COST_D = 512;

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const D = p.classes;
  const train = gaussianClasses(env.rng.fork('data'), N_TRAIN, D, p.spread);
  const test = gaussianClasses(env.rng.fork('test'), N_TEST, D, p.spread);
  // Same initialisation for every loss: fork('init') restarts the same stream each time.
  const nets = Object.fromEntries(LOSSES.map((id) => [id, mlp(env.rng.fork('init'), 2, HIDDEN, D, p.lr)])) as Record<
    LossId,
    Mlp
  >;

  function advance(): number {
    let total = 0;
    for (const id of LOSSES)
      total += mlpStep(nets[id], train.x, N_TRAIN, (o, g) => lossOf(id, o, train.y, N_TRAIN, D, p.a, p.b, g));
    return total;
  }

  function measure(): Record<string, number> {
    const m: Record<string, number> = {};
    for (const id of LOSSES) {
      const o = mlpOutputs(nets[id], test.x, N_TEST);
      m[`top1_${id}`] = topKAccuracy(o, test.clean, N_TEST, D, 1);
      m[`top3_${id}`] = topKAccuracy(o, test.clean, N_TEST, D, TOP_K);
      m[`scale_${id}`] = logitScale(o, N_TEST, D);
    }
    // The invariance test on the log-softmax network's outputs: loss before and after o → γ·o + δ.
    const o = mlpOutputs(nets.ce, test.x, N_TEST);
    const moved = o.map((v) => p.scale * v + p.shift);
    for (const id of ['ce', 'z'] as const) {
      m[`${id}Before`] = lossOf(id, o, test.clean, N_TEST, D, p.a, p.b);
      m[`${id}After`] = lossOf(id, moved, test.clean, N_TEST, D, p.a, p.b);
    }
    return m;
  }

  function frame(): Frame {
    const m = measure();
    const Ds = [10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];
    return {
      invariance: {
        kind: 'bars',
        labels: ['log-softmax', 'Z-loss'],
        series: [
          { label: 'test loss', values: Float32Array.of(m.ceBefore, m.zBefore) },
          { label: `outputs × ${p.scale.toFixed(2)} + ${p.shift}`, values: Float32Array.of(m.ceAfter, m.zAfter) },
        ],
      },
      // Multiply-adds per example for the output layer's exact gradient: D·d for log-softmax,
      // about d² for a spherical loss with the factored update of Vincent et al. (independent of D).
      cost: {
        kind: 'curves',
        x: Float32Array.from(Ds),
        series: [
          { label: 'log-softmax: D·d', y: Float32Array.from(Ds, (d) => d * COST_D) },
          { label: 'spherical (Z-loss): ≈ d²', y: Float32Array.from(Ds, () => COST_D * COST_D) },
        ],
      },
    };
  }

  return loopSim({ total: TOTAL, every: EVERY, frameEvery: FRAME_EVERY, advance, measure, frame });
}

/** The point is made once the networks have trained for most of the run. */
export function reached(rows: MetricRow[]): boolean {
  return rows.length > 0 && rows[rows.length - 1].step >= 400;
}

export { LOSS_LABELS };
