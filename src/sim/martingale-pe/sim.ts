/**
 * Policy evaluation in continuous time (Jia and Zhou, JMLR 2022) on an Ornstein–Uhlenbeck state
 * dX = −X dt + σ dW under a fixed policy, running reward r(x) = −x² and discount rate β = 1. The
 * value function is exactly quadratic,
 *
 *   V(x) = E ∫₀^∞ e^{−βs} r(X_s) ds = −x²/(β + 2) − σ²/(β(β + 2)),
 *
 * so features φ(x) = (1, x²) can represent it and any error is the method's, not the features'.
 * From paths sampled at mesh dt (Euler–Maruyama), three estimators of θ in V_θ = θ·φ:
 *  - martingale loss (gradient Monte Carlo): least squares of the discounted reward-to-go on φ;
 *  - martingale orthogonality with test functions φ (TD(0)/LSTD): Σ φ(X_i) δ_i = 0, where
 *    δ_i = e^{−β dt} V_θ(X_{i+1}) − V_θ(X_i) + r(X_i) dt;
 *  - mean-square TD error: min Σ δ_i². As dt → 0, Σ δ_i² is dominated by the quadratic variation
 *    σ² V′(X)² dt of the martingale, so the minimiser flattens V instead of fitting it: biased
 *    whatever the mesh. At σ = 0 there is no quadratic variation and the bias goes away.
 * One sweep point per mesh size; rows carry the relative parameter error of each method.
 */
import type { Frame, MetricRow, Sim, SimEnv } from '../runtime/types';
import { createSweepSim, logSpace } from '../shared/online';
import { params, type MartingaleParams } from './params';

export { params };
export const usesTf = false;

const BETA = 1,
  KAPPA = 1,
  DURATION = 10,
  TAIL = 5,
  POINTS = 9;

/** The exact value-function parameters (constant, x² coefficient). */
export function trueTheta(sigma: number): [number, number] {
  return [-(sigma * sigma) / (BETA * (BETA + 2 * KAPPA)), -1 / (BETA + 2 * KAPPA)];
}

/** Solve the 2×2 system [a b; c d] θ = (e, f). */
const solve2 = (a: number, b: number, c: number, d: number, e: number, f: number): [number, number] => {
  const det = a * d - b * c;
  return [(d * e - b * f) / det, (a * f - c * e) / det];
};

export interface Estimates {
  ml: [number, number];
  td: [number, number];
  mstde: [number, number];
}

/** Simulate the paths at mesh dt and return the three estimates. */
export function estimate(sigma: number, dt: number, paths: number, rng: import('../runtime/rng').Rng): Estimates {
  const n = Math.round(DURATION / dt);
  const usable = Math.round((DURATION - TAIL) / dt); // reward-to-go needs a tail of TAIL time units
  const disc = Math.exp(-BETA * dt),
    sq = Math.sqrt(dt);
  const x = new Float64Array(n + 1);
  // Normal equations: ML (Σφφᵀ, Σφ G), TD (Σ φ (φ − e^{−βdt}φ′)ᵀ, Σ φ r dt), MSTDE (Σ ψψᵀ, −Σ ψ r dt), ψ = e^{−βdt}φ′ − φ.
  let mA = 0,
    mB = 0,
    mD = 0,
    mE = 0,
    mF = 0;
  let tA = 0,
    tB = 0,
    tC = 0,
    tD = 0,
    tE = 0,
    tF = 0;
  let sA = 0,
    sB = 0,
    sD = 0,
    sE = 0,
    sF = 0;
  for (let p = 0; p < paths; p++) {
    x[0] = rng.uniform(-2, 2);
    for (let i = 0; i < n; i++) x[i + 1] = x[i] - KAPPA * x[i] * dt + sigma * sq * rng.normal();
    let G = 0;
    for (let i = n; i >= 0; i--) {
      G = -x[i] * x[i] * dt + disc * G; // discounted reward-to-go from step i
      if (i < usable) {
        const q = x[i] * x[i];
        mA += 1;
        mB += q;
        mD += q * q;
        mE += G;
        mF += q * G;
        const q1 = x[i + 1] * x[i + 1],
          r = -q * dt;
        const u0 = 1 - disc,
          u1 = q - disc * q1; // φ − e^{−βdt}φ′
        tA += u0;
        tB += u1;
        tC += q * u0;
        tD += q * u1;
        tE += r;
        tF += q * r;
        const v0 = -u0,
          v1 = -u1; // ψ
        sA += v0 * v0;
        sB += v0 * v1;
        sD += v1 * v1;
        sE -= v0 * r;
        sF -= v1 * r;
      }
    }
  }
  return {
    ml: solve2(mA, mB, mB, mD, mE, mF),
    td: solve2(tA, tB, tC, tD, tE, tF),
    mstde: solve2(sA, sB, sB, sD, sE, sF),
  };
}

const relErr = (e: [number, number], t: [number, number]) =>
  Math.hypot(e[0] - t[0], e[1] - t[1]) / Math.hypot(t[0], t[1]);

export function createSim(p: MartingaleParams, env: SimEnv): Sim {
  const meshes = logSpace(0.5, p.dtMin, POINTS);
  const theta = trueTheta(p.sigma);
  return createSweepSim(POINTS, (i) => {
    const dt = meshes[i];
    const est = estimate(p.sigma, dt, p.paths, env.rng.fork(`mesh${i}`));
    const row: MetricRow = {
      step: i + 1,
      dt,
      ml: relErr(est.ml, theta),
      td: relErr(est.td, theta),
      mstde: relErr(est.mstde, theta),
      mstdeSlope: est.mstde[1],
      trueSlope: theta[1],
    };
    return { row, frame: valueCurves(theta, est, dt) };
  });
}

/** V(x) on [−2, 2]: the exact value and each method's estimate at the current mesh. */
function valueCurves(theta: [number, number], est: Estimates, dt: number): Frame {
  const xs = Float32Array.from({ length: 81 }, (_, i) => -2 + i * 0.05);
  const curve = (t: [number, number]) => xs.map((x) => t[0] + t[1] * x * x);
  return {
    value: {
      kind: 'curves',
      x: xs,
      series: [
        { label: 'exact V', y: curve(theta) },
        { label: 'martingale loss (Monte Carlo)', y: curve(est.ml) },
        { label: 'TD / LSTD (orthogonality)', y: curve(est.td) },
        { label: `mean-square TD error (dt = ${dt.toPrecision(2)})`, y: curve(est.mstde) },
      ],
    },
  };
}

/** Reached when the sweep has reached the finest mesh. */
export function reached(rows: MetricRow[]): boolean {
  return rows.length >= POINTS;
}
