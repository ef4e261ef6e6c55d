/**
 * Gradient matching for a linear softmax classifier. Points are augmented with a constant 1 (the
 * bias), so x ∈ ℝ^D and W is K×D. For a set of points with labels,
 *   G = (1/m) Σ_j r_j x_jᵀ,  r_j = softmax(W x_j) − e_{y_j}          (the gradient of the mean CE)
 * Dist is the layer-wise distance of Zhao et al.: Σ_k (1 − cos(G^S_k, G^T_k)) over the rows k.
 */

/** Softmax probabilities of W x for one point. */
function probs(W: Float64Array, K: number, D: number, x: ArrayLike<number>, o: number, out: Float64Array) {
  let mx = -Infinity;
  for (let k = 0; k < K; k++) {
    let s = 0;
    for (let a = 0; a < D; a++) s += W[k * D + a] * x[o + a];
    out[k] = s;
    mx = Math.max(mx, s);
  }
  let z = 0;
  for (let k = 0; k < K; k++) z += out[k] = Math.exp(out[k] - mx);
  for (let k = 0; k < K; k++) out[k] /= z;
}

/** ADDS (scale/m)·Σ_j r_j x_jᵀ over the given rows of x into G (K×D). */
export function ceGrad(
  W: Float64Array,
  K: number,
  D: number,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  rows: number[],
  G: Float64Array,
  scale = 1,
) {
  const p = new Float64Array(K);
  for (const j of rows) {
    probs(W, K, D, x, j * D, p);
    p[y[j]] -= 1;
    for (let k = 0; k < K; k++) for (let a = 0; a < D; a++) G[k * D + a] += (scale * p[k] * x[j * D + a]) / rows.length;
  }
}

/** Σ_k (1 − cos) between rows of G and H; ∂/∂G is written into A. */
export function rowCosineDistance(G: Float64Array, H: Float64Array, K: number, D: number, A: Float64Array): number {
  let dist = 0;
  for (let k = 0; k < K; k++) {
    let gh = 0,
      gg = 0,
      hh = 0;
    for (let a = 0; a < D; a++) {
      gh += G[k * D + a] * H[k * D + a];
      gg += G[k * D + a] ** 2;
      hh += H[k * D + a] ** 2;
    }
    const ng = Math.sqrt(gg) + 1e-12,
      nh = Math.sqrt(hh) + 1e-12;
    dist += 1 - gh / (ng * nh);
    for (let a = 0; a < D; a++) A[k * D + a] = -(H[k * D + a] / (ng * nh) - (gh * G[k * D + a]) / (ng ** 3 * nh));
  }
  return dist;
}
