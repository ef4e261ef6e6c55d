/**
 * Eigenvalues of a symmetric n×n matrix S together with the projections Vᵀz of a few vectors z on
 * its eigenvectors (the columns of V), without forming V.
 *
 * Same algorithm as `symEig` in shared/linalg (EISPACK tred2 + implicit QL, so the eigenvalues are
 * bit-identical), but the QL rotations are applied to the m projected vectors instead of to all n
 * rows of the eigenvector matrix: O(n²m) instead of O(n³) for that phase. The sim only ever needs
 * Vᵀz for three vectors, and this is what lets a slider restart the figure within a frame.
 */
export function eigenProjections(
  S: Float64Array,
  n: number,
  zs: ArrayLike<number>[],
): { values: Float64Array; proj: Float64Array[] } {
  const V = Float64Array.from(S);
  const d = new Float64Array(n),
    e = new Float64Array(n);
  for (let j = 0; j < n; j++) d[j] = V[(n - 1) * n + j];
  // Householder tridiagonalisation (tred2).
  for (let i = n - 1; i > 0; i--) {
    let scale = 0,
      h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k]);
    if (scale === 0) {
      e[i] = d[i - 1];
      for (let j = 0; j < i; j++) {
        d[j] = V[(i - 1) * n + j];
        V[i * n + j] = 0;
        V[j * n + i] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k] /= scale;
        h += d[k] * d[k];
      }
      let f = d[i - 1];
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j];
        V[j * n + i] = f;
        g = e[j] + V[j * n + j] * f;
        for (let k = j + 1; k <= i - 1; k++) {
          g += V[k * n + j] * d[k];
          e[k] += V[k * n + j] * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j] /= h;
        f += e[j] * d[j];
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] -= hh * d[j];
      for (let j = 0; j < i; j++) {
        f = d[j];
        g = e[j];
        for (let k = j; k <= i - 1; k++) V[k * n + j] -= f * e[k] + g * d[k];
        d[j] = V[(i - 1) * n + j];
        V[i * n + j] = 0;
      }
    }
    d[i] = h;
  }
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

  // The QL rotations below turn Y[r] = Qᵀz_r into Vᵀz_r: they act on its entries exactly as they
  // would act on the columns of the eigenvector matrix.
  // Implicit QL iterations on the tridiagonal matrix (tql2).
  e[0] = 0;
  for (let i = 1; i < n; i++) e[i - 1] = e[i];
  e[n - 1] = 0;
  let f = 0,
    tst1 = 0;
  const eps = 2 ** -52;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
    let mm = l;
    while (mm < n - 1 && Math.abs(e[mm]) > eps * tst1) mm++;
    if (mm > l) {
      for (let iter = 0; iter < 100 && Math.abs(e[l]) > eps * tst1; iter++) {
        let g = d[l];
        let p = (d[l + 1] - g) / (2 * e[l]);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        const dl1 = d[l + 1];
        let h = g - d[l];
        for (let i = l + 2; i < n; i++) d[i] -= h;
        f += h;
        p = d[mm];
        let c = 1,
          c2 = 1,
          c3 = 1,
          s = 0,
          s2 = 0;
        const el1 = e[l + 1];
        for (let i = mm - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = Math.hypot(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          for (let o = 0; o < m * n; o += n) {
            const y1 = Y[o + i + 1],
              y0 = Y[o + i];
            Y[o + i + 1] = s * y0 + c * y1;
            Y[o + i] = c * y0 - s * y1;
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      }
    }
    d[l] += f;
    e[l] = 0;
  }
  return { values: d, proj: Array.from({ length: m }, (_, r) => Y.subarray(r * n, (r + 1) * n)) };
}
