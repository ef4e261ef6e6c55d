/**
 * The teacher and its students, as plain arrays. Teacher: x ∈ ℝ⁸ → h₀ = tanh(W_in x) ∈ ℝ²⁴, six
 * residual blocks h ← h + s_l U_l tanh(V_l h + c_l) with 24 hidden units each and strengths s_l,
 * then logits W_out h for 10 classes; the labels are the teacher's own predictions (a student–teacher
 * task, so the teacher's accuracy is 1). A student keeps a subset of the blocks and, in each kept
 * block, the most important fraction of its hidden units (|U column|·|V row|); its readout is then
 * distilled from the teacher by least squares on the teacher's logits.
 */
import type { Rng } from '../runtime/rng';

export const D_IN = 8,
  WIDTH = 24,
  BLOCKS = 6,
  CLASSES = 10,
  HID = 24;

export interface Block {
  V: Float64Array;
  c: Float64Array;
  U: Float64Array;
  s: number;
  order: number[];
  /** V's rows, c and U's columns rearranged in `order` (most important unit first), so a student
   * keeping q units reads the first q of them contiguously: V row-major HID × WIDTH, U WIDTH × HID. */
  Vo: Float64Array;
  co: Float64Array;
  Uo: Float64Array;
}
export interface Teacher {
  Win: Float64Array;
  blocks: Block[];
  Wout: Float64Array;
}

export function createTeacher(rng: Rng): Teacher {
  const gauss = (n: number, sd: number) => Float64Array.from({ length: n }, () => sd * rng.normal());
  const Win = gauss(WIDTH * D_IN, 1.5 / Math.sqrt(D_IN));
  const blocks = Array.from({ length: BLOCKS }, (_, l) => {
    const V = gauss(HID * WIDTH, 2 / Math.sqrt(WIDTH));
    const c = gauss(HID, 0.5);
    const U = gauss(WIDTH * HID, 1 / Math.sqrt(HID));
    // Strengths: alternate strong and weak blocks, jittered, so some blocks matter far more than others.
    const s = (l % 2 === 0 ? 2.5 : 0.2) * (0.6 + 0.8 * rng.next());
    const imp = Array.from({ length: HID }, (_, j) => {
      let u = 0,
        v = 0;
      for (let i = 0; i < WIDTH; i++) {
        u += U[i * HID + j] ** 2;
        v += V[j * WIDTH + i] ** 2;
      }
      return Math.sqrt(u * v);
    });
    const order = imp.map((_, j) => j).sort((a, b) => imp[b] - imp[a]);
    const Vo = new Float64Array(HID * WIDTH),
      co = new Float64Array(HID),
      Uo = new Float64Array(WIDTH * HID);
    order.forEach((j, q) => {
      co[q] = c[j];
      for (let i = 0; i < WIDTH; i++) {
        Vo[q * WIDTH + i] = V[j * WIDTH + i];
        Uo[i * HID + q] = U[i * HID + j];
      }
    });
    return { V, c, U, s, order, Vo, co, Uo };
  });
  return { Win, blocks, Wout: gauss(CLASSES * WIDTH, 1 / Math.sqrt(WIDTH)) };
}

/** An architecture: for each block, the number of hidden units kept (0 = block removed). */
export type Arch = number[];

/** The input layer h₀ = tanh(W_in x) of a batch (n × WIDTH): the same for every student, so computed once. */
export function inputLayer(t: Teacher, X: Float64Array, n: number): Float64Array {
  const H = new Float64Array(n * WIDTH);
  for (let r = 0; r < n; r++)
    for (let i = 0; i < WIDTH; i++) {
      let s = 0;
      for (let k = 0; k < D_IN; k++) s += t.Win[i * D_IN + k] * X[r * D_IN + k];
      H[r * WIDTH + i] = Math.tanh(s);
    }
  return H;
}

/**
 * Final features h of a batch (n × WIDTH) under an architecture, from its input layer H0. This is
 * the hot loop of the figure (two passes per student scored), hence flat loops over the reordered
 * weights; the sums run in the same order as h ← h + s U_{:,order} tanh(V_{order,:} h + c).
 */
export function features(t: Teacher, arch: Arch, H0: Float64Array, n: number): Float64Array {
  const H = Float64Array.from(H0);
  const z = new Float64Array(HID);
  for (let l = 0; l < BLOCKS; l++) {
    const keep = arch[l];
    if (keep === 0) continue;
    const { Vo, co, Uo, s: strength } = t.blocks[l];
    for (let r = 0; r < n; r++) {
      const o = r * WIDTH;
      for (let q = 0; q < keep; q++) {
        let s = co[q];
        for (let i = 0; i < WIDTH; i++) s += Vo[q * WIDTH + i] * H[o + i];
        z[q] = Math.tanh(s);
      }
      for (let i = 0; i < WIDTH; i++) {
        let s = 0;
        for (let q = 0; q < keep; q++) s += Uo[i * HID + q] * z[q];
        H[o + i] += strength * s;
      }
    }
  }
  return H;
}

/** Logits W h for a batch of features. */
export function logits(W: Float64Array, H: Float64Array, n: number): Float64Array {
  const Z = new Float64Array(n * CLASSES);
  for (let r = 0; r < n; r++)
    for (let k = 0; k < CLASSES; k++) {
      let s = 0;
      for (let i = 0; i < WIDTH; i++) s += W[k * WIDTH + i] * H[r * WIDTH + i];
      Z[r * CLASSES + k] = s;
    }
  return Z;
}

/** Distillation of the readout: ridge least squares of the teacher's logits on the student's features. */
export function distilReadout(H: Float64Array, Zt: Float64Array, n: number): Float64Array {
  const d = WIDTH;
  const A = new Float64Array(d * d),
    Bm = new Float64Array(d * CLASSES);
  for (let r = 0; r < n; r++)
    for (let i = 0; i < d; i++) {
      const hi = H[r * d + i];
      for (let j = 0; j < d; j++) A[i * d + j] += hi * H[r * d + j];
      for (let k = 0; k < CLASSES; k++) Bm[i * CLASSES + k] += hi * Zt[r * CLASSES + k];
    }
  for (let i = 0; i < d; i++) A[i * d + i] += 1e-3 * n;
  // Gaussian elimination on [A | B].
  for (let i = 0; i < d; i++) {
    const piv = A[i * d + i];
    for (let r = i + 1; r < d; r++) {
      const f = A[r * d + i] / piv;
      for (let c = i; c < d; c++) A[r * d + c] -= f * A[i * d + c];
      for (let k = 0; k < CLASSES; k++) Bm[r * CLASSES + k] -= f * Bm[i * CLASSES + k];
    }
  }
  const W = new Float64Array(CLASSES * d);
  for (let k = 0; k < CLASSES; k++)
    for (let i = d - 1; i >= 0; i--) {
      let s = Bm[i * CLASSES + k];
      for (let c = i + 1; c < d; c++) s -= A[i * d + c] * W[k * d + c];
      W[k * d + i] = s / A[i * d + i];
    }
  return W;
}

export function argmaxRows(Z: Float64Array, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    let b = 0;
    for (let k = 1; k < CLASSES; k++) if (Z[r * CLASSES + k] > Z[r * CLASSES + b]) b = k;
    out[r] = b;
  }
  return out;
}

/** Parameter count of an architecture (input layer, kept block units, readout). */
export function paramCount(arch: Arch): number {
  return WIDTH * D_IN + arch.reduce((s, k) => s + k * (2 * WIDTH + 1), 0) + CLASSES * WIDTH;
}
