/**
 * Plain-number embedding machinery for the representation-learning toys of issue 12 (UNPG,
 * SuSana Distancia, AMCL, DBPM, OnPro, PRD): Gaussian class worlds, a small MLP encoder onto the
 * unit sphere (or unnormalised) with a hand-written backward pass, Adam on one flat parameter
 * vector, and the metrics these figures share (histograms, k-NN accuracy, prototypes).
 *
 * Float64 throughout and exact: the same seed gives the same numbers in Node and in every browser.
 * The contrastive maths itself (log-sum-exp, softmax weights) comes from `./contrastive`.
 */
import type { Rng } from '../runtime/rng';

/** A labelled point cloud: row-major n × d inputs and a class per row. */
export interface Labelled {
  x: Float64Array;
  label: Uint8Array;
  n: number;
  d: number;
}

/** Class centres: `classes` × d standard normals scaled by `scale`. */
export function classCentres(rng: Rng, classes: number, d: number, scale = 1): Float64Array {
  const c = new Float64Array(classes * d);
  for (let i = 0; i < c.length; i++) c[i] = scale * rng.normal();
  return c;
}

/** `perClass` points around each centre, spread·N(0, I); labels offset by `labelOffset`. */
export function sampleClasses(
  rng: Rng,
  centres: Float64Array,
  d: number,
  perClass: number,
  spread: number,
  labelOffset = 0,
): Labelled {
  const classes = centres.length / d;
  const n = classes * perClass;
  const x = new Float64Array(n * d);
  const label = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(i / perClass);
    label[i] = c + labelOffset;
    for (let k = 0; k < d; k++) x[i * d + k] = centres[c * d + k] + spread * rng.normal();
  }
  return { x, label, n, d };
}

/** Forward-pass cache of one batch (what `backward` needs). */
export interface MlpCache {
  n: number;
  x: Float64Array;
  h: Float64Array;
  z: Float64Array;
  /** The output: z / ‖z‖ when normalised, else z. */
  e: Float64Array;
  invNorm: Float64Array;
}

/**
 * A d → hidden (ReLU) → m encoder (hidden = 0: linear d → m), optionally L2-normalised.
 * Parameters live in one flat vector `theta` [W1 (d×h), b1 (h), W2 (h×m), b2 (m)]; `backward`
 * adds ∂L/∂θ into `grad` given ∂L/∂e.
 */
export class Mlp {
  readonly theta: Float64Array;
  readonly grad: Float64Array;
  private readonly o: { w1: number; b1: number; w2: number; b2: number };
  private readonly hid: number;

  constructor(
    rng: Rng,
    readonly d: number,
    readonly hidden: number,
    readonly m: number,
    readonly normalise = true,
  ) {
    this.hid = hidden > 0 ? hidden : d;
    const h = this.hid;
    const size = hidden > 0 ? d * h + h + h * m + m : d * m + m;
    this.theta = new Float64Array(size);
    this.grad = new Float64Array(size);
    if (hidden > 0) {
      this.o = { w1: 0, b1: d * h, w2: d * h + h, b2: d * h + h + h * m };
      for (let i = 0; i < d * h; i++) this.theta[i] = Math.sqrt(2 / d) * rng.normal();
      for (let i = 0; i < h * m; i++) this.theta[this.o.w2 + i] = Math.sqrt(1 / h) * rng.normal();
    } else {
      this.o = { w1: -1, b1: -1, w2: 0, b2: d * m };
      for (let i = 0; i < d * m; i++) this.theta[i] = Math.sqrt(1 / d) * rng.normal();
    }
  }

  /** Embeds n rows of x (n × d). */
  forward(x: Float64Array, n: number): MlpCache {
    const { d, m, hidden } = this;
    const hw = this.hid;
    const t = this.theta;
    let h: Float64Array;
    if (hidden > 0) {
      h = new Float64Array(n * hw);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < hw; j++) {
          let s = t[this.o.b1 + j];
          for (let k = 0; k < d; k++) s += x[i * d + k] * t[this.o.w1 + k * hw + j];
          h[i * hw + j] = s > 0 ? s : 0;
        }
      }
    } else h = x;
    const z = new Float64Array(n * m);
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < m; c++) {
        let s = t[this.o.b2 + c];
        for (let j = 0; j < hw; j++) s += h[i * hw + j] * t[this.o.w2 + j * m + c];
        z[i * m + c] = s;
      }
    }
    const invNorm = new Float64Array(n);
    let e = z;
    if (this.normalise) {
      e = new Float64Array(n * m);
      for (let i = 0; i < n; i++) {
        let s = 1e-12;
        for (let c = 0; c < m; c++) s += z[i * m + c] ** 2;
        const inv = 1 / Math.sqrt(s);
        invNorm[i] = inv;
        for (let c = 0; c < m; c++) e[i * m + c] = z[i * m + c] * inv;
      }
    } else invNorm.fill(1);
    return { n, x, h, z, e, invNorm };
  }

  /**
   * Adds ∂L/∂θ to `grad` for ∂L/∂e = dE (n × m). With `dX` (n × d), also writes ∂L/∂x there, so
   * encoders can be stacked (a shared backbone under several heads).
   */
  backward(c: MlpCache, dE: Float64Array, dX?: Float64Array): void {
    const { d, m, hidden } = this;
    const hw = this.hid;
    const t = this.theta;
    const g = this.grad;
    const n = c.n;
    const dZ = new Float64Array(n * m);
    for (let i = 0; i < n; i++) {
      if (this.normalise) {
        let radial = 0;
        for (let k = 0; k < m; k++) radial += dE[i * m + k] * c.e[i * m + k];
        for (let k = 0; k < m; k++) dZ[i * m + k] = (dE[i * m + k] - c.e[i * m + k] * radial) * c.invNorm[i];
      } else for (let k = 0; k < m; k++) dZ[i * m + k] = dE[i * m + k];
    }
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < m; k++) {
        const dz = dZ[i * m + k];
        if (dz === 0) continue;
        g[this.o.b2 + k] += dz;
        for (let j = 0; j < hw; j++) g[this.o.w2 + j * m + k] += c.h[i * hw + j] * dz;
      }
    }
    if (hidden <= 0) {
      if (dX) {
        dX.fill(0);
        for (let i = 0; i < n; i++)
          for (let j = 0; j < hw; j++) {
            let s = 0;
            for (let k = 0; k < m; k++) s += dZ[i * m + k] * t[this.o.w2 + j * m + k];
            dX[i * d + j] = s;
          }
      }
      return;
    }
    if (dX) dX.fill(0);
    const dH = new Float64Array(hw);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < hw; j++) {
        if (c.h[i * hw + j] <= 0) {
          dH[j] = 0;
          continue;
        }
        let s = 0;
        for (let k = 0; k < m; k++) s += dZ[i * m + k] * t[this.o.w2 + j * m + k];
        dH[j] = s;
      }
      for (let j = 0; j < hw; j++) {
        const v = dH[j];
        if (v === 0) continue;
        g[this.o.b1 + j] += v;
        for (let k = 0; k < d; k++) g[this.o.w1 + k * hw + j] += c.x[i * d + k] * v;
        if (dX) for (let k = 0; k < d; k++) dX[i * d + k] += t[this.o.w1 + k * hw + j] * v;
      }
    }
  }

  /** Embeds all rows in one call (no cache kept). */
  embed(x: Float64Array, n: number): Float64Array {
    return this.forward(x, n).e;
  }
}

/** Adam on a flat parameter vector (bias-corrected, optional gradient clipping by norm). */
export class Adam {
  private readonly m1: Float64Array;
  private readonly v1: Float64Array;
  private t = 0;
  constructor(
    readonly params: Float64Array,
    public lr: number,
    readonly beta1 = 0.9,
    readonly beta2 = 0.999,
    readonly eps = 1e-8,
  ) {
    this.m1 = new Float64Array(params.length);
    this.v1 = new Float64Array(params.length);
  }
  /** One step with gradient g (then g is zeroed). */
  step(g: Float64Array): void {
    this.t += 1;
    const b1 = 1 - Math.pow(this.beta1, this.t);
    const b2 = 1 - Math.pow(this.beta2, this.t);
    for (let i = 0; i < g.length; i++) {
      this.m1[i] = this.beta1 * this.m1[i] + (1 - this.beta1) * g[i];
      this.v1[i] = this.beta2 * this.v1[i] + (1 - this.beta2) * g[i] * g[i];
      this.params[i] -= (this.lr * (this.m1[i] / b1)) / (Math.sqrt(this.v1[i] / b2) + this.eps);
      g[i] = 0;
    }
  }
}

/** Row i · row j of two row-major matrices with m columns. */
export function rowDot(a: ArrayLike<number>, i: number, b: ArrayLike<number>, j: number, m: number): number {
  let s = 0;
  for (let k = 0; k < m; k++) s += a[i * m + k] * b[j * m + k];
  return s;
}

/** Squared Euclidean distance between row i of a and row j of b. */
export function rowDist2(a: ArrayLike<number>, i: number, b: ArrayLike<number>, j: number, m: number): number {
  let s = 0;
  for (let k = 0; k < m; k++) {
    const v = a[i * m + k] - b[j * m + k];
    s += v * v;
  }
  return s;
}

/** Shares of `values` in `bins` equal bins on [lo, hi] (values outside are clamped to the end bins). */
export function histogram(values: ArrayLike<number>, lo: number, hi: number, bins: number): Float32Array {
  const h = new Float64Array(bins);
  for (let i = 0; i < values.length; i++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(((values[i] - lo) / (hi - lo)) * bins)));
    h[b] += 1;
  }
  const total = values.length || 1;
  return Float32Array.from(h, (v) => v / total);
}

/** Bin-centre labels for `histogram`. */
export function binLabels(lo: number, hi: number, bins: number, digits = 2): string[] {
  return Array.from({ length: bins }, (_, b) => (lo + ((b + 0.5) * (hi - lo)) / bins).toFixed(digits));
}

/** Class means of n rows of e (m columns) for labels in [0, classes); optionally re-normalised. */
export function classMeans(
  e: ArrayLike<number>,
  label: ArrayLike<number>,
  n: number,
  m: number,
  classes: number,
  normalise = false,
): Float64Array {
  const p = new Float64Array(classes * m);
  const count = new Float64Array(classes);
  for (let i = 0; i < n; i++) {
    const c = label[i];
    count[c]++;
    for (let k = 0; k < m; k++) p[c * m + k] += e[i * m + k];
  }
  for (let c = 0; c < classes; c++) {
    if (count[c] === 0) continue;
    let s = 0;
    for (let k = 0; k < m; k++) {
      p[c * m + k] /= count[c];
      s += p[c * m + k] ** 2;
    }
    if (normalise && s > 0) for (let k = 0; k < m; k++) p[c * m + k] /= Math.sqrt(s);
  }
  return p;
}

/** Leave-one-out k-NN accuracy under cosine similarity (rows assumed normalised) or −distance. */
export function knnAccuracy(
  e: ArrayLike<number>,
  label: ArrayLike<number>,
  n: number,
  m: number,
  k = 5,
  metric: 'cosine' | 'euclid' = 'cosine',
): number {
  const topS = new Float64Array(k);
  const topJ = new Int32Array(k);
  const votes = new Float64Array(256);
  let correct = 0;
  for (let i = 0; i < n; i++) {
    topS.fill(-Infinity);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const s = metric === 'cosine' ? rowDot(e, i, e, j, m) : -rowDist2(e, i, e, j, m);
      if (s <= topS[k - 1]) continue;
      let p = k - 1;
      while (p > 0 && topS[p - 1] < s) {
        topS[p] = topS[p - 1];
        topJ[p] = topJ[p - 1];
        p--;
      }
      topS[p] = s;
      topJ[p] = j;
    }
    votes.fill(0);
    for (let r = 0; r < k; r++) votes[label[topJ[r]]] += 1 + (k - r) * 1e-3;
    let best = 0;
    for (let c = 1; c < votes.length; c++) if (votes[c] > votes[best]) best = c;
    if (best === label[i]) correct++;
  }
  return correct / n;
}

/** n distinct indices from [0, N) (partial Fisher–Yates on a scratch array of length N). */
export function sampleDistinct(N: number, n: number, rng: Rng, scratch: Int32Array): Int32Array {
  for (let i = 0; i < N; i++) scratch[i] = i;
  for (let i = 0; i < n; i++) {
    const j = i + rng.int(N - i);
    const t = scratch[i];
    scratch[i] = scratch[j];
    scratch[j] = t;
  }
  return scratch.slice(0, n);
}

/** Copies rows `idx` of x (d columns) into a new matrix, adding noise·N(0, I) when noise > 0. */
export function gatherRows(x: Float64Array, d: number, idx: ArrayLike<number>, noise = 0, rng?: Rng): Float64Array {
  const out = new Float64Array(idx.length * d);
  for (let r = 0; r < idx.length; r++) {
    for (let k = 0; k < d; k++) out[r * d + k] = x[idx[r] * d + k] + (noise > 0 && rng ? noise * rng.normal() : 0);
  }
  return out;
}

/** Float32 columns of an n × m matrix for a `points` panel (x, y and z when m ≥ 3). */
export function pointColumns(e: ArrayLike<number>, n: number, m: number, dims: 2 | 3) {
  const col = (c: number) => Float32Array.from({ length: n }, (_, i) => (c < m ? e[i * m + c] : 0));
  return dims === 3 ? { x: col(0), y: col(1), z: col(2) } : { x: col(0), y: col(1) };
}
