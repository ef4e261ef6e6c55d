/**
 * Exact gradient-flow dynamics of a linear student learning a noisy linear teacher (Advani, Saxe
 * & Sompolinsky), mode by mode in the eigenbasis of XᵀX.
 *
 * Inputs x ∈ R^P with entries N(0, 1/P), teacher w̄ with entries N(0, 1) (output variance 1), labels
 * y = Xw̄ + ε with ε ~ N(0, σ²), σ² = 1/SNR. Gradient flow dw/dt = Xᵀ(y − Xw) − γw from w₀ ~ N(0, σ₀²I).
 * With u = Vᵀ(w − w̄), b = Vᵀw̄, s = VᵀXᵀε and eigenvalues λ of XᵀX, each mode obeys
 *   du/dt = −(λ + γ) u + s − γ b,   so   u(t) = u* + (u(0) − u*) e^{−(λ+γ)t},  u* = (s − γb)/(λ + γ).
 * Modes with λ = 0 (there are P − N of them when N < P) are the frozen subspace: with γ = 0 they keep
 * their initial value for ever. Test error E_g = ‖w − w̄‖²/P + σ².
 * Averaging over the data, E[u(0)²] = σ₀² + 1, E[u(0) b] = −1, E[b²] = 1, E[s²] = λσ², and the λ follow
 * the Marchenko–Pastur law with edges (1 ± √α)², which gives the curves over α below.
 */

/** Expected squared error of one mode at time t (averaged over teacher, init and noise). */
export function modeError(lambda: number, t: number, sigma2: number, init2: number, wd: number): number {
  const k = lambda + wd;
  if (k <= 0) return init2 + 1; // frozen
  const e = Math.exp(-k * t);
  return e * e * (init2 + 1) + ((1 - e) ** 2 * (lambda * sigma2 + wd * wd)) / (k * k) + (2 * e * (1 - e) * wd) / k;
}

/** Marchenko–Pastur quadrature for XᵀX with α = N/P: nodes and weights (weights sum to min(1, α)). */
export function mpQuadrature(
  alpha: number,
  nodes = 400,
): { lambda: Float64Array; weight: Float64Array; frozen: number } {
  const lo = (1 - Math.sqrt(alpha)) ** 2,
    hi = (1 + Math.sqrt(alpha)) ** 2;
  const lambda = new Float64Array(nodes),
    weight = new Float64Array(nodes);
  let total = 0;
  for (let i = 0; i < nodes; i++) {
    // Chebyshev-like spacing crowds nodes at the edges, where the density has square-root ends.
    const th = (Math.PI * (i + 0.5)) / nodes;
    const l = (lo + hi) / 2 - ((hi - lo) / 2) * Math.cos(th);
    const dl = ((hi - lo) / 2) * Math.sin(th) * (Math.PI / nodes);
    const rho = Math.sqrt(Math.max(0, (hi - l) * (l - lo))) / (2 * Math.PI * l);
    lambda[i] = l;
    weight[i] = rho * dl;
    total += weight[i];
  }
  const mass = Math.min(1, alpha);
  for (let i = 0; i < nodes; i++) weight[i] *= mass / total;
  return { lambda, weight, frozen: Math.max(0, 1 - alpha) };
}

/** Expected test error E_g(t) at ratio α (per parameter, plus the noise floor σ²). */
export function theoryTestError(
  alpha: number,
  t: number,
  sigma2: number,
  init2: number,
  wd: number,
  q = mpQuadrature(alpha),
): number {
  let s = q.frozen * modeError(0, t, sigma2, init2, wd);
  for (let i = 0; i < q.lambda.length; i++) s += q.weight[i] * modeError(q.lambda[i], t, sigma2, init2, wd);
  return s + sigma2;
}

/** Log-spaced training times from 10⁻² to 10⁴. */
export function timeGrid(n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => 10 ** (-2 + (6 * i) / (n - 1)));
}
