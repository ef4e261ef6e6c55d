/**
 * The shared classifier world of issue 11 (loss-function papers): small synthetic data sets, label
 * noise, dense layers with hand-written backward passes, Adam, and a training-loop harness that
 * turns "one optimisation step of several models side by side" into a core's rows and frames.
 *
 * It follows the comp-sum figure's world (Gaussian classes with centres on the unit circle, labels
 * flipped to a uniformly chosen wrong class, a clean test set) but in plain TypeScript on
 * Float32Array, which is exact, deterministic and, for models this small, faster than tfjs.
 * Every random draw comes from the `Rng` passed in.
 */
import type { Rng } from '../runtime/rng';
import type { Frame, MetricRow, Sim, StepResult } from '../runtime/types';
import { DIVERGED } from '../runtime/types';

// ---------------------------------------------------------------------------------------------
// Data

export interface Dataset {
  /** Row-major [n, dim]. */
  x: Float32Array;
  /** Labels the learner sees (noisy for training sets). */
  y: Int32Array;
  /** True classes. */
  clean: Int32Array;
  n: number;
  dim: number;
}

/**
 * K Gaussian classes in the plane, centres on the unit circle, balanced (point i has class i mod K),
 * standard deviation `spread`; labels flipped with probability `noise` (see `flipLabel`).
 */
export function gaussianClasses(
  rng: Rng,
  n: number,
  classes: number,
  spread: number,
  noise = 0,
  kind: NoiseKind = 'symmetric',
): Dataset {
  const x = new Float32Array(n * 2),
    y = new Int32Array(n),
    clean = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % classes;
    const a = (2 * Math.PI * c) / classes;
    x[2 * i] = Math.cos(a) + spread * rng.normal();
    x[2 * i + 1] = Math.sin(a) + spread * rng.normal();
    clean[i] = c;
    y[i] = flipLabel(rng, c, classes, noise, kind);
  }
  return { x, y, clean, n, dim: 2 };
}

/** symmetric: a flip picks one of the other K−1 classes uniformly; asymmetric: always the next class. */
export type NoiseKind = 'symmetric' | 'asymmetric';

export function flipLabel(rng: Rng, c: number, classes: number, noise: number, kind: NoiseKind = 'symmetric'): number {
  if (rng.next() >= noise) return c;
  return kind === 'asymmetric' ? (c + 1) % classes : (c + 1 + rng.int(classes - 1)) % classes;
}

/** A G×G grid of points covering [−extent, extent]², row 0 at the top (for decision-region heatmaps). */
export function gridPoints(G: number, extent: number): Float32Array {
  const g = new Float32Array(G * G * 2);
  for (let r = 0; r < G; r++)
    for (let c = 0; c < G; c++) {
      g[2 * (r * G + c)] = -extent + (2 * extent * (c + 0.5)) / G;
      g[2 * (r * G + c) + 1] = extent - (2 * extent * (r + 0.5)) / G;
    }
  return g;
}

/** The training points of a 2-D data set as a 'points' panel, grouped by their (noisy) label. */
export function pointsPanel(d: Dataset, classes: number, labelOf = 'labelled class'): Frame[string] {
  return {
    kind: 'points',
    x: Float32Array.from({ length: d.n }, (_, i) => d.x[d.dim * i]),
    y: Float32Array.from({ length: d.n }, (_, i) => d.x[d.dim * i + 1]),
    group: Uint8Array.from(d.y),
    groupLabels: Array.from({ length: classes }, (_, k) => `${labelOf} ${k + 1}`),
  };
}

// ---------------------------------------------------------------------------------------------
// Dense layers (row-major weights [in, out]) with hand-written backward passes

export interface Dense {
  w: Float32Array;
  b: Float32Array;
  gw: Float32Array;
  gb: Float32Array;
  nIn: number;
  nOut: number;
}

/** He-initialised (scale √(gain/fanIn)) dense layer; biases start at zero. */
export function dense(rng: Rng, nIn: number, nOut: number, gain = 2): Dense {
  const s = Math.sqrt(gain / nIn);
  const w = Float32Array.from({ length: nIn * nOut }, () => s * rng.normal());
  return { w, b: new Float32Array(nOut), gw: new Float32Array(nIn * nOut), gb: new Float32Array(nOut), nIn, nOut };
}

/** out[n, nOut] = x[n, nIn] · W + b. */
export function forward(L: Dense, x: Float32Array, n: number, out = new Float32Array(n * L.nOut)): Float32Array {
  const { w, b, nIn, nOut } = L;
  for (let i = 0; i < n; i++) {
    const o = i * nOut;
    for (let k = 0; k < nOut; k++) out[o + k] = b[k];
    for (let j = 0; j < nIn; j++) {
      const xv = x[i * nIn + j];
      if (xv === 0) continue;
      const wr = j * nOut;
      for (let k = 0; k < nOut; k++) out[o + k] += xv * w[wr + k];
    }
  }
  return out;
}

/**
 * Backward pass of `forward`: ADDS dL/dW and dL/db into L.gw, L.gb (zero them with `zeroGrad`)
 * and returns dL/dx when `wantDx` (for the layer below).
 */
export function backward(
  L: Dense,
  x: Float32Array,
  dy: Float32Array,
  n: number,
  wantDx = true,
): Float32Array | undefined {
  const { w, gw, gb, nIn, nOut } = L;
  const dx = wantDx ? new Float32Array(n * nIn) : undefined;
  for (let i = 0; i < n; i++) {
    const o = i * nOut;
    for (let k = 0; k < nOut; k++) gb[k] += dy[o + k];
    for (let j = 0; j < nIn; j++) {
      const xv = x[i * nIn + j];
      const wr = j * nOut;
      let s = 0;
      for (let k = 0; k < nOut; k++) {
        gw[wr + k] += xv * dy[o + k];
        s += w[wr + k] * dy[o + k];
      }
      if (dx) dx[i * nIn + j] = s;
    }
  }
  return dx;
}

export function zeroGrad(...layers: Dense[]): void {
  for (const L of layers) {
    L.gw.fill(0);
    L.gb.fill(0);
  }
}

/** In-place ReLU; returns its argument. */
export function relu(h: Float32Array): Float32Array {
  for (let i = 0; i < h.length; i++) if (h[i] < 0) h[i] = 0;
  return h;
}

/** Gradient through a ReLU whose output was `h`: zeroes dh where h was clipped (in place). */
export function reluBack(h: Float32Array, dh: Float32Array): Float32Array {
  for (let i = 0; i < h.length; i++) if (h[i] <= 0) dh[i] = 0;
  return dh;
}

// ---------------------------------------------------------------------------------------------
// Adam over a list of layers

export interface Adam {
  step(layers: Dense[]): void;
  /** The step size; a core may change it between steps (a schedule). */
  lr: number;
}

/** Adam (β₁ = 0.9, β₂ = 0.999) with optional decoupled weight decay on the weights (not biases). */
export function adam(layers: Dense[], lr: number, weightDecay = 0): Adam {
  const m = layers.map((L) => [new Float32Array(L.w.length), new Float32Array(L.b.length)]);
  const v = layers.map((L) => [new Float32Array(L.w.length), new Float32Array(L.b.length)]);
  let t = 0;
  const b1 = 0.9,
    b2 = 0.999,
    eps = 1e-8;
  return {
    lr,
    step(ls: Dense[]) {
      t++;
      const lr = this.lr;
      const c1 = 1 - b1 ** t,
        c2 = 1 - b2 ** t;
      ls.forEach((L, li) => {
        const pairs: [Float32Array, Float32Array, number][] = [
          [L.w, L.gw, 0],
          [L.b, L.gb, 1],
        ];
        for (const [p, g, k] of pairs) {
          const mm = m[li][k],
            vv = v[li][k];
          for (let i = 0; i < p.length; i++) {
            mm[i] = b1 * mm[i] + (1 - b1) * g[i];
            vv[i] = b2 * vv[i] + (1 - b2) * g[i] * g[i];
            p[i] -= lr * (mm[i] / c1 / (Math.sqrt(vv[i] / c2) + eps) + (k === 0 ? weightDecay * p[i] : 0));
          }
        }
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Softmax helpers and metrics

/** Softmax of row i of s[n, K] into out (length K); returns log Σ exp. */
export function softmaxRow(s: ArrayLike<number>, i: number, K: number, out: Float64Array): number {
  let mx = -Infinity;
  for (let k = 0; k < K; k++) mx = Math.max(mx, s[i * K + k]);
  let z = 0;
  for (let k = 0; k < K; k++) z += out[k] = Math.exp(s[i * K + k] - mx);
  for (let k = 0; k < K; k++) out[k] /= z;
  return mx + Math.log(z);
}

/** Mean cross-entropy of logits s[n, K] against labels; writes dL/ds into grad when given. */
export function crossEntropy(
  s: Float32Array,
  y: Int32Array,
  n: number,
  K: number,
  grad?: Float32Array,
  weight = 1,
): number {
  const p = new Float64Array(K);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const lse = softmaxRow(s, i, K, p);
    loss += lse - s[i * K + y[i]];
    if (grad) for (let k = 0; k < K; k++) grad[i * K + k] += (weight * (p[k] - (k === y[i] ? 1 : 0))) / n;
  }
  return loss / n;
}

/** Row-wise argmax of s[n, K]. */
export function argmaxRows(s: ArrayLike<number>, n: number, K: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let k = 1; k < K; k++) if (s[i * K + k] > s[i * K + best]) best = k;
    out[i] = best;
  }
  return out;
}

/** Fraction of rows whose label is among the top-k scores (ties count against). */
export function topKAccuracy(s: ArrayLike<number>, labels: Int32Array, n: number, K: number, k = 1): number {
  let ok = 0;
  for (let i = 0; i < n; i++) {
    const sy = s[i * K + labels[i]];
    let above = 0;
    for (let c = 0; c < K; c++) if (c !== labels[i] && s[i * K + c] >= sy) above++;
    if (above < k) ok++;
  }
  return ok / n;
}

export function accuracy(pred: Int32Array, labels: Int32Array): number {
  let ok = 0;
  for (let i = 0; i < pred.length; i++) if (pred[i] === labels[i]) ok++;
  return ok / pred.length;
}

// ---------------------------------------------------------------------------------------------
// The training-loop harness

export interface LoopOptions {
  total: number;
  /** A row after every `every` steps (absolute step index, so chunking never changes the rows). */
  every: number;
  /** A frame every `frameEvery` steps (a multiple of `every`), and at step 0. */
  frameEvery: number;
  /** One optimisation step of every model; returns the loss to check for divergence. */
  advance(step: number): number;
  /** The metrics after `step` steps (without `step`). */
  measure(step: number): Record<string, number>;
  frame?(step: number): Frame;
}

/**
 * A Sim from a training loop: a row at step 0 and every `every` steps, a frame at step 0 and every
 * `frameEvery` steps and at the end; a non-finite or exploding loss ends the run with `diverged: 1`.
 */
export function loopSim(o: LoopOptions): Sim {
  let step = 0,
    stopped = false;
  return {
    totalSteps: o.total,
    step(n: number): StepResult {
      const rows: MetricRow[] = [];
      let fr: Frame | undefined;
      if (step === 0 && n > 0 && !stopped) {
        rows.push({ step: 0, ...o.measure(0) });
        fr = o.frame?.(0);
      }
      for (let i = 0; i < n && step < o.total && !stopped; i++) {
        const loss = o.advance(step);
        step++;
        if (!Number.isFinite(loss) || Math.abs(loss) > 1e6) {
          rows.push({ step, [DIVERGED]: 1 });
          stopped = true;
          break;
        }
        if (step % o.every === 0 || step === o.total) rows.push({ step, ...o.measure(step) });
        if (o.frame && (step % o.frameEvery === 0 || step === o.total)) fr = o.frame(step);
      }
      return fr ? { rows, frame: fr } : { rows };
    },
    dispose() {},
  };
}

/** Mean of an array. */
export function mean(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return a.length ? s / a.length : 0;
}

// ---------------------------------------------------------------------------------------------
// A one-hidden-layer ReLU network trained under any loss given as "outputs → (loss, dL/doutputs)"

export interface Mlp {
  l1: Dense;
  l2: Dense;
  opt: Adam;
}

/** in → hidden (ReLU) → out, He-initialised from `rng`, with its own Adam. */
export function mlp(rng: Rng, nIn: number, hidden: number, nOut: number, lr: number, weightDecay = 0): Mlp {
  const l1 = dense(rng, nIn, hidden),
    l2 = dense(rng, hidden, nOut, 1);
  return { l1, l2, opt: adam([l1, l2], lr, weightDecay) };
}

export function mlpOutputs(net: Mlp, x: Float32Array, n: number): Float32Array {
  return forward(net.l2, relu(forward(net.l1, x, n)), n);
}

/**
 * One full-batch Adam step. `loss(o, g)` returns the loss of outputs o[n, out] and ADDS dL/do into g
 * (a zeroed array). Returns the loss.
 */
export function mlpStep(
  net: Mlp,
  x: Float32Array,
  n: number,
  loss: (o: Float32Array, g: Float32Array) => number,
): number {
  const { l1, l2 } = net;
  zeroGrad(l1, l2);
  const h = relu(forward(l1, x, n));
  const o = forward(l2, h, n);
  const g = new Float32Array(o.length);
  const value = loss(o, g);
  const dh = reluBack(h, backward(l2, h, g, n)!);
  backward(l1, x, dh, n, false);
  net.opt.step([l1, l2]);
  return value;
}
