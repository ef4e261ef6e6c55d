/**
 * Learning a linear model from bag averages (Javanmard et al.). Individuals x ~ N(0, I_d) with
 * responses y = xᵀθ + ε (σ = 1) are grouped at random into bags of size k; only each bag's mean
 * response ȳ_a is observed. With X̄ the bag-mean features, the interpolating estimator minimises
 *
 *   k Σ_a (ȳ_a − x̄_aᵀθ)²  +  ρ Σ_a Σ_{i∈a} ((x_i − x̄_a)ᵀθ)²,
 *
 * i.e. solves (k X̄ᵀX̄ + ρ Σ_a Σ_i (x_i − x̄_a)(x_i − x̄_a)ᵀ) θ = k X̄ᵀȳ. ρ = 0 is the bag-level loss,
 * ρ = 1 the instance-level loss (their identity: the instance loss is k·bag loss + the within-bag
 * spread of predictions). The excess test risk is E[(xᵀθ̂ − xᵀθ)²] = ‖θ̂ − θ‖² for isotropic x.
 *
 * One step of the sweep = one bag size k, averaged over REPS independent data sets.
 */
import type { ParamValues } from '../runtime/params';
import type { Frame, MetricRow, Sim, SimEnv } from '../runtime/types';
import type { Rng } from '../runtime/rng';
import { gram, solveSPD } from '../shared/linalg';
import { createSweepSim } from '../shared/online';
import { params } from './params';

export { params };
export const usesTf = false;

export const BAG_SIZES = [1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32, 40];
/** ρ grid, denser near 0 where the best ρ usually sits. */
export const RHOS = [0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1];
export const REPS = 10;
/** Responses are clipped to [−B, B] (B in units of the response's standard deviation) before release. */
const CLIP = 3;
/** Risks above this (the bag-level fit with fewer bags than features) are drawn at the cap. */
export const CAP = 100;

/** Laplace(0, b) sample. */
const laplace = (rng: Rng, b: number) => {
  const u = rng.next() - 0.5;
  return -b * Math.sign(u) * Math.log(1 - 2 * Math.abs(u));
};

export interface BagProblem {
  A: Float64Array;
  B: Float64Array;
  rhs: Float64Array;
  theta: Float64Array;
  d: number;
  k: number;
}

/** One data set with bags of size k: the matrices of the interpolating estimator's normal equations. */
export function bagProblem(rng: Rng, n: number, d: number, k: number, snr: number, dpEps: number | null): BagProblem {
  const theta = Float64Array.from({ length: d }, () => rng.normal());
  const tn = Math.sqrt(snr / theta.reduce((s, t) => s + t * t, 0));
  for (let j = 0; j < d; j++) theta[j] *= tn;
  const m = Math.floor(n / k);
  const X = new Float64Array(m * k * d),
    Xbar = new Float64Array(m * d),
    ybar = new Float64Array(m);
  const bound = CLIP * Math.sqrt(snr + 1);
  for (let a = 0; a < m; a++) {
    for (let i = 0; i < k; i++) {
      const r = (a * k + i) * d;
      let y = 0;
      for (let j = 0; j < d; j++) {
        const v = rng.normal();
        X[r + j] = v;
        Xbar[a * d + j] += v / k;
        y += v * theta[j];
      }
      y += rng.normal();
      ybar[a] += Math.max(-bound, Math.min(bound, y)) / k;
    }
    // ε-label-DP release of the mean of k clipped responses: sensitivity 2B/k.
    if (dpEps !== null) ybar[a] += laplace(rng, (2 * bound) / (k * dpEps));
  }
  const full = gram(X, m * k, d);
  const A = gram(Xbar, m, d);
  // Σ_a Σ_i (x_i − x̄_a)(x_i − x̄_a)ᵀ = XᵀX − k X̄ᵀX̄.
  const B = full.map((v, i) => v - k * A[i]);
  const rhs = new Float64Array(d);
  for (let a = 0; a < m; a++) for (let j = 0; j < d; j++) rhs[j] += k * Xbar[a * d + j] * ybar[a];
  return { A, B, rhs, theta, d, k };
}

/** Excess risk ‖θ̂ − θ‖² of the interpolating estimator with weight ρ (a tiny ridge keeps it defined). */
export function riskAt(P: BagProblem, rho: number): number {
  const { A, B, rhs, theta, d, k } = P;
  const M = new Float64Array(d * d);
  for (let i = 0; i < d * d; i++) M[i] = k * A[i] + rho * B[i];
  for (let j = 0; j < d; j++) M[j * d + j] += 1e-6 * (1 + M[j * d + j]);
  const th = solveSPD(M, d, rhs);
  let r = 0;
  for (let j = 0; j < d; j++) r += (th[j] - theta[j]) ** 2;
  return r;
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const sizes = BAG_SIZES.filter((k) => k <= p.n / 2);
  const kShow = sizes.reduce((best, k) => (Math.abs(k - p.kShow) < Math.abs(best - p.kShow) ? k : best), sizes[0]);
  return createSweepSim(sizes.length, (idx) => {
    const k = sizes[idx];
    const rng = env.rng.fork(`k${k}`);
    const curve = new Float64Array(RHOS.length);
    let mine = 0;
    for (let rep = 0; rep < REPS; rep++) {
      const P = bagProblem(rng, p.n, p.d, k, p.snr, p.dp ? p.eps : null);
      RHOS.forEach((r, i) => (curve[i] += riskAt(P, r) / REPS));
      mine += riskAt(P, p.rho) / REPS;
    }
    let best = 0;
    for (let i = 1; i < RHOS.length; i++) if (curve[i] < curve[best]) best = i;
    const cap = (v: number) => Math.min(v, CAP * p.snr);
    const row: MetricRow = {
      step: idx + 1,
      k,
      bag: cap(curve[0]),
      inst: cap(curve[RHOS.length - 1]),
      mine: cap(mine),
      best: cap(curve[best]),
      rhoBest: RHOS[best],
      signal: p.snr,
    };
    const frame: Frame | undefined =
      k === kShow
        ? {
            rho: {
              kind: 'curves',
              x: Float32Array.from(RHOS),
              series: [
                { label: `excess risk, bag size ${k}`, y: Float32Array.from(curve, cap) },
                { label: 'risk of predicting 0 (‖θ‖²)', y: new Float32Array(RHOS.length).fill(p.snr) },
              ],
              markers: [{ x: RHOS[best], label: 'best ρ' }],
            },
          }
        : undefined;
    return frame ? { row, frame } : { row };
  });
}

/** Analytic sweep: shown once every bag size is computed. */
export function reached(rows: MetricRow[]): boolean {
  return rows.length >= BAG_SIZES.length;
}
