/**
 * Cross-entropy, the LDR-KL loss (fixed λ) and ALDR-KL (a λᵢ per training point) side by side:
 * the same network (2 → 64 → K, same initialisation) trained full-batch with Adam on the same
 * noisy labels, measured on a clean test set. A panel shows the learned λᵢ of ALDR-KL for points
 * whose label is correct and for points whose label was flipped.
 */
import type { ParamValues } from '../runtime/params';
import type { Frame, MetricRow, Sim, SimEnv } from '../runtime/types';
import {
  argmaxRows,
  crossEntropy,
  gaussianClasses,
  gridPoints,
  loopSim,
  mlp,
  mlpOutputs,
  mlpStep,
  pointsPanel,
  type Mlp,
} from '../shared/classifier';
import { LOSSES, ldrLoss, type LossId } from './losses';
import { params } from './params';

export { params };
export const usesTf = false;

export const N_TRAIN = 300,
  N_TEST = 900,
  HIDDEN = 64,
  LR = 0.01;
export const TOTAL = 800,
  EVERY = 10,
  FRAME_EVERY = 100;
const GRID = 30,
  EXTENT = 2.2,
  BINS = 10;

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const K = p.classes;
  const train = gaussianClasses(env.rng.fork('data'), N_TRAIN, K, p.spread, p.noise, p.kind);
  const test = gaussianClasses(env.rng.fork('test'), N_TEST, K, p.spread);
  const nets = Object.fromEntries(LOSSES.map((id) => [id, mlp(env.rng.fork('init'), 2, HIDDEN, K, LR)])) as Record<
    LossId,
    Mlp
  >;
  const lamFixed = new Float32Array(N_TRAIN).fill(p.lambda);
  const lamAdapt = new Float32Array(N_TRAIN).fill(p.lambda);
  const flipped = Uint8Array.from(train.y, (y, i) => (y !== train.clean[i] ? 1 : 0));
  const nFlip = flipped.reduce((a, b) => a + b, 0);
  const grid = gridPoints(GRID, EXTENT);

  const lossFn = (id: LossId) => (o: Float32Array, g: Float32Array) => {
    if (id === 'ce') return crossEntropy(o, train.y, N_TRAIN, K, g);
    if (id === 'ldr') return ldrLoss(o, train.y, N_TRAIN, K, p.margin, lamFixed, g);
    return ldrLoss(o, train.y, N_TRAIN, K, p.margin, lamAdapt, g, { lambda0: p.lambda, alpha: p.alpha });
  };

  function advance(): number {
    let total = 0;
    for (const id of LOSSES) total += mlpStep(nets[id], train.x, N_TRAIN, lossFn(id));
    return total;
  }

  function measure(): Record<string, number> {
    const m: Record<string, number> = {};
    for (const id of LOSSES) {
      const pe = argmaxRows(mlpOutputs(nets[id], test.x, N_TEST), N_TEST, K);
      const pt = argmaxRows(mlpOutputs(nets[id], train.x, N_TRAIN), N_TRAIN, K);
      let ok = 0,
        memo = 0;
      for (let i = 0; i < N_TEST; i++) if (pe[i] === test.clean[i]) ok++;
      for (let i = 0; i < N_TRAIN; i++) if (flipped[i] && pt[i] === train.y[i]) memo++;
      m[`test_${id}`] = ok / N_TEST;
      m[`memo_${id}`] = nFlip ? memo / nFlip : 0;
    }
    let lc = 0,
      lf = 0;
    for (let i = 0; i < N_TRAIN; i++) {
      if (flipped[i]) lf += lamAdapt[i];
      else lc += lamAdapt[i];
    }
    m.lamClean = lc / Math.max(1, N_TRAIN - nFlip);
    m.lamFlipped = nFlip ? lf / nFlip : p.lambda;
    return m;
  }

  function frame(): Frame {
    // Histogram of ALDR-KL's λᵢ over [λ₀(1 − 1/α), λ₀], as shares of clean and of flipped points.
    const lo = p.lambda * (1 - 1 / p.alpha),
      hi = p.lambda;
    const hc = new Float32Array(BINS),
      hf = new Float32Array(BINS);
    for (let i = 0; i < N_TRAIN; i++) {
      const b = Math.min(BINS - 1, Math.max(0, Math.floor(((lamAdapt[i] - lo) / (hi - lo)) * BINS)));
      if (flipped[i]) hf[b] += 1 / Math.max(1, nFlip);
      else hc[b] += 1 / (N_TRAIN - nFlip);
    }
    const labels = Array.from({ length: BINS }, (_, b) => (lo + ((b + 0.5) * (hi - lo)) / BINS).toPrecision(2));
    return {
      lambdas: {
        kind: 'bars',
        labels,
        series: [
          { label: 'correct labels', values: hc },
          { label: 'flipped labels', values: hf },
        ],
      },
      regions: {
        kind: 'heatmap',
        rows: GRID,
        cols: GRID,
        extent: [-EXTENT, EXTENT, -EXTENT, EXTENT],
        values: Float32Array.from(argmaxRows(mlpOutputs(nets.aldr, grid, GRID * GRID), GRID * GRID, K)),
      },
      data: pointsPanel(train, K),
    };
  }

  return loopSim({ total: TOTAL, every: EVERY, frameEvery: FRAME_EVERY, advance, measure, frame });
}

/** The point is made once training is past its middle (memorisation, or its absence, shows). */
export function reached(rows: MetricRow[]): boolean {
  return rows.length > 0 && rows[rows.length - 1].step >= 500;
}
