/**
 * Lipschitz-constrained imitation of a feedback controller (Al Makdah, Krishnan and Pasqualetti).
 *
 * System: a lightly damped mass–spring x = (position, velocity), ẍ = −x − 0.5ẋ + u, Euler steps of
 * 0.1: stable on its own but slow to settle. Expert: the LQR controller u = −K* x for the cost
 * Σ xᵀx + 0.01 u², a high-gain controller that settles fast. From N noisy expert pairs the
 * learner fits a linear policy u = −kᵀx under the Lipschitz constraint ‖k‖ ≤ L (for a linear
 * policy the Lipschitz constant is the gain norm): least squares, or, when that violates the bound,
 * ridge regression with the multiplier chosen so that ‖k‖ = L.
 *
 * Closed loop from eight initial states on the circle of radius ½, 150 steps:
 *  - nominal: the policy sees the true state;
 *  - attacked: an attacker adds δ_t, ‖δ_t‖ ≤ ε, to the measured state (the worse of the two attacks
 *    in `rollout`). The input moves by at most ε‖k‖ = εL, so low-gain policies are hard to attack
 *    but settle slowly, and high-gain ones settle fast but pass the attack on: the trade-off.
 * Each point of the sweep is a bound L; rows carry the closed-loop regret J(policy) − J(expert),
 * nominal and attacked, averaged over demonstration sets.
 */
import type { Frame, MetricRow, Sim, SimEnv } from '../runtime/types';
import type { Rng } from '../runtime/rng';
import { band, createSweepSim, logSpace } from '../shared/online';
import { params, type LipschitzParams } from './params';

export { params };
export const usesTf = false;

const DT = 0.1,
  RU = 0.01,
  HORIZON = 150,
  POINTS = 24,
  R0 = 0.5;
const A = [1, DT, -DT, 1 - 0.5 * DT];
const B = [0, DT];

type V2 = [number, number];
const next = (x: V2, u: number): V2 => [A[0] * x[0] + A[1] * x[1] + B[0] * u, A[2] * x[0] + A[3] * x[1] + B[1] * u];

/** LQR gain and cost-to-go matrix by iterating the discrete Riccati equation. */
export function lqr(): { K: V2; P: number[] } {
  let P = [1, 0, 0, 1];
  let K: V2 = [0, 0];
  for (let it = 0; it < 2000; it++) {
    const PB = [P[0] * B[0] + P[1] * B[1], P[2] * B[0] + P[3] * B[1]];
    const s = RU + B[0] * PB[0] + B[1] * PB[1];
    // K = (R + BᵀPB)⁻¹ BᵀPA
    const BtPA = [PB[0] * A[0] + PB[1] * A[2], PB[0] * A[1] + PB[1] * A[3]];
    K = [BtPA[0] / s, BtPA[1] / s];
    // P = Q + Aᵀ P (A − B K)
    const Acl = [A[0] - B[0] * K[0], A[1] - B[0] * K[1], A[2] - B[1] * K[0], A[3] - B[1] * K[1]];
    const PAcl = [
      P[0] * Acl[0] + P[1] * Acl[2],
      P[0] * Acl[1] + P[1] * Acl[3],
      P[2] * Acl[0] + P[3] * Acl[2],
      P[2] * Acl[1] + P[3] * Acl[3],
    ];
    P = [
      1 + A[0] * PAcl[0] + A[2] * PAcl[2],
      A[0] * PAcl[1] + A[2] * PAcl[3],
      A[1] * PAcl[0] + A[3] * PAcl[2],
      1 + A[1] * PAcl[1] + A[3] * PAcl[3],
    ];
  }
  return { K, P };
}

const quad = (P: number[], x: V2) => P[0] * x[0] * x[0] + (P[1] + P[2]) * x[0] * x[1] + P[3] * x[1] * x[1];

/**
 * Closed-loop cost of u = −kᵀ(x + δ) from x0. Attacks (‖δ_t‖ ≤ ε): 'greedy' picks the input change
 * (± ε‖k‖) that most increases the LQR cost-to-go x_{t+1}ᵀPx_{t+1}; 'chatter' flips the sign of the
 * attack on the gain's direction every step, δ_t = (−1)^t ε k/‖k‖, which excites the fast closed-loop
 * mode a high-gain policy has.
 */
export function rollout(
  k: V2,
  x0: V2,
  eps: number,
  P: number[],
  attack: 'greedy' | 'chatter' = 'greedy',
  path?: number[],
): number {
  let x = x0,
    J = 0;
  const kn = Math.hypot(k[0], k[1]);
  for (let t = 0; t < HORIZON; t++) {
    let u = -(k[0] * x[0] + k[1] * x[1]);
    if (eps > 0 && attack === 'greedy') {
      const up = next(x, u + eps * kn),
        dn = next(x, u - eps * kn);
      u += quad(P, up) >= quad(P, dn) ? eps * kn : -eps * kn;
    } else if (eps > 0) u += (t % 2 ? -1 : 1) * eps * kn;
    J += x[0] * x[0] + x[1] * x[1] + RU * u * u;
    path?.push(x[1]);
    x = next(x, u);
  }
  return J;
}

/** Least squares for u ≈ −kᵀx under ‖k‖ ≤ L (ridge with bisection on the multiplier when active). */
export function fitLipschitz(xs: V2[], us: number[], L: number): V2 {
  let a = 0,
    b = 0,
    c = 0,
    r0 = 0,
    r1 = 0;
  xs.forEach((x, i) => {
    a += x[0] * x[0];
    b += x[0] * x[1];
    c += x[1] * x[1];
    r0 -= x[0] * us[i];
    r1 -= x[1] * us[i];
  });
  const solve = (lam: number): V2 => {
    const det = (a + lam) * (c + lam) - b * b;
    return [((c + lam) * r0 - b * r1) / det, ((a + lam) * r1 - b * r0) / det];
  };
  const k0 = solve(1e-9);
  if (Math.hypot(...k0) <= L) return k0;
  let lo = 0,
    hi = 1;
  while (Math.hypot(...solve(hi)) > L) hi *= 2;
  for (let it = 0; it < 60; it++) {
    const mid = (lo + hi) / 2;
    if (Math.hypot(...solve(mid)) > L) lo = mid;
    else hi = mid;
  }
  return solve(hi);
}

const STARTS: V2[] = Array.from({ length: 8 }, (_, i) => [
  R0 * Math.cos((i * Math.PI) / 4),
  R0 * Math.sin((i * Math.PI) / 4),
]);

export function createSim(p: LipschitzParams, env: SimEnv): Sim {
  const { K, P } = lqr();
  const Lstar = Math.hypot(...K);
  const bounds = logSpace(0.02 * Lstar, 3 * Lstar, POINTS);
  const cost = (k: V2, eps: number) =>
    Math.max(
      ...(['greedy', 'chatter'] as const).map((a) => STARTS.reduce((s, x0) => s + rollout(k, x0, eps, P, a), 0)),
    ) / STARTS.length;
  const expertNominal = cost(K, 0),
    expertAttacked = cost(K, p.eps);
  // Demonstration sets: states uniform in [−1, 1]², inputs from the expert plus noise.
  const sets = Array.from({ length: p.seeds }, (_, s) => {
    const r: Rng = env.rng.fork(`demos${s}`);
    const xs: V2[] = Array.from({ length: p.N }, () => [r.uniform(-1, 1), r.uniform(-1, 1)]);
    const us = xs.map((x) => -(K[0] * x[0] + K[1] * x[1]) + p.noise * r.normal());
    return { xs, us };
  });
  return createSweepSim(POINTS, (i) => {
    const L = bounds[i];
    const nominal = new Float64Array(p.seeds),
      attacked = new Float64Array(p.seeds);
    sets.forEach(({ xs, us }, s) => {
      const k = fitLipschitz(xs, us, L);
      nominal[s] = cost(k, 0) - expertNominal;
      attacked[s] = cost(k, p.eps) - expertNominal;
    });
    const bn = band(nominal, 1e-3),
      ba = band(attacked, 1e-3);
    const row: MetricRow = {
      step: i + 1,
      L,
      nominal: bn.mean,
      nominalLo: bn.lo,
      nominalHi: bn.hi,
      attacked: ba.mean,
      attackedLo: ba.lo,
      attackedHi: ba.hi,
      expertAttacked: expertAttacked - expertNominal,
      Lstar,
    };
    if (i === POINTS - 1) return { row, frame: trajectories(p, sets[0], K, P) };
    return { row };
  });
}

/** Velocity against time from x0 = (1, 0): expert and the policy learned at the highlighted L, with and without attack. */
function trajectories(p: LipschitzParams, set: { xs: V2[]; us: number[] }, K: V2, P: number[]): Frame {
  const k = fitLipschitz(set.xs, set.us, p.L);
  const x0: V2 = [1, 0];
  // Each policy is shown under whichever of the two attacks hurts it more from x0.
  const worst = (g: V2) =>
    rollout(g, x0, p.eps, P, 'greedy') >= rollout(g, x0, p.eps, P, 'chatter') ? 'greedy' : 'chatter';
  const run = (g: V2, eps: number) => {
    const path: number[] = [];
    rollout(g, x0, eps, P, worst(g), path);
    return Float32Array.from(path);
  };
  return {
    paths: {
      kind: 'curves',
      x: Float32Array.from({ length: HORIZON }, (_, t) => t * DT),
      series: [
        { label: 'expert', y: run(K, 0) },
        { label: `learned (L = ${p.L.toFixed(2)}), nominal`, y: run(k, 0) },
        { label: `learned, attacked (ε = ${p.eps})`, y: run(k, p.eps) },
        { label: 'expert, attacked', y: run(K, p.eps) },
      ],
    },
  };
}

/** Reached when the sweep is complete (an instant figure). */
export function reached(rows: MetricRow[]): boolean {
  return rows.length >= POINTS;
}
