/**
 * The synthetic world of config C1: K Gaussian classes in d dimensions, `perClass` instances each.
 * An instance is its class centre plus `spread`·N(0, I); a view of an instance adds `aug`·N(0, I)
 * (the stand-in for image augmentations). Labels are never used in training, only in metrics.
 */
import type { Rng } from '../runtime/rng';

export const CLASSES = 8;
export const PER_CLASS = 64;
export const INPUT_DIM = 16;
export const BATCH = 128;

export interface World {
  /** Clean instances, row-major n × d. */
  x: Float32Array;
  /** Class index of each instance. */
  label: Uint8Array;
  n: number;
  d: number;
}

export function makeWorld(rng: Rng, spread: number): World {
  const n = CLASSES * PER_CLASS;
  const d = INPUT_DIM;
  const centres = new Float64Array(CLASSES * d);
  for (let i = 0; i < centres.length; i++) centres[i] = rng.normal();
  const x = new Float32Array(n * d);
  const label = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(i / PER_CLASS);
    label[i] = c;
    for (let k = 0; k < d; k++) x[i * d + k] = centres[c * d + k] + spread * rng.normal();
  }
  return { x, label, n, d };
}

/** Rows `idx` of the world with fresh augmentation noise, appended as a view block. */
export function views(
  world: World,
  idx: ArrayLike<number>,
  aug: number,
  rng: Rng,
  out: Float32Array,
  offset = 0,
): void {
  const d = world.d;
  for (let r = 0; r < idx.length; r++) {
    const src = idx[r] * d;
    const dst = (offset + r) * d;
    for (let k = 0; k < d; k++) out[dst + k] = world.x[src + k] + aug * rng.normal();
  }
}

/** A batch of `size` distinct instance indices (a partial Fisher–Yates shuffle). */
export function sampleBatch(n: number, size: number, rng: Rng, scratch: Int32Array): Int32Array {
  for (let i = 0; i < n; i++) scratch[i] = i;
  for (let i = 0; i < size; i++) {
    const j = i + rng.int(n - i);
    const t = scratch[i];
    scratch[i] = scratch[j];
    scratch[j] = t;
  }
  return scratch.subarray(0, size);
}
