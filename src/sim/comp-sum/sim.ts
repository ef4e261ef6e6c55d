/**
 * Comp-sum losses under label noise: one MLP trained full-batch with Adam on noisy labels under
 * the loss Φ^τ, measured on the noisy training labels and on a clean test set. Small τ fits fast
 * and memorises flipped labels; τ near 2 resists them but fits slowly.
 */
import type { Scalar, Tensor } from '@tensorflow/tfjs-core';
import type { MetricRow, PanelData, Sim, SimEnv, StepResult } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import type { ParamValues } from '../runtime/params';
import { makeSet } from './data';
import { compSumLoss, makeMlp } from './model';
import { params } from './params';

export { params };
export const usesTf = true;

export const N_TRAIN = 300;
export const N_TEST = 900;
export const TOTAL_STEPS = 1000;
/** A row every EVERY steps (absolute step index, so chunking never changes the rows). */
export const EVERY = 10;
const FRAME_EVERY = 100;
const GRID = 36;
const EXTENT = 2.4;

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const { tf } = env;
  const dataRng = env.rng.fork('data');
  const train = makeSet(dataRng, N_TRAIN, p.classes, p.spread, p.noise);
  const test = makeSet(env.rng.fork('test'), N_TEST, p.classes, p.spread, 0);
  const mlp = makeMlp(tf, env.rng.fork('init'), p.classes);
  const xTrain = tf.tensor2d(train.x, [N_TRAIN, 2]);
  const yTrain = tf.tidy(() => tf.cast(tf.oneHot(tf.tensor1d(train.y, 'int32'), p.classes), 'float32'));
  const xTest = tf.tensor2d(test.x, [N_TEST, 2]);
  const grid = new Float32Array(GRID * GRID * 2);
  for (let r = 0; r < GRID; r++)
    for (let c = 0; c < GRID; c++) {
      grid[2 * (r * GRID + c)] = -EXTENT + (2 * EXTENT * (c + 0.5)) / GRID;
      grid[2 * (r * GRID + c) + 1] = EXTENT - (2 * EXTENT * (r + 0.5)) / GRID;
    }
  const xGrid = tf.tensor2d(grid, [GRID * GRID, 2]);
  const opt = tf.train.adam(p.lr);
  const flipped = train.y.map((y, i) => (y !== train.clean[i] ? 1 : 0));
  const nFlipped = flipped.reduce((a, b) => a + b, 0);
  let step = 0;
  let stopped = false;

  const argmax = (x: Tensor): Int32Array => {
    const t = tf.tidy(() => tf.argMax(mlp.logits(x), 1));
    const out = t.dataSync() as Int32Array;
    t.dispose();
    return out;
  };

  function measure(loss: number): MetricRow {
    const pt = argmax(xTrain);
    const pe = argmax(xTest);
    let fitNoisy = 0,
      memo = 0,
      cleanFit = 0,
      testOk = 0;
    for (let i = 0; i < N_TRAIN; i++) {
      if (pt[i] === train.y[i]) fitNoisy++;
      if (flipped[i] && pt[i] === train.y[i]) memo++;
      if (!flipped[i] && pt[i] === train.y[i]) cleanFit++;
    }
    for (let i = 0; i < N_TEST; i++) if (pe[i] === test.clean[i]) testOk++;
    return {
      step,
      loss,
      trainAcc: fitNoisy / N_TRAIN,
      testAcc: testOk / N_TEST,
      memorised: nFlipped ? memo / nFlipped : 0,
      cleanFit: cleanFit / (N_TRAIN - nFlipped),
    };
  }

  function frame(): Record<string, PanelData> {
    const pg = argmax(xGrid);
    return {
      regions: {
        kind: 'heatmap',
        rows: GRID,
        cols: GRID,
        values: Float32Array.from(pg),
        extent: [-EXTENT, EXTENT, -EXTENT, EXTENT],
      },
      data: {
        kind: 'points',
        x: Float32Array.from({ length: N_TRAIN }, (_, i) => train.x[2 * i]),
        y: Float32Array.from({ length: N_TRAIN }, (_, i) => train.x[2 * i + 1]),
        group: Uint8Array.from(train.y),
        groupLabels: Array.from({ length: p.classes }, (_, k) => `labelled class ${k + 1}`),
      },
    };
  }

  return {
    totalSteps: TOTAL_STEPS,
    step(n: number): StepResult {
      const rows: MetricRow[] = [];
      let fr: StepResult['frame'];
      if (step === 0 && n > 0) {
        rows.push(measure(NaN));
        fr = frame();
      }
      for (let i = 0; i < n && step < TOTAL_STEPS && !stopped; i++) {
        const emit = (step + 1) % EVERY === 0;
        const cost = opt.minimize(() => compSumLoss(tf, mlp.logits(xTrain), yTrain, p.tau) as Scalar, emit, mlp.vars);
        step++;
        if (!emit) continue;
        const loss = cost!.dataSync()[0];
        cost!.dispose();
        if (!Number.isFinite(loss) || loss > 1e6) {
          rows.push({ step, loss: Number.isFinite(loss) ? loss : 1e6, [DIVERGED]: 1 });
          stopped = true;
          break;
        }
        rows.push(measure(loss));
        if (step % FRAME_EVERY === 0) fr = frame();
      }
      return fr ? { rows, frame: fr } : { rows };
    },
    dispose() {
      mlp.dispose();
      opt.dispose();
      tf.dispose([xTrain, yTrain, xTest, xGrid]);
    },
  };
}

/** The point is shown once the run is past its middle (memorisation, or its absence, is visible). */
export function reached(rows: MetricRow[]): boolean {
  return rows.length > 0 && rows[rows.length - 1].step >= 600;
}
