/**
 * Opposing signals (Rosenfeld & Risteski, 2023) in a two-layer tanh network trained by full-batch GD.
 *
 * Most examples are labelled by a weak "genuine" signal spread over a few input features. Two small
 * outlier groups share one large-magnitude feature (size B) but carry opposite labels: the feature
 * dominates the network's output on them and their gradients pull it in opposite directions. Early on
 * the network settles into a narrow valley that balances the two groups; as training sharpens it, the
 * curvature along the opposing feature (∝ B²) reaches the stability limit 2/η and GD starts to
 * overshoot: the output on the feature flips sign step to step, one group's loss rises while the
 * other's falls, and the total loss spikes. Sharpness (top Hessian eigenvalue of the training loss) is
 * measured by power iteration on finite-difference Hessian–vector products.
 */
import type { MetricRow, PanelData, Sim, SimEnv, StepResult } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import type { ParamValues } from '../runtime/params';
import { params } from './params';

export { params };
export const usesTf = false;

export const N = 128;
export const DIM = 6;
export const TOTAL_STEPS = 1200;
const SHARP_EVERY = 9;
const FRAME_EVERY = 60;

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const m = p.width;
  const dr = env.rng.fork('data');
  const X = new Float64Array(N * DIM),
    Y = new Float64Array(N),
    G = new Uint8Array(N);
  const nOut = Math.round(p.frac * N);
  for (let i = 0; i < N; i++) {
    // Genuine features 1…5: label = sign of their sum; feature 0 is the opposing signal.
    let s = 0;
    for (let k = 1; k < DIM; k++) {
      X[i * DIM + k] = dr.normal();
      s += X[i * DIM + k];
    }
    Y[i] = s > 0 ? 1 : -1;
    if (i < 2 * nOut) {
      G[i] = i < nOut ? 1 : 2; // group A (+1) and group B (−1)
      X[i * DIM] = p.magnitude * (1 + 0.05 * dr.normal());
      Y[i] = i < nOut ? 1 : -1;
    }
  }
  const ir = env.rng.fork('init');
  const P = DIM * m + m + m + 1; // W1, b1, w2, b2
  const theta = new Float64Array(P);
  for (let k = 0; k < DIM * m; k++) theta[k] = ir.normal() / Math.sqrt(DIM);
  for (let k = 0; k < m; k++) theta[DIM * m + m + k] = ir.normal() / Math.sqrt(m);
  const h = new Float64Array(m);

  /** Loss per group (0 rest, 1 A, 2 B), total, and (optionally) the gradient into `grad`. */
  function evaluate(th: Float64Array, grad: Float64Array | null): number[] {
    const sums = [0, 0, 0],
      counts = [0, 0, 0];
    if (grad) grad.fill(0);
    const oB1 = DIM * m,
      oW2 = oB1 + m,
      oB2 = oW2 + m;
    let total = 0;
    for (let i = 0; i < N; i++) {
      let out = th[oB2];
      for (let j = 0; j < m; j++) {
        let z = th[oB1 + j];
        for (let k = 0; k < DIM; k++) z += X[i * DIM + k] * th[k * m + j];
        h[j] = Math.tanh(z);
        out += th[oW2 + j] * h[j];
      }
      const e = out - Y[i],
        l = 0.5 * e * e;
      sums[G[i]] += l;
      counts[G[i]]++;
      total += l / N;
      if (!grad) continue;
      const g = e / N;
      grad[oB2] += g;
      for (let j = 0; j < m; j++) {
        grad[oW2 + j] += g * h[j];
        const dz = g * th[oW2 + j] * (1 - h[j] * h[j]);
        grad[oB1 + j] += dz;
        for (let k = 0; k < DIM; k++) grad[k * m + j] += dz * X[i * DIM + k];
      }
    }
    return [
      sums[0] / Math.max(1, counts[0]),
      sums[1] / Math.max(1, counts[1]),
      sums[2] / Math.max(1, counts[2]),
      total,
    ];
  }

  const grad = new Float64Array(P),
    gp = new Float64Array(P),
    tp = new Float64Array(P);
  let v = Float64Array.from({ length: P }, () => env.rng.fork('power').normal());
  /** Top Hessian eigenvalue by power iteration (warm-started), Hv ≈ (∇L(θ + εv) − ∇L(θ))/ε. */
  function sharpness(): number {
    evaluate(theta, grad);
    let lam = 0;
    for (let it = 0; it < 8; it++) {
      let nv = 0;
      for (const x of v) nv += x * x;
      nv = Math.sqrt(nv) || 1;
      const eps = 1e-4;
      for (let k = 0; k < P; k++) {
        v[k] /= nv;
        tp[k] = theta[k] + eps * v[k];
      }
      evaluate(tp, gp);
      const hv = Float64Array.from(gp, (x, k) => (x - grad[k]) / eps);
      lam = hv.reduce((s, x, k) => s + x * v[k], 0);
      v = hv;
    }
    return lam;
  }

  let step = 0,
    stopped = false,
    lastSharp = NaN;
  const history: number[][] = [];

  function row(losses: number[]): MetricRow {
    const r: MetricRow = { step, rest: losses[0], total: losses[3], threshold: 2 / p.lr };
    if (nOut > 0) {
      r.groupA = losses[1];
      r.groupB = losses[2];
    }
    if (Number.isFinite(lastSharp)) r.sharpness = lastSharp;
    return r;
  }

  function frame(): Record<string, PanelData> {
    // The output on a pure opposing-signal input across the recent steps: flips sign when oscillating.
    const recent = history.slice(-60);
    return {
      phase: {
        kind: 'points',
        x: Float32Array.from(recent, (h) => h[1]),
        y: Float32Array.from(recent, (h) => h[2]),
        group: Uint8Array.from(recent, () => 0),
        groupLabels: ['(loss A, loss B) over the last 60 steps'],
        segments: Float32Array.from(recent.slice(1).flatMap((h, k) => [recent[k][1], recent[k][2], h[1], h[2]])),
      },
    };
  }

  return {
    totalSteps: TOTAL_STEPS,
    step(n: number): StepResult {
      const rows: MetricRow[] = [];
      let fr: StepResult['frame'];
      if (step === 0 && n > 0) {
        lastSharp = sharpness();
        const l0 = evaluate(theta, null);
        history.push(l0);
        rows.push(row(l0));
        fr = frame();
      }
      for (let i = 0; i < n && step < TOTAL_STEPS && !stopped; i++) {
        evaluate(theta, grad);
        for (let k = 0; k < P; k++) theta[k] -= p.lr * grad[k];
        step++;
        if (step % SHARP_EVERY === 0) lastSharp = sharpness();
        const losses = evaluate(theta, null);
        if (!Number.isFinite(losses[3]) || losses[3] > 1e6) {
          rows.push({ step, total: 1e6, [DIVERGED]: 1 });
          stopped = true;
          break;
        }
        history.push(losses);
        if (history.length > 200) history.shift();
        if (step % 3 === 0) rows.push(row(losses));
        if (step % FRAME_EVERY === 0) fr = frame();
      }
      return fr ? { rows, frame: fr } : { rows };
    },
    dispose() {},
  };
}

/** Correlation of step-to-step changes of two keys over rows (negative: out of phase). */
export function changeCorrelation(rows: MetricRow[], a: string, b: string): number {
  const da: number[] = [],
    db: number[] = [];
  for (let i = 1; i < rows.length; i++) {
    da.push(rows[i][a] - rows[i - 1][a]);
    db.push(rows[i][b] - rows[i - 1][b]);
  }
  const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
  const ma = mean(da),
    mb = mean(db);
  let sab = 0,
    saa = 0,
    sbb = 0;
  da.forEach((x, i) => {
    sab += (x - ma) * (db[i] - mb);
    saa += (x - ma) ** 2;
    sbb += (db[i] - mb) ** 2;
  });
  return sab / Math.sqrt(saa * sbb + 1e-300);
}

/** Largest ratio of the total loss to its running minimum so far (a spike is a ratio well above 1). */
export function worstSpike(rows: MetricRow[], from = 0): number {
  let lo = Infinity,
    worst = 1;
  for (const r of rows) {
    lo = Math.min(lo, r.total);
    if (r.step >= from) worst = Math.max(worst, r.total / lo);
  }
  return worst;
}

/** Shown once the total loss has spiked to twice its running minimum. */
export function reached(rows: MetricRow[]): boolean {
  return worstSpike(rows) > 2;
}
