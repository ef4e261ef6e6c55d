/**
 * Eigenvalues of a symmetric n×n matrix S together with the projections Vᵀz of a few vectors z on
 * its eigenvectors (the columns of V), without forming V.
 *
 * The same two phases as `symEig` in shared/linalg (so the eigenvalues are bit-identical), but the QL rotations are applied to the m projected vectors instead of to all n
 * rows of the eigenvector matrix: O(n²m) instead of O(n³) for that phase. The sim only ever needs
 * Vᵀz for three vectors, and this is what lets a slider restart the figure within a frame.
 */
import { householderTridiagonal, tridiagonalQL } from '../shared/linalg';

export function eigenProjections(
  S: Float64Array,
  n: number,
  zs: ArrayLike<number>[],
): { values: Float64Array; proj: Float64Array[] } {
  const V = Float64Array.from(S);
  const d = new Float64Array(n),
    e = new Float64Array(n);
  for (let j = 0; j < n; j++) d[j] = V[(n - 1) * n + j];
  householderTridiagonal(V, n, d, e);
  // Now S = Q T Qᵀ with T tridiagonal (diagonal on V's diagonal, off-diagonal in e) and
  // Q = H_{n−1} ⋯ H_1, where H_i = I − u uᵀ/h acts on coordinates 0…i−1, u is stored in column i
  // above the diagonal and h in d[i] (h = 0: no reflection). tred2 would multiply Q out (O(n³));
  // applying the reflections to the few z instead costs O(n²) each.
  const m = zs.length;
  const Y = new Float64Array(m * n);
  for (let r = 0; r < m; r++) {
    const y = Y.subarray(r * n, (r + 1) * n);
    for (let k = 0; k < n; k++) y[k] = zs[r][k];
    // Qᵀz = H_1 ⋯ H_{n−1} z: H_{n−1} first.
    for (let i = n - 1; i > 0; i--) {
      const h = d[i];
      if (h === 0) continue;
      let g = 0;
      for (let k = 0; k < i; k++) g += V[k * n + i] * y[k];
      g /= h;
      for (let k = 0; k < i; k++) y[k] -= g * V[k * n + i];
    }
  }
  for (let i = 0; i < n; i++) d[i] = V[i * n + i];

  // The QL rotations turn Y[r] = Qᵀz_r into Vᵀz_r: they act on its entries exactly as they would
  // act on the columns of the eigenvector matrix.
  tridiagonalQL(d, e, n, (i, c, s) => {
    for (let o = 0; o < m * n; o += n) {
      const y1 = Y[o + i + 1],
        y0 = Y[o + i];
      Y[o + i + 1] = s * y0 + c * y1;
      Y[o + i] = c * y0 - s * y1;
    }
  });
  return { values: d, proj: Array.from({ length: m }, (_, r) => Y.subarray(r * n, (r + 1) * n)) };
}
