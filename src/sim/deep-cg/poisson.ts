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

/*
 * The network's grid operators work on zero-padded fields: a c×c field is stored as (c+2)×(c+2) with a
 * zero border, point (i, j) at (i+1)(c+2) + j+1. The border stands in for the zero Dirichlet boundary,
 * so the loops need no bounds tests (a border term adds w·0, which leaves every sum unchanged), and the
 * buffers are allocated once per grid: the solver applies the network hundreds of times per evaluation.
 */

/**
 * Bilinear prolongation from a c×c to a (2c+1)×(2c+1) vertex grid (coarse point (I, J) sits on fine
 * point (2I+1, 2J+1)); the standard multigrid transfer, smooth so A of its output has no spikes.
 * A fine point on an odd row and column copies its coarse point, one with an even index averages the two
 * coarse neighbours along it (weights ½), one with both even the four around it (weights ¼).
 */
function prolong(x: Float64Array, c: number, out: Float64Array): void {
  const g = 2 * c + 1,
    cw = c + 2,
    gw = g + 2;
  for (let i = 0; i < g; i++) {
    // Fine row i lies on coarse row (i − 1)/2 (odd i) or between coarse rows i/2 − 1 and i/2 (even i);
    // coarse row I is padded row I + 1, so `a` indexes coarse row ⌊(i − 1)/2⌋ and `b` the one below.
    const a = Math.floor((i + 1) / 2) * cw,
      b = a + cw,
      o = (i + 1) * gw + 1;
    if (i % 2 === 1)
      for (let J = 0; J < c; J++) {
        out[o + 2 * J] = 0.5 * x[a + J] + 0.5 * x[a + J + 1];
        out[o + 2 * J + 1] = x[a + J + 1];
      }
    else
      for (let J = 0; J < c; J++) {
        out[o + 2 * J] = 0.25 * x[a + J] + 0.25 * x[b + J] + 0.25 * x[a + J + 1] + 0.25 * x[b + J + 1];
        out[o + 2 * J + 1] = 0.5 * x[a + J + 1] + 0.5 * x[b + J + 1];
      }
    // The last fine column (j = 2c, even) averages coarse column c − 1 and the zero border.
    out[o + 2 * c] =
      i % 2 === 1
        ? 0.5 * x[a + c] + 0.5 * x[a + c + 1]
        : 0.25 * x[a + c] + 0.25 * x[b + c] + 0.25 * x[a + c + 1] + 0.25 * x[b + c + 1];
  }
}

/** Full-weighting restriction, the transpose of `prolong` divided by 4 (g×g → c×c, c = (g − 1)/2). */
function restrict(x: Float64Array, g: number, out: Float64Array): void {
  const c = (g - 1) / 2,
    cw = c + 2,
    gw = g + 2;
  for (let I = 0; I < c; I++)
    for (let J = 0; J < c; J++) {
      // Fine point (2I+1, 2J+1) and its 8 neighbours, rows top to bottom (padded indices).
      const k = (2 * I + 2) * gw + 2 * J + 2,
        u = k - gw,
        d = k + gw;
      let s = 0;
      s += 0.25 * x[u - 1];
      s += 0.5 * x[u];
      s += 0.25 * x[u + 1];
      s += 0.5 * x[k - 1];
      s += 1 * x[k];
      s += 0.5 * x[k + 1];
      s += 0.25 * x[d - 1];
      s += 0.5 * x[d];
      s += 0.25 * x[d + 1];
      out[(I + 1) * cw + J + 1] = s / 4;
    }
}

/** 3×3 convolution (zero padding) of a c×c field with a 9-tap kernel starting at `w[o]`. */
function conv(x: Float64Array, c: number, w: ArrayLike<number>, o: number, out: Float64Array): void {
  const cw = c + 2;
  const w0 = w[o],
    w1 = w[o + 1],
    w2 = w[o + 2],
    w3 = w[o + 3],
    w4 = w[o + 4],
    w5 = w[o + 5],
    w6 = w[o + 6],
    w7 = w[o + 7],
    w8 = w[o + 8];
  for (let i = 0; i < c; i++)
    for (let j = 0; j < c; j++) {
      const k = (i + 1) * cw + j + 1,
        u = k - cw,
        d = k + cw;
      let v = 0;
      v += w0 * x[u - 1];
      v += w1 * x[u];
      v += w2 * x[u + 1];
      v += w3 * x[k - 1];
      v += w4 * x[k];
      v += w5 * x[k + 1];
      v += w6 * x[d - 1];
      v += w7 * x[d];
      v += w8 * x[d + 1];
      out[k] = v;
    }
}

/** The multi-scale network on a g×g grid, with its work buffers. */
export class Network {
  readonly N: number;
  /** Number of weights (9 per level). */
  readonly P: number;
  private readonly ls: number[];
  /** The residual restricted to every level (padded; level 0 is r itself). */
  private readonly pyr: Float64Array[];
  /** Per-level scratch (padded): a level's convolution, then its prolongations up to the fine grid. */
  private readonly work: Float64Array[];
  private readonly unitKernel = new Float64Array(9);
  private readonly fine: Float64Array;

  constructor(readonly g: number) {
    this.ls = levels(g);
    this.N = g * g;
    this.P = 9 * this.ls.length;
    this.pyr = this.ls.map((c) => new Float64Array((c + 2) * (c + 2)));
    this.work = this.ls.map((c) => new Float64Array((c + 2) * (c + 2)));
    this.fine = new Float64Array(this.N);
  }

  private setResidual(r: Float64Array): void {
    const { g, ls, pyr } = this;
    for (let i = 0; i < g; i++) pyr[0].set(r.subarray(i * g, (i + 1) * g), (i + 1) * (g + 2) + 1);
    for (let s = 1; s < ls.length; s++) restrict(pyr[s - 1], ls[s - 1], pyr[s]);
  }

  /** P_s (K ∗ R_s r) for the kernel at w[o], on the fine grid (padded, in work[0]). */
  private level(s: number, w: ArrayLike<number>, o: number): Float64Array {
    const { ls, pyr, work } = this;
    conv(pyr[s], ls[s], w, o, work[s]);
    for (let k = s; k > 0; k--) prolong(work[k], ls[k], work[k - 1]);
    return work[0];
  }

  /** out ← f(r) for weights θ. */
  apply(theta: ArrayLike<number>, r: Float64Array, out: Float64Array): Float64Array {
    const g = this.g,
      gw = g + 2;
    this.setResidual(r);
    out.fill(0);
    for (let s = 0; s < this.ls.length; s++) {
      const y = this.level(s, theta, 9 * s);
      for (let i = 0; i < g; i++) {
        const o = (i + 1) * gw + 1;
        for (let j = 0; j < g; j++) out[i * g + j] += y[o + j];
      }
    }
    return out;
  }

  /**
   * A φ_j(r) for every weight j, as rows of one P×N array, where f(r) = Σ_j θ_j φ_j(r). The network is
   * linear in θ, so training needs these once per training vector: A f(r) = Σ_j θ_j A φ_j(r).
   */
  basisResponses(r: Float64Array): Float64Array {
    const { g, N, P, unitKernel, fine } = this,
      gw = g + 2;
    const out = new Float64Array(P * N);
    this.setResidual(r);
    for (let j = 0; j < P; j++) {
      unitKernel.fill(0);
      unitKernel[j % 9] = 1;
      const y = this.level(Math.floor(j / 9), unitKernel, 0);
      for (let i = 0; i < g; i++) fine.set(y.subarray((i + 1) * gw + 1, (i + 1) * gw + 1 + g), i * g);
      applyA(fine, g, out.subarray(j * N, (j + 1) * N));
    }
    return out;
  }
}

/** Dirichlet-Laplacian eigenvalue of the (k, l) sine mode, k, l = 1 … g. */
export const modeEigen = (k: number, l: number, g: number) =>
  4 - 2 * Math.cos((Math.PI * k) / (g + 1)) - 2 * Math.cos((Math.PI * l) / (g + 1));

/** The (symmetric) sine-mode matrix S_ik = sin(π(i+1)(k+1)/(g+1)); A's eigenvectors are S_ik S_jl. */
function sineMatrix(g: number): Float64Array {
  const S = new Float64Array(g * g);
  for (let i = 0; i < g; i++)
    for (let k = 0; k < g; k++) S[i * g + k] = Math.sin((Math.PI * (i + 1) * (k + 1)) / (g + 1));
  return S;
}

/** X Y for g×g row-major matrices. */
function matMul(X: Float64Array, Y: Float64Array, g: number): Float64Array {
  const out = new Float64Array(g * g);
  for (let i = 0; i < g; i++)
    for (let k = 0; k < g; k++) {
      const x = X[i * g + k];
      for (let j = 0; j < g; j++) out[i * g + j] += x * Y[k * g + j];
    }
  return out;
}

/**
 * A⁻¹ b exactly (to rounding), by the sine transform that diagonalises A: with S symmetric and
 * S² = (g+1)/2 · I, b = S C S has C = (2/(g+1))² S b S, and x = S (C ./ λ) S. O(g³), a few ms at g = 63.
 */
export function solveExact(b: Float64Array, g: number): Float64Array {
  const S = sineMatrix(g);
  const C = matMul(matMul(S, b, g), S, g);
  const norm = (2 / (g + 1)) ** 2;
  for (let k = 0; k < g; k++) for (let l = 0; l < g; l++) C[k * g + l] *= norm / modeEigen(k + 1, l + 1, g);
  return matMul(matMul(S, C, g), S, g);
}

/** A field Σ c_kl sin-modes with random c_kl ~ N(0,1)·(λ_min/λ_kl)^power: smooth for power > 0. */
export function randomModes(g: number, rng: { normal(): number }, power: number): Float64Array {
  const S = sineMatrix(g);
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
