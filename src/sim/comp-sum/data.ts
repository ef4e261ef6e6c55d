/**
 * The data: K Gaussian classes in the plane with centres on the unit circle, a training set whose
 * labels are flipped to a uniformly chosen wrong class with probability `noise`, and a clean test set.
 */
import type { Rng } from '../runtime/rng';

export interface Dataset {
  /** Row-major [n, 2]. */
  x: Float32Array;
  /** Labels the learner sees (noisy for training). */
  y: Int32Array;
  /** True classes. */
  clean: Int32Array;
  n: number;
}

export function makeSet(rng: Rng, n: number, classes: number, spread: number, noise: number): Dataset {
  const x = new Float32Array(n * 2);
  const y = new Int32Array(n);
  const clean = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % classes; // balanced classes
    const a = (2 * Math.PI * c) / classes;
    x[2 * i] = Math.cos(a) + spread * rng.normal();
    x[2 * i + 1] = Math.sin(a) + spread * rng.normal();
    clean[i] = c;
    // A flip picks one of the other K-1 classes uniformly.
    y[i] = rng.next() < noise ? (c + 1 + rng.int(classes - 1)) % classes : c;
  }
  return { x, y, clean, n };
}
