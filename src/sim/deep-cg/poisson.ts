/**
 * The 2-D Poisson system and a small linear convolutional network for it.
 *
 * A is the 5-point Laplacian on a g×g interior grid with zero Dirichlet boundary (4 on the diagonal,
 * −1 for each neighbour): symmetric positive definite, condition number ~ 0.4 g².
 * The network f(r) = Σ_s P_s (K_s ∗ R_s r) sums, over scales s, a learned 3×3 convolution K_s of the
 * residual restricted to a grid 2^s times coarser (R_s, full weighting) and interpolated back up (P_s,
 * bilinear). It is a linear convolutional network (no activations): linear in r and in its weights;
 * its multi-scale shape is what lets 9 weights per level act like a global A⁻¹.
 */

/** y ← A x for the g×g grid. */
export function applyA(x: Float64Array, g: number, y: Float64Array): Float64Array {
  for (let i = 0; i < g; i++)
    for (let j = 0; j < g; j++) {
      const k = i * g + j;
      let v = 4 * x[k];
      if (i > 0) v -= x[k - g];
      if (i < g - 1) v -= x[k + g];
      if (j > 0) v -= x[k - 1];
      if (j < g - 1) v -= x[k + 1];
      y[k] = v;
    }
  return y;
}

/** Grid sizes of the network's levels: g = 2^k − 1, then (g − 1)/2, … down to 3 (at most 5 levels). */
export function levels(g: number): number[] {
  const out = [g];
  while (out[out.length - 1] >= 7 && out[out.length - 1] % 2 === 1 && out.length < 5)
    out.push((out[out.length - 1] - 1) / 2);
  return out;
}

/**
 * Bilinear prolongation from a c×c to a (2c+1)×(2c+1) vertex grid (coarse point (I, J) sits on fine
 * point (2I+1, 2J+1)); the standard multigrid transfer, smooth so A of its output has no spikes.
 */
function prolong(x: Float64Array, c: number): Float64Array {
  const g = 2 * c + 1,
    out = new Float64Array(g * g);
  const at = (I: number, J: number) => (I >= 0 && I < c && J >= 0 && J < c ? x[I * c + J] : 0);
  for (let i = 0; i < g; i++)
    for (let j = 0; j < g; j++) {
      // Fine index i maps to coarse coordinate (i − 1)/2.
      const fi = (i - 1) / 2,
        fj = (j - 1) / 2;
      const i0 = Math.floor(fi),
        j0 = Math.floor(fj),
        ai = fi - i0,
        aj = fj - j0;
      out[i * g + j] =
        (1 - ai) * (1 - aj) * at(i0, j0) +
        ai * (1 - aj) * at(i0 + 1, j0) +
        (1 - ai) * aj * at(i0, j0 + 1) +
        ai * aj * at(i0 + 1, j0 + 1);
    }
  return out;
}

/** Full-weighting restriction, the transpose of `prolong` divided by 4. */
function restrict(x: Float64Array, g: number): Float64Array {
  const c = (g - 1) / 2,
    out = new Float64Array(c * c);
  for (let I = 0; I < c; I++)
    for (let J = 0; J < c; J++) {
      let s = 0;
      for (let di = -1; di <= 1; di++)
        for (let dj = -1; dj <= 1; dj++) {
          const w = (di === 0 ? 1 : 0.5) * (dj === 0 ? 1 : 0.5);
          s += w * x[(2 * I + 1 + di) * g + (2 * J + 1 + dj)];
        }
      out[I * c + J] = s / 4;
    }
  return out;
}

/** The residual restricted to every level (level 0 is r itself). */
function pyramid(r: Float64Array, g: number): Float64Array[] {
  const out = [r];
  const ls = levels(g);
  for (let s = 1; s < ls.length; s++) out.push(restrict(out[s - 1], ls[s - 1]));
  return out;
}

/** Prolong a level-s field back up to the fine grid. */
function toFine(x: Float64Array, s: number, ls: number[]): Float64Array {
  let y = x;
  for (let k = s; k > 0; k--) y = prolong(y, ls[k]);
  return y;
}

/** 3×3 convolution (zero padding) of a c×c field with a 9-tap kernel starting at `w[o]`. */
function conv(x: Float64Array, c: number, w: ArrayLike<number>, o: number): Float64Array {
  const out = new Float64Array(c * c);
  for (let i = 0; i < c; i++)
    for (let j = 0; j < c; j++) {
      let v = 0,
        t = o;
      for (let di = -1; di <= 1; di++)
        for (let dj = -1; dj <= 1; dj++, t++) {
          const si = i + di,
            sj = j + dj;
          if (si >= 0 && si < c && sj >= 0 && sj < c) v += w[t] * x[si * c + sj];
        }
      out[i * c + j] = v;
    }
  return out;
}

/** Number of weights: 9 per level. */
export const weightCount = (g: number) => 9 * levels(g).length;

/**
 * The basis responses φ_j(r), one per weight: f(r) = Σ_j θ_j φ_j(r). Linear in θ, so training needs
 * these once per training vector.
 */
export function basis(r: Float64Array, g: number): Float64Array[] {
  const ls = levels(g),
    pyr = pyramid(r, g),
    out: Float64Array[] = [];
  ls.forEach((c, s) => {
    for (let t = 0; t < 9; t++) {
      const e = new Float64Array(9);
      e[t] = 1;
      out.push(toFine(conv(pyr[s], c, e, 0), s, ls));
    }
  });
  return out;
}

/** f(r) for weights θ. */
export function network(theta: Float64Array, r: Float64Array, g: number): Float64Array {
  const ls = levels(g),
    pyr = pyramid(r, g),
    out = new Float64Array(g * g);
  ls.forEach((c, s) => {
    const y = toFine(conv(pyr[s], c, theta, 9 * s), s, ls);
    for (let k = 0; k < out.length; k++) out[k] += y[k];
  });
  return out;
}

/** Dirichlet-Laplacian eigenvalue of the (k, l) sine mode, k, l = 1 … g. */
export const modeEigen = (k: number, l: number, g: number) =>
  4 - 2 * Math.cos((Math.PI * k) / (g + 1)) - 2 * Math.cos((Math.PI * l) / (g + 1));

/** A field Σ c_kl sin-modes with random c_kl ~ N(0,1)·(λ_min/λ_kl)^power: smooth for power > 0. */
export function randomModes(g: number, rng: { normal(): number }, power: number): Float64Array {
  const S = new Float64Array(g * g);
  for (let i = 0; i < g; i++)
    for (let k = 0; k < g; k++) S[i * g + k] = Math.sin((Math.PI * (i + 1) * (k + 1)) / (g + 1));
  const lmin = modeEigen(1, 1, g);
  const C = new Float64Array(g * g);
  for (let k = 0; k < g; k++)
    for (let l = 0; l < g; l++) C[k * g + l] = rng.normal() * (lmin / modeEigen(k + 1, l + 1, g)) ** power;
  // x = S C Sᵀ (separable synthesis).
  const T = new Float64Array(g * g),
    x = new Float64Array(g * g);
  for (let i = 0; i < g; i++)
    for (let l = 0; l < g; l++) {
      let s = 0;
      for (let k = 0; k < g; k++) s += S[i * g + k] * C[k * g + l];
      T[i * g + l] = s;
    }
  for (let i = 0; i < g; i++)
    for (let j = 0; j < g; j++) {
      let s = 0;
      for (let l = 0; l < g; l++) s += T[i * g + l] * S[j * g + l];
      x[i * g + j] = s;
    }
  return x;
}
