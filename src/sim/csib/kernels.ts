/**
 * Kernel estimators of the Cauchy-Schwarz quantities (Yu et al.; their code's Eq. 18 and CS-QMI),
 * with gradients, for scalar predictions and vector representations. κ_σ(r) = exp(−r²/2σ²).
 *
 * Conditional CS divergence between p(y|x) and q(ŷ|x), with K the Gram matrix of the inputs and
 * c_j = 1 / Σ_i K_ji²:
 *   D = −2 log Σ_j c_j Σ_i K_ji κ(ŷ_j − y_i) + log Σ_j c_j Σ_i K_ji κ(y_j − y_i) + log Σ_j c_j Σ_i K_ji κ(ŷ_j − ŷ_i).
 * The first sum rewards predictions that sit near the targets of nearby inputs, but a residual much
 * larger than σ adds almost nothing: outliers cannot pull the fit (as in the correntropy criterion).
 *
 * CS quadratic mutual information of x and t from Gram matrices Kx, Kt (N points):
 *   I = −2 log(Σ_k rx_k rt_k / N³) + log(Σ_ij Kx_ij Kt_ij / N²) + log(ΣKx ΣKt / N⁴),  r = row sums.
 */

export function gram1(v: Float32Array, sigma: number): Float64Array {
  const n = v.length,
    K = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) K[i * n + j] = Math.exp(-((v[i] - v[j]) ** 2) / (2 * sigma * sigma));
  return K;
}

/** Conditional CS divergence and dD/dŷ (written into grad). K: input Gram; y targets; yh predictions. */
export function csDivergence(
  K: Float64Array,
  y: Float32Array,
  yh: Float32Array,
  sigma: number,
  grad?: Float32Array,
): number {
  const n = y.length,
    s2 = sigma * sigma;
  const c = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += K[j * n + i] ** 2;
    c[j] = 1 / s;
  }
  let cross = 0,
    selfY = 0,
    selfP = 0;
  const dCross = new Float64Array(n),
    dSelf = new Float64Array(n);
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      const w = c[j] * K[j * n + i];
      const r1 = yh[j] - y[i],
        k1 = Math.exp(-(r1 * r1) / (2 * s2));
      const r3 = yh[j] - yh[i],
        k3 = Math.exp(-(r3 * r3) / (2 * s2));
      cross += w * k1;
      selfY += w * Math.exp(-((y[j] - y[i]) ** 2) / (2 * s2));
      selfP += w * k3;
      dCross[j] += (w * k1 * -r1) / s2;
      // ŷ appears twice in κ(ŷ_j − ŷ_i): +∂ for j, −∂ for i.
      const g3 = (w * k3 * -r3) / s2;
      dSelf[j] += g3;
      dSelf[i] -= g3;
    }
  if (grad) for (let j = 0; j < n; j++) grad[j] += (-2 * dCross[j]) / cross + dSelf[j] / selfP;
  return -2 * Math.log(cross) + Math.log(selfY) + Math.log(selfP);
}

/** CS-QMI of x (fixed Gram Kx) and t[n, d]; dI/dt written into grad. */
export function csQmi(
  Kx: Float64Array,
  t: Float32Array,
  n: number,
  d: number,
  sigma: number,
  grad?: Float32Array,
): number {
  const Kt = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i; j < n; j++) {
      let r = 0;
      for (let a = 0; a < d; a++) r += (t[i * d + a] - t[j * d + a]) ** 2;
      Kt[i * n + j] = Kt[j * n + i] = Math.exp(-r / (2 * sigma * sigma));
    }
  const rx = new Float64Array(n),
    rt = new Float64Array(n);
  let sx = 0,
    st = 0,
    self1 = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      rx[i] += Kx[i * n + j];
      rt[i] += Kt[i * n + j];
      self1 += Kx[i * n + j] * Kt[i * n + j];
    }
  for (let i = 0; i < n; i++) {
    sx += rx[i];
    st += rt[i];
  }
  let cross = 0;
  for (let k = 0; k < n; k++) cross += rx[k] * rt[k];
  const value = -2 * Math.log(cross / n ** 3) + Math.log(self1 / n ** 2) + Math.log((sx * st) / n ** 4);
  if (grad)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        // dI/dKt_ij (entry (i, j) of the matrix), then through Kt_ij = exp(−|t_i − t_j|²/2σ²) to t_i and t_j.
        const dK = (-2 * rx[i]) / cross + Kx[i * n + j] / self1 + 1 / st;
        const f = (dK * Kt[i * n + j]) / (sigma * sigma);
        for (let a = 0; a < d; a++) {
          const diff = t[i * d + a] - t[j * d + a];
          grad[i * d + a] -= f * diff;
          grad[j * d + a] += f * diff;
        }
      }
  return value;
}
