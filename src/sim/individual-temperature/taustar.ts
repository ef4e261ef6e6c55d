/**
 * iSogCLR's per-anchor temperature on frozen similarities (Qiu et al. 2023; flagships.md §C.1).
 * For one anchor with negative similarities s_1..s_n, the robust loss term
 *   F(τ) = τ log( (1/n) Σ_k e^{s_k/τ} ) + τρ
 * is the KL-dual of max_p Σ p_k s_k subject to KL(p ‖ uniform) ≤ ρ; it is convex in τ with
 *   F'(τ) = ρ − KL(p_τ ‖ uniform),   p_τ ∝ e^{s/τ}.
 * So τ* is where the Boltzmann weights over the negatives sit exactly ρ from uniform. Since
 * KL(p_τ‖U) = log n − H(p_τ) falls strictly as τ grows (dH/dτ = Var_p(s)/τ³), a safeguarded
 * Newton iteration in log τ finds it to machine precision.
 */

/** Same-semantics negatives: s ~ N(0.7, 0.1²); the others: s ~ N(0, 0.15²). */
export const SAME = { mean: 0.7, sd: 0.1 };
export const OTHER = { mean: 0, sd: 0.15 };
/** In-batch negatives of one anchor with batch 256 (2B − 2). */
export const NEGATIVES = 510;
/** The search range for τ (iSogCLR itself clips τ to [0.05, 1]). */
export const TAU_MIN = 1e-3;
export const TAU_MAX = 10;

/**
 * The anchor's negatives for a share q of same-semantics negatives, from fixed standard normals z
 * (common random numbers, so curves over q are smooth): the first round(q·n) are same-semantics.
 * Similarities are cosines, so they are clipped to [−1, 1].
 */
export function anchorSimilarities(z: Float64Array, q: number): Float64Array {
  const n = z.length;
  const same = Math.round(q * n);
  return Float64Array.from(z, (v, k) => {
    const s = k < same ? SAME.mean + SAME.sd * v : OTHER.mean + OTHER.sd * v;
    return Math.max(-1, Math.min(1, s));
  });
}

/** KL(p_τ ‖ uniform) and Var_{p_τ}(s), in one pass. */
export function klAndVariance(s: Float64Array, tau: number): { kl: number; variance: number } {
  const n = s.length;
  let max = -Infinity;
  for (let k = 0; k < n; k++) if (s[k] > max) max = s[k];
  let z = 0;
  let m1 = 0;
  let m2 = 0;
  for (let k = 0; k < n; k++) {
    const w = Math.exp((s[k] - max) / tau);
    const d = s[k] - max;
    z += w;
    m1 += w * d;
    m2 += w * d * d;
  }
  m1 /= z;
  m2 /= z;
  // H = log Σ e^{s/τ} − E_p[s]/τ, computed relative to the maximum.
  const entropy = Math.log(z) - m1 / tau;
  return { kl: Math.log(n) - entropy, variance: Math.max(0, m2 - m1 * m1) };
}

/** iSogCLR's per-anchor objective F(τ) = τ log mean e^{s/τ} + τρ. */
export function robustObjective(s: Float64Array, tau: number, rho: number): number {
  let max = -Infinity;
  for (const v of s) if (v > max) max = v;
  let z = 0;
  for (const v of s) z += Math.exp((v - max) / tau);
  return max + tau * Math.log(z / s.length) + tau * rho;
}

export interface TauStar {
  tau: number;
  /** KL(p_τ* ‖ uniform): equals ρ unless τ* sits on a bound. */
  kl: number;
  atBound: boolean;
}

/**
 * argmin_τ F(τ) on [TAU_MIN, TAU_MAX]: Newton steps on KL(log τ) − ρ, kept inside a bracket that
 * shrinks around the root (bisection when a step leaves it). When the root lies outside the range,
 * the bracket closes on a bound, and that bound is the constrained minimiser.
 */
export function solveTauStar(s: Float64Array, rho: number, guess?: number): TauStar {
  let a = Math.log(TAU_MIN);
  let b = Math.log(TAU_MAX);
  // Start from the small-ρ approximation τ ≈ √(Var(s) / 2ρ) (second-order expansion of the KL).
  // (or from `guess`, e.g. the solution at a neighbouring grid point).
  let u = Math.log(Math.min(TAU_MAX / 2, Math.max(TAU_MIN * 2, guess ?? smallRhoTau(s, rho))));
  for (let it = 0; it < 200; it++) {
    const tau = Math.exp(u);
    const r = klAndVariance(s, tau);
    const f = r.kl - rho;
    if (Math.abs(f) < 1e-12) return { tau, kl: r.kl, atBound: false };
    if (f > 0) a = u;
    else b = u;
    if (b - a < 1e-13) break;
    const slope = -r.variance / (tau * tau);
    let next = slope < 0 ? u - f / slope : NaN;
    if (!(next > a && next < b)) next = 0.5 * (a + b);
    u = next;
  }
  const tau = Math.exp(u);
  const kl = klAndVariance(s, tau).kl;
  const atBound = Math.abs(kl - rho) > 1e-9;
  if (!atBound) return { tau, kl, atBound };
  const bound = kl > rho ? TAU_MAX : TAU_MIN;
  return { tau: bound, kl: klAndVariance(s, bound).kl, atBound };
}

/** The small-ρ approximation τ* ≈ √(Var(s) / 2ρ), with Var the plain (uniform-weight) variance. */
export function smallRhoTau(s: Float64Array, rho: number): number {
  let m = 0;
  for (const v of s) m += v;
  m /= s.length;
  let v2 = 0;
  for (const v of s) v2 += (v - m) * (v - m);
  return Math.sqrt(v2 / s.length / (2 * rho));
}
