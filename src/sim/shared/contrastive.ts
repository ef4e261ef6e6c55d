/**
 * Plain-number maths of the contrastive loss shared by the `hardness`, `individual-temperature`
 * and `contrastive-temperature` cores (Wang & Liu 2021; Qiu et al. 2023). Float64 throughout,
 * every exponential taken relative to the maximum so small temperatures do not overflow.
 */

/** log Σ_k exp(x_k / τ), stable for any τ > 0. */
export function logSumExpScaled(x: ArrayLike<number>, tau: number): number {
  let max = -Infinity;
  for (let k = 0; k < x.length; k++) if (x[k] > max) max = x[k];
  let sum = 0;
  for (let k = 0; k < x.length; k++) sum += Math.exp((x[k] - max) / tau);
  return max / tau + Math.log(sum);
}

/**
 * The relative penalty of Wang & Liu's Eq. (5): a Boltzmann distribution over the negatives,
 * r_k = exp(s_k/τ) / Σ_j exp(s_j/τ). It is also iSogCLR's worst-case weighting p_τ.
 */
export function relativePenalty(s: ArrayLike<number>, tau: number): Float64Array {
  const lse = logSumExpScaled(s, tau);
  const r = new Float64Array(s.length);
  for (let k = 0; k < s.length; k++) r[k] = Math.exp(s[k] / tau - lse);
  return r;
}

/** Shannon entropy (nats) of a probability vector. */
export function entropy(p: ArrayLike<number>): number {
  let h = 0;
  for (let k = 0; k < p.length; k++) if (p[k] > 0) h -= p[k] * Math.log(p[k]);
  return h;
}

/** KL(p_τ ‖ uniform) = log n − H(p_τ) for the Boltzmann weights over s at temperature τ. */
export function klToUniform(s: ArrayLike<number>, tau: number): number {
  return Math.log(s.length) - entropy(relativePenalty(s, tau));
}

/**
 * The "effective penalty interval": the smallest set of top-similarity negatives holding
 * `mass` of the penalty. Returns its lower end (the similarity of the last negative needed)
 * and how many negatives it holds. Pass `sortedAscending` when s is already sorted.
 */
export function effectiveInterval(
  s: ArrayLike<number>,
  tau: number,
  mass = 0.9,
  sortedAscending = false,
): { lo: number; count: number } {
  const r = relativePenalty(s, tau);
  const n = s.length;
  const order = sortedAscending
    ? Array.from({ length: n }, (_, k) => n - 1 - k)
    : Array.from({ length: n }, (_, k) => k).sort((a, b) => s[b] - s[a]);
  let acc = 0;
  for (let j = 0; j < n; j++) {
    acc += r[order[j]];
    if (acc >= mass) return { lo: s[order[j]], count: j + 1 };
  }
  return { lo: s[order[n - 1]], count: n };
}

/**
 * The contrastive loss of one anchor (Wang & Liu Eq. 1) given its positive similarity sPos and
 * its negative similarities sNeg: −log e^{sPos/τ} / (e^{sPos/τ} + Σ_k e^{sNeg_k/τ}).
 */
export function contrastiveLoss(sPos: number, sNeg: ArrayLike<number>, tau: number): number {
  const all = new Float64Array(sNeg.length + 1);
  all[0] = sPos;
  all.set(Array.from(sNeg), 1);
  return logSumExpScaled(all, tau) - sPos / tau;
}

/**
 * Analytic gradient of `contrastiveLoss` (Wang & Liu Eqs. 2–3): ∂L/∂sPos = −(1/τ) Σ_k P_k and
 * ∂L/∂sNeg_j = (1/τ) P_j, with P the softmax over the positive and all negatives.
 */
export function contrastiveGrad(
  sPos: number,
  sNeg: ArrayLike<number>,
  tau: number,
): { dPos: number; dNeg: Float64Array } {
  const all = new Float64Array(sNeg.length + 1);
  all[0] = sPos;
  all.set(Array.from(sNeg), 1);
  const p = relativePenalty(all, tau);
  const dNeg = new Float64Array(sNeg.length);
  let negMass = 0;
  for (let j = 0; j < sNeg.length; j++) {
    dNeg[j] = p[j + 1] / tau;
    negMass += p[j + 1];
  }
  return { dPos: -negMass / tau, dNeg };
}

/** The τ → 0⁺ limit (Eq. 6): (1/τ) · max(s_max − sPos, 0), a margin-0 triplet loss on the hardest negative. */
export function smallTauLimit(sPos: number, sNeg: ArrayLike<number>, tau: number): number {
  let max = -Infinity;
  for (let k = 0; k < sNeg.length; k++) if (sNeg[k] > max) max = sNeg[k];
  return Math.max(max - sPos, 0) / tau;
}

/** The τ → ∞ limit (Eq. 7): −((N−1)/(Nτ)) sPos + (1/(Nτ)) Σ_k sNeg_k + log N, with N = negatives + 1. */
export function largeTauLimit(sPos: number, sNeg: ArrayLike<number>, tau: number): number {
  const N = sNeg.length + 1;
  let sum = 0;
  for (let k = 0; k < sNeg.length; k++) sum += sNeg[k];
  return (-(N - 1) / (N * tau)) * sPos + sum / (N * tau) + Math.log(N);
}

/**
 * The largest −L_uniformity (t = 2) a distribution on the unit sphere S^{m−1} can have: that of
 * the uniform distribution, −log E[e^{4s−4}] with s = xᵀy, whose density is ∝ (1 − s²)^{(m−3)/2}.
 * Midpoint quadrature in θ (s = cos θ, weight sin^{m−2} θ) is exact to ~1e-9 at 4000 nodes.
 */
export function uniformityMax(m: number): number {
  const nodes = 4000;
  let num = 0;
  let den = 0;
  for (let k = 0; k < nodes; k++) {
    const theta = ((k + 0.5) / nodes) * Math.PI;
    const w = Math.pow(Math.sin(theta), m - 2);
    num += w * Math.exp(4 * Math.cos(theta) - 4);
    den += w;
  }
  return -Math.log(num / den);
}
