/**
 * The two domain-incremental worlds of the stability-gap figure. In both, task t (0-based) is the
 * same labelled data with its inputs rotated by t·θ, so the labels never change: only the input
 * distribution moves (domain-incremental learning, as in Rotated MNIST).
 *
 * - digits: real MNIST digits from `public/data/mnist-14.bin` (built by scripts/build-mnist-asset.mjs),
 *   14×14 grey levels in [0, 1], rotated about the image centre with bilinear interpolation.
 * - clusters: 32-d Gaussian clusters (10 classes × 3 sub-clusters, centres ~ N(0, I), noise σ = 0.8);
 *   the rotation acts on each of the 16 coordinate planes (x₀,x₁), (x₂,x₃), … (flagships.md §B.2).
 */
import type { Rng } from '../runtime/rng';

export const CLASSES = 10;

/** A rotated-task world: per-task training inputs and one test block per task. */
export interface World {
  /** Input dimension. */
  d: number;
  nTrain: number;
  nTest: number;
  /**
   * trainX(t): nTrain × d inputs of task t (row-major); labels are shared by all tasks. Digits are
   * rotated when a task is first asked for, so a restart does not wait for every task's training set.
   */
  trainX(t: number): Float32Array;
  trainY: Uint8Array;
  /** All tasks' test inputs stacked task after task: (tasks · nTest) × d. */
  testX: Float32Array;
  /** Test labels, one block of nTest per task (the same block repeated). */
  testY: Int32Array;
  /** A small picture of what each task looks like (rows: tasks, columns: examples). */
  preview: { rows: number; cols: number; values: Float32Array; rowLabels: string[] };
}

/** The MNIST subset as stored in mnist-14.bin (see the build script for the layout). */
export interface Mnist14 {
  side: number;
  nTrain: number;
  nTest: number;
  labels: Uint8Array;
  /** (nTrain + nTest) × side² grey levels, 0–255. */
  pixels: Uint8Array;
}

export function parseMnist14(bytes: Uint8Array): Mnist14 {
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== 'MN14' || bytes[5] !== 1) throw new Error('mnist-14.bin: unknown format');
  const side = bytes[4];
  const nTrain = bytes[6] | (bytes[7] << 8);
  const nTest = bytes[8] | (bytes[9] << 8);
  const n = nTrain + nTest;
  const labels = bytes.subarray(10, 10 + n);
  const pixels = bytes.subarray(10 + n, 10 + n + n * side * side);
  if (pixels.length !== n * side * side) throw new Error('mnist-14.bin: truncated');
  return { side, nTrain, nTest, labels, pixels };
}

/**
 * Rotates `count` side×side images (values in [0,1]) of `src`, from image `from`, by `angle` radians
 * about their centre into `out` from image `outFrom`: bilinear, zero outside. The inverse map (which
 * source point lands on each output pixel) is the same for every image, so it is worked out once:
 * per image only the interpolation remains (a task's 2,000 images: ~60 → ~8 ms, so a slider restart
 * is quick). The interpolation is written exactly as for one image, so the pixels are identical.
 */
export function rotateImages(
  src: Float32Array,
  from: number,
  count: number,
  side: number,
  angle: number,
  out: Float32Array,
  outFrom: number,
): void {
  const d = side * side;
  const c = (side - 1) / 2;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const corner = new Int32Array(4 * d); // source index of the 4 neighbours, −1 outside
  const fxs = new Float64Array(d);
  const fys = new Float64Array(d);
  const inside = (yy: number, xx: number) => (yy >= 0 && yy < side && xx >= 0 && xx < side ? yy * side + xx : -1);
  for (let r = 0; r < side; r++)
    for (let q = 0; q < side; q++) {
      const y = r - c;
      const x = q - c;
      const sx = cos * x + sin * y + c;
      const sy = -sin * x + cos * y + c;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const k = r * side + q;
      fxs[k] = sx - x0;
      fys[k] = sy - y0;
      corner[4 * k] = inside(y0, x0);
      corner[4 * k + 1] = inside(y0, x0 + 1);
      corner[4 * k + 2] = inside(y0 + 1, x0);
      corner[4 * k + 3] = inside(y0 + 1, x0 + 1);
    }
  for (let i = 0; i < count; i++) {
    const s0 = (from + i) * d;
    const o0 = (outFrom + i) * d;
    for (let k = 0; k < d; k++) {
      const a = corner[4 * k],
        b = corner[4 * k + 1],
        e = corner[4 * k + 2],
        f = corner[4 * k + 3];
      const fx = fxs[k],
        fy = fys[k];
      out[o0 + k] =
        (1 - fy) * ((1 - fx) * (a < 0 ? 0 : src[s0 + a]) + fx * (b < 0 ? 0 : src[s0 + b])) +
        fy * ((1 - fx) * (e < 0 ? 0 : src[s0 + e]) + fx * (f < 0 ? 0 : src[s0 + f]));
    }
  }
}

const DEG = Math.PI / 180;
const label = (t: number, thetaDeg: number) => `task ${t + 1} · ${Math.round(t * thetaDeg)}°`;

/**
 * Tiles `tasks` rows of `perRow` side×side pictures with one-pixel separators (value `gap`) into
 * one heatmap; `tile(t, j, out)` fills picture j of task t.
 */
function tiled(
  tasks: number,
  perRow: number,
  side: number,
  thetaDeg: number,
  tile: (t: number, j: number, out: Float32Array) => void,
) {
  const rows = tasks * (side + 1) - 1;
  const cols = perRow * (side + 1) - 1;
  const values = new Float32Array(rows * cols).fill(0.15);
  const img = new Float32Array(side * side);
  const rowLabels: string[] = new Array(rows).fill('');
  for (let t = 0; t < tasks; t++) {
    rowLabels[t * (side + 1) + (side >> 1)] = label(t, thetaDeg);
    for (let j = 0; j < perRow; j++) {
      tile(t, j, img);
      for (let r = 0; r < side; r++)
        for (let q = 0; q < side; q++) values[(t * (side + 1) + r) * cols + j * (side + 1) + q] = img[r * side + q];
    }
  }
  return { rows, cols, values, rowLabels };
}

/** Classes shown in the digits preview (asymmetric shapes, so the rotation is easy to see). */
const PREVIEW_CLASSES = [2, 4, 5, 7];

export function digitsWorld(mnist: Mnist14, tasks: number, thetaDeg: number): World {
  const { side, nTrain, nTest, labels, pixels } = mnist;
  const d = side * side;
  const base = new Float32Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) base[i] = pixels[i] / 255;
  const rotateAll = (t: number, from: number, count: number, out: Float32Array, outOffset: number) =>
    rotateImages(base, from, count, side, t * thetaDeg * DEG, out, outOffset);
  const train: Float32Array[] = [];
  const trainX = (t: number) => {
    if (!train[t]) rotateAll(t, 0, nTrain, (train[t] = new Float32Array(nTrain * d)), 0);
    return train[t];
  };
  const testX = new Float32Array(tasks * nTest * d);
  const testY = new Int32Array(tasks * nTest);
  for (let t = 0; t < tasks; t++) {
    rotateAll(t, nTrain, nTest, testX, t * nTest);
    for (let i = 0; i < nTest; i++) testY[t * nTest + i] = labels[nTrain + i];
  }
  const firstOf = PREVIEW_CLASSES.map((c) => {
    for (let i = 0; i < nTest; i++) if (labels[nTrain + i] === c) return i;
    return 0;
  });
  const preview = tiled(tasks, PREVIEW_CLASSES.length, side, thetaDeg, (t, j, out) =>
    out.set(testX.subarray((t * nTest + firstOf[j]) * d, (t * nTest + firstOf[j] + 1) * d)),
  );
  return { d, nTrain, nTest, trainX, trainY: labels.slice(0, nTrain), testX, testY, preview };
}

export const CLUSTERS = { d: 32, subclusters: 3, sigma: 0.8, nTrain: 3000, nTest: 300 } as const;

/** Rotates every coordinate plane (x₂ₚ, x₂ₚ₊₁) of n d-dimensional points by `angle` radians. */
function rotatePlanes(src: Float32Array, d: number, angle: number): Float32Array {
  if (d % 2) throw new Error('clusters: d must be even');
  const out = new Float32Array(src.length);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  for (let i = 0; i < src.length; i += 2) {
    out[i] = cos * src[i] - sin * src[i + 1];
    out[i + 1] = sin * src[i] + cos * src[i + 1];
  }
  return out;
}

export function clustersWorld(rng: Rng, tasks: number, thetaDeg: number): World {
  const { d, subclusters, sigma, nTrain, nTest } = CLUSTERS;
  const centres = new Float32Array(CLASSES * subclusters * d);
  for (let i = 0; i < centres.length; i++) centres[i] = rng.normal();
  const sample = (n: number) => {
    const x = new Float32Array(n * d);
    const y = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      y[i] = i % CLASSES; // class-balanced
      const centre = (y[i] * subclusters + rng.int(subclusters)) * d;
      for (let j = 0; j < d; j++) x[i * d + j] = centres[centre + j] + sigma * rng.normal();
    }
    return { x, y };
  };
  const train = sample(nTrain);
  const test = sample(nTest);
  const trainX: Float32Array[] = [];
  const testX = new Float32Array(tasks * nTest * d);
  const testY = new Int32Array(tasks * nTest);
  for (let t = 0; t < tasks; t++) {
    trainX.push(rotatePlanes(train.x, d, t * thetaDeg * DEG));
    testX.set(rotatePlanes(test.x, d, t * thetaDeg * DEG), t * nTest * d);
    for (let i = 0; i < nTest; i++) testY[t * nTest + i] = test.y[i];
  }
  // Preview: the density of the training inputs in the first four coordinate planes, per task.
  const side = 14;
  const preview = tiled(tasks, 4, side, thetaDeg, (t, p, out) => {
    out.fill(0);
    const x = trainX[t];
    for (let i = 0; i < nTrain; i++) {
      const q = Math.floor(((x[i * d + 2 * p] + 3) / 6) * side);
      const r = Math.floor(((3 - x[i * d + 2 * p + 1]) / 6) * side);
      if (q >= 0 && q < side && r >= 0 && r < side) out[r * side + q] += 1;
    }
    let max = 0;
    for (const v of out) max = Math.max(max, v);
    for (let i = 0; i < out.length; i++) out[i] /= max || 1;
  });
  return { d, nTrain, nTest, trainX: (t) => trainX[t], trainY: train.y, testX, testY, preview };
}
