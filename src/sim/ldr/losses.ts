/**
 * Label-distributionally robust losses (Zhu, Ying and Yang). With scores s ∈ ℝ^K, label y and
 * margin c, the KL-regularised LDR loss is (Eq. 2 of the page)
 *
 *   L_λ(s, y) = λ log( (1/K) Σ_k exp((s_k + c·1[k≠y] − s_y)/λ) ),
 *
 * whose gradient is p − e_y with p = softmax((s + c·1[k≠y])/λ), the adversary's worst-case weights.
 * As in the authors' code the scores are first normalised by their mean absolute value, so that λ
 * keeps its meaning (a network could otherwise make any fixed temperature irrelevant by growing s).
 *
 * ALDR-KL also maximises over an instance's own λᵢ with the penalty (α log K / 2λ₀)(λᵢ − λ₀)²;
 * the maximiser is λᵢ = λ₀ (1 − KL(pᵢ ‖ uniform)/(α log K)), computed from the current pᵢ as in the
 * authors' code, so λᵢ ∈ [λ₀(1 − 1/α), λ₀]: near λ₀ (flat, robust) when the worst-case weights are
 * spread out, smaller (sharper, cross-entropy-like) when one rival class dominates.
 */
import { crossEntropy } from '../shared/classifier';

export const LOSSES = ['ce', 'ldr', 'aldr'] as const;
export type LossId = (typeof LOSSES)[number];

/**
 * Mean LDR-KL loss with per-instance λ (lam[i]); ADDS dL/ds into grad. When `adapt` is given
 * (ALDR-KL: {lambda0, alpha}), each lam[i] is first moved to its maximiser.
 */
export function ldrLoss(
  s: Float32Array,
  y: Int32Array,
  n: number,
  K: number,
  margin: number,
  lam: Float32Array,
  grad?: Float32Array,
  adapt?: { lambda0: number; alpha: number },
): number {
  const v = new Float64Array(K),
    p = new Float64Array(K);
  let loss = 0;
  const logK = Math.log(K);
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let k = 0; k < K; k++) m += Math.abs(s[i * K + k]);
    m = m / K + 1e-6;
    const yi = y[i];
    // Violations on normalised scores s̃ = s/m.
    for (let k = 0; k < K; k++) v[k] = (s[i * K + k] - s[i * K + yi]) / m + (k === yi ? 0 : margin);
    const softmaxAt = (l: number) => {
      let mx = -Infinity;
      for (let k = 0; k < K; k++) mx = Math.max(mx, v[k] / l);
      let z = 0;
      for (let k = 0; k < K; k++) z += p[k] = Math.exp(v[k] / l - mx);
      for (let k = 0; k < K; k++) p[k] /= z;
      return l * (mx + Math.log(z / K));
    };
    if (adapt) {
      softmaxAt(lam[i]);
      let kl = 0;
      for (let k = 0; k < K; k++) if (p[k] > 0) kl += p[k] * Math.log(K * p[k]);
      lam[i] = adapt.lambda0 * (1 - kl / (adapt.alpha * logK));
    }
    loss += softmaxAt(lam[i]);
    if (!grad) continue;
    // dL/ds̃ = p − e_y; through s̃ = s/m with m = mean|s|: ∂s̃_k/∂s_j = δ_kj/m − s_k sign(s_j)/(K m²).
    let ps = 0;
    for (let k = 0; k < K; k++) {
      const gk = p[k] - (k === yi ? 1 : 0);
      ps += gk * s[i * K + k];
    }
    for (let j = 0; j < K; j++) {
      const gj = p[j] - (j === yi ? 1 : 0);
      grad[i * K + j] += (gj / m - (ps * Math.sign(s[i * K + j])) / (K * m * m)) / n;
    }
  }
  return loss / n;
}

export { crossEntropy };
