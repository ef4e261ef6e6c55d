/**
 * Eulerian versus Lagrangian PINNs (Mojgani, Balajewicz & Hassanzadeh) on the convection equation
 * u_t + c u_x = 0, x ∈ [0, 2π) periodic, u(x, 0) = sin x; exact solution sin(x − ct).
 *
 * Both methods get the periodic boundary exactly, through input features (sin x, cos x, t), so any
 * failure is not the boundary's fault (the paper's first point). Derivatives with respect to the
 * inputs are propagated forward through the network explicitly (tangents), so training needs only
 * first-order autodiff.
 *  PINN (Eulerian): one MLP u(x, t); loss = mean (u_t + c u_x)² + mean (u(x, 0) − sin x)².
 *  LPINN: two branches on the Lagrangian coordinates (ξ, t). One learns the characteristic
 *  X(ξ, t) = ξ + c·D(ξ, t) with dX/dt = c, X(ξ, 0) = ξ; the other the state along it, U(ξ, t), with
 *  dU/dt = 0, U(ξ, 0) = sin ξ. Along characteristics nothing travels, so the target no longer sharpens
 *  with c: the low Kolmogorov n-width that the paper credits for LPINN's success.
 * Error: relative L2 against the exact solution, on a grid (PINN) or at the points the LPINN places
 * its solution, U(ξ, t) against sin(X(ξ, t) − ct).
 */
import type { Scalar, Tensor, Variable } from '@tensorflow/tfjs-core';
import type { MetricRow, PanelData, Sim, SimEnv, StepResult, TF } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import type { ParamValues } from '../runtime/params';
import { pathsPanel } from '../shared/trajectory';
import { params } from './params';

export { params };
export const usesTf = true;

export const TOTAL_STEPS = 600;
const EVERY = 20;
const FRAME_EVERY = 100;
const IC_POINTS = 128;
const GRID = 32;
const TWO_PI = 2 * Math.PI;

interface Net {
  vars: Variable[];
  /** Output and its derivatives along the given input tangents. */
  apply(z: Tensor, tangents: Tensor[]): { y: Tensor; dy: Tensor[] };
}

/** A 3 → w → w → 1 tanh MLP with forward-mode tangents. */
function mlp(tf: TF, rng: SimEnv['rng'], w: number, name: string): Net {
  // Inside tidy, so the initial-value tensors are freed once the variables hold their own copies.
  const mk = (i: number, o: number, n: string) => {
    const init = Float32Array.from({ length: i * o }, () => rng.normal() * Math.sqrt(1 / i));
    return tf.tidy(() => tf.variable(tf.tensor2d(init, [i, o]), true, `${name}${n}`));
  };
  const bias = (o: number, n: string) => tf.tidy(() => tf.variable(tf.zeros([o]), true, `${name}${n}`));
  const W1 = mk(3, w, 'W1'),
    W2 = mk(w, w, 'W2'),
    W3 = mk(w, 1, 'W3');
  const b1 = bias(w, 'b1'),
    b2 = bias(w, 'b2'),
    b3 = bias(1, 'b3');
  return {
    vars: [W1, b1, W2, b2, W3, b3],
    apply(z, tangents) {
      const h1 = tf.tanh(tf.add(tf.matMul(z, W1), b1));
      const s1 = tf.sub(1, tf.square(h1));
      const h2 = tf.tanh(tf.add(tf.matMul(h1, W2), b2));
      const s2 = tf.sub(1, tf.square(h2));
      const y = tf.add(tf.matMul(h2, W3), b3);
      const dy = tangents.map((dz) => tf.matMul(tf.mul(s2, tf.matMul(tf.mul(s1, tf.matMul(dz, W1)), W2)), W3));
      return { y, dy };
    },
  };
}

/** Features (sin x, cos x, t) and their x- and t-tangents for points (x, t). */
function features(tf: TF, x: Float32Array, t: Float32Array) {
  const n = x.length;
  const z = new Float32Array(3 * n),
    dx = new Float32Array(3 * n),
    dt = new Float32Array(3 * n);
  for (let i = 0; i < n; i++) {
    z[3 * i] = Math.sin(x[i]);
    z[3 * i + 1] = Math.cos(x[i]);
    z[3 * i + 2] = t[i];
    dx[3 * i] = Math.cos(x[i]);
    dx[3 * i + 1] = -Math.sin(x[i]);
    dt[3 * i + 2] = 1;
  }
  return { z: tf.tensor2d(z, [n, 3]), dx: tf.tensor2d(dx, [n, 3]), dt: tf.tensor2d(dt, [n, 3]) };
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const { tf } = env;
  const rng = env.rng.fork('data');
  const nf = p.points;
  const xs = Float32Array.from({ length: nf }, () => TWO_PI * rng.next());
  const ts = Float32Array.from({ length: nf }, () => rng.next());
  const x0 = Float32Array.from({ length: IC_POINTS }, (_, i) => (TWO_PI * (i + 0.5)) / IC_POINTS);
  // Collocation and initial-condition points go through each network in ONE batch (fewer tfjs ops
  // per step); per-row weights pick out which loss term a row belongs to.
  const all = features(
    tf,
    Float32Array.from([...xs, ...x0]),
    Float32Array.from([...ts, ...new Float32Array(IC_POINTS)]),
  );
  const M = nf + IC_POINTS;
  const wCol = tf.tensor2d(
    Float32Array.from({ length: M }, (_, i) => (i < nf ? 1 / nf : 0)),
    [M, 1],
  );
  const wIc = tf.tensor2d(
    Float32Array.from({ length: M }, (_, i) => (i < nf ? 0 : 1 / IC_POINTS)),
    [M, 1],
  );
  const u0 = tf.tensor2d(
    Float32Array.from({ length: M }, (_, i) => (i < nf ? 0 : Math.sin(x0[i - nf]))),
    [M, 1],
  );
  // Evaluation grid (x or ξ by t), row 0 = latest time (drawn at the top).
  const gx = new Float32Array(GRID * GRID),
    gt = new Float32Array(GRID * GRID);
  for (let r = 0; r < GRID; r++)
    for (let k = 0; k < GRID; k++) {
      gx[r * GRID + k] = (TWO_PI * (k + 0.5)) / GRID;
      gt[r * GRID + k] = 1 - r / (GRID - 1);
    }
  const grid = features(tf, gx, gt);
  const exactGrid = Float32Array.from(gx, (x, i) => Math.sin(x - p.c * gt[i]));

  const init = env.rng.fork('init');
  const pinn = mlp(tf, init, p.width, 'pinn');
  const state = mlp(tf, init, p.width, 'U');
  const charac = mlp(tf, init, p.width, 'D');
  const optE = tf.train.adam(p.lr),
    optL = tf.train.adam(p.lr);
  let step = 0,
    stopped = false;
  let lossE = NaN,
    lossL = NaN;

  const pinnLoss = () => {
    const { y, dy } = pinn.apply(all.z, [all.dx, all.dt]);
    const res = tf.add(dy[1], tf.mul(p.c, dy[0]));
    return tf.add(tf.sum(tf.mul(wCol, tf.square(res))), tf.sum(tf.mul(wIc, tf.square(tf.sub(y, u0))))) as Scalar;
  };
  const lagLoss = () => {
    // Characteristic branch in units of c: X = ξ + c·D, so dX/dt = c ⇔ dD/dt = 1; X(ξ, 0) = ξ ⇔ D = 0.
    const d = charac.apply(all.z, [all.dt]);
    const u = state.apply(all.z, [all.dt]);
    const col = tf.add(tf.square(tf.sub(d.dy[0], 1)), tf.square(u.dy[0]));
    const ic = tf.add(tf.square(d.y), tf.square(tf.sub(u.y, u0)));
    return tf.add(tf.sum(tf.mul(wCol, col)), tf.sum(tf.mul(wIc, ic))) as Scalar;
  };

  /** PINN prediction on the grid, and the LPINN's state and positions at the Lagrangian grid. */
  function predict() {
    const [u, U, D] = tf.tidy(() => [pinn.apply(grid.z, []).y, state.apply(grid.z, []).y, charac.apply(grid.z, []).y]);
    const out = { u: u.dataSync() as Float32Array, U: U.dataSync() as Float32Array, D: D.dataSync() as Float32Array };
    tf.dispose([u, U, D]);
    return out;
  }

  function measure(): MetricRow {
    const { u, U, D } = predict();
    let eE = 0,
      eL = 0,
      nE = 0,
      nL = 0;
    for (let i = 0; i < u.length; i++) {
      eE += (u[i] - exactGrid[i]) ** 2;
      nE += exactGrid[i] ** 2;
      const X = gx[i] + p.c * D[i],
        ex = Math.sin(X - p.c * gt[i]);
      eL += (U[i] - ex) ** 2;
      nL += ex * ex;
    }
    const r: MetricRow = { step, pinnErr: Math.sqrt(eE / nE), lpinnErr: Math.sqrt(eL / nL) };
    if (Number.isFinite(lossE)) r.pinnLoss = lossE;
    if (Number.isFinite(lossL)) r.lpinnLoss = lossL;
    return r;
  }

  function frame(): Record<string, PanelData> {
    const { u, D } = predict();
    // Characteristics X(ξ, t) mod 2π for eight starting points, drawn as paths in the (x, t) plane.
    const paths = [0, 4, 8, 12, 16, 20, 24, 28].map((k) => {
      const px: number[] = [],
        pt: number[] = [];
      for (let r = GRID - 1; r >= 0; r--) {
        const i = r * GRID + k,
          X = gx[i] + p.c * D[i];
        px.push(((X % TWO_PI) + TWO_PI) % TWO_PI);
        pt.push(gt[i]);
      }
      return { label: `ξ = ${gx[k].toFixed(2)}`, xs: px, ys: pt, breakAbove: Math.PI };
    });
    const charPanel = pathsPanel(paths);
    return {
      pinn: { kind: 'heatmap', rows: GRID, cols: GRID, values: u, extent: [0, TWO_PI, 0, 1] },
      exact: { kind: 'heatmap', rows: GRID, cols: GRID, values: exactGrid, extent: [0, TWO_PI, 0, 1] },
      characteristics: { ...charPanel, groupLabels: undefined } as PanelData,
    };
  }

  return {
    totalSteps: TOTAL_STEPS,
    step(n: number): StepResult {
      const rows: MetricRow[] = [];
      let fr: StepResult['frame'];
      if (step === 0 && n > 0) {
        rows.push(measure());
        fr = frame();
      }
      for (let i = 0; i < n && step < TOTAL_STEPS && !stopped; i++) {
        const emit = (step + 1) % EVERY === 0;
        const cE = optE.minimize(pinnLoss, emit, pinn.vars);
        const cL = optL.minimize(lagLoss, emit, [...state.vars, ...charac.vars]);
        step++;
        if (!emit) continue;
        lossE = cE!.dataSync()[0];
        lossL = cL!.dataSync()[0];
        tf.dispose([cE!, cL!]);
        if (!Number.isFinite(lossE) || !Number.isFinite(lossL) || lossE > 1e8) {
          rows.push({ step, pinnLoss: Number.isFinite(lossE) ? Math.min(lossE, 1e8) : 1e8, [DIVERGED]: 1 });
          stopped = true;
          break;
        }
        rows.push(measure());
        if (step % FRAME_EVERY === 0) fr = frame();
      }
      return fr ? { rows, frame: fr } : { rows };
    },
    dispose() {
      [...pinn.vars, ...state.vars, ...charac.vars].forEach((v) => v.dispose());
      optE.dispose();
      optL.dispose();
      tf.dispose([all.z, all.dx, all.dt, wCol, wIc, u0, grid.z, grid.dx, grid.dt]);
    },
  };
}

/** Shown once the Lagrangian form is below 10% relative error. */
export function reached(rows: MetricRow[]): boolean {
  return rows.some((r) => r.lpinnErr < 0.1);
}
