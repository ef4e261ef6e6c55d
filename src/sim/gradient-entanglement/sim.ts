/**
 * Gradient entanglement (Yuan et al., 2024) on a log-linear policy over a handful of responses.
 *
 * π_θ(y) ∝ exp(θ·φ_y), θ ∈ R^8. The features are built so that at θ = 0 (uniform policy, the
 * reference) the gradients g_w = ∇log π(y_w) and g_l = ∇log π(y_l) have exactly the cosine and norm
 * ratio on the sliders: φ_w = u₁, φ_l = r(ρu₁ + √(1−ρ²)u₂), the other responses random with the
 * mean feature recentred to zero. A DPO step moves θ along g_w − g_l, so to first order
 *   Δlog π(y_w) ∝ ‖g_w‖² − ⟨g_w,g_l⟩,   Δlog π(y_l) ∝ ⟨g_w,g_l⟩ − ‖g_l‖²   (the paper's condition):
 * with ρ·r > 1 the chosen log-probability falls while the margin grows; with ρ/r > 1 the rejected
 * one rises. Normalising the two gradients (the paper's suggested fix) removes both effects.
 */
import type { ParamValues } from '../runtime/params';
import type { Frame, MetricRow, SimEnv } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import { loopSim } from '../shared/preferences';
import { LogLinear, dot, dpoLoss, dpoWeight } from '../shared/policy';
import { params } from './params';

export { params };
export const usesTf = false;
export const TOTAL_STEPS = 300;
const D = 8;

/** Features with the requested geometry at θ = 0 (see the module comment). */
export function makeFeatures(rng: SimEnv['rng'], K: number, rho: number, ratio: number): Float64Array {
  const phi = new Float64Array(K * D);
  // Two orthonormal directions from Gram–Schmidt on Gaussian draws.
  const u1 = Float64Array.from({ length: D }, () => rng.normal());
  const u2 = Float64Array.from({ length: D }, () => rng.normal());
  const n1 = Math.sqrt(dot(u1, u1));
  for (let j = 0; j < D; j++) u1[j] /= n1;
  const p = dot(u1, u2);
  for (let j = 0; j < D; j++) u2[j] -= p * u1[j];
  const n2 = Math.sqrt(dot(u2, u2));
  for (let j = 0; j < D; j++) u2[j] /= n2;
  const s = Math.sqrt(1 - rho * rho);
  for (let j = 0; j < D; j++) {
    phi[j] = u1[j];
    phi[D + j] = ratio * (rho * u1[j] + s * u2[j]);
  }
  // Others: Gaussian with norm ≈ 1, then shifted so the mean of all K features is zero.
  const mean = new Float64Array(D);
  for (let y = 2; y < K; y++)
    for (let j = 0; j < D; j++) {
      const v = rng.normal() / Math.sqrt(D);
      phi[y * D + j] = v;
      mean[j] += v;
    }
  for (let j = 0; j < D; j++) {
    const shift = (mean[j] + phi[j] + phi[D + j]) / (K - 2);
    for (let y = 2; y < K; y++) phi[y * D + j] -= shift;
  }
  return phi;
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv) {
  const K = p.responses;
  const model = new LogLinear(makeFeatures(env.rng.fork('features'), K, p.overlap, p.ratio), K, D);
  const theta = new Float64Array(D);
  const pi0 = model.probs(theta);
  const logW0 = Math.log(pi0[0]);
  const logL0 = Math.log(pi0[1]);
  const frameEvery = 10;

  const state = () => {
    const pi = model.probs(theta);
    const mean = model.meanFeature(pi);
    return { pi, gw: model.gradLogProb(pi, 0, mean), gl: model.gradLogProb(pi, 1, mean) };
  };

  return loopSim({
    total: TOTAL_STEPS,
    emitEvery: 2,
    frameEvery,
    advance() {
      const { gw, gl } = state();
      const margin = dot(theta, gw) - dot(theta, gl); // = θ·(φ_w − φ_l): the mean feature cancels
      const w = dpoWeight(margin, p.beta);
      const nw = Math.sqrt(dot(gw, gw)) || 1;
      const nl = Math.sqrt(dot(gl, gl)) || 1;
      for (let j = 0; j < D; j++) {
        const dir = p.loss === 'normed' ? gw[j] / nw - gl[j] / nl : gw[j] - gl[j];
        theta[j] += p.lr * (w * dir + p.nll * gw[j]);
      }
    },
    measure(step): MetricRow {
      const { pi, gw, gl } = state();
      const dW = Math.log(pi[0]) - logW0;
      const dL = Math.log(pi[1]) - logL0;
      const row: MetricRow = {
        step,
        dLogW: dW,
        dLogL: dL,
        margin: dW - dL,
        loss: dpoLoss(dW - dL, p.beta),
        inner: dot(gw, gl),
        normW: dot(gw, gw),
        normL: dot(gl, gl),
        pW: pi[0],
        pL: pi[1],
      };
      if (!Number.isFinite(dW) || !Number.isFinite(dL)) return { step, [DIVERGED]: 1 };
      return row;
    },
    frame(): Frame {
      const pi = model.probs(theta);
      return {
        probs: {
          kind: 'bars',
          labels: ['chosen y_w', 'rejected y_l', ...Array.from({ length: K - 2 }, (_, i) => `other ${i + 1}`)],
          series: [
            { label: 'start (reference)', values: Float32Array.from(pi0) },
            { label: 'now', values: Float32Array.from(pi) },
          ],
        },
      };
    },
  });
}

/** The point is made once the margin has clearly grown (the log-probabilities have moved by then). */
export function reached(rows: MetricRow[]): boolean {
  const last = rows[rows.length - 1];
  return !!last && last.step >= 100;
}
