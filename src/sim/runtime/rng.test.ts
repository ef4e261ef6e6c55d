import { describe, expect, it } from 'vitest';
import { createRng } from './rng';

describe('createRng', () => {
  it('gives the same stream for the same seed and different streams for different seeds', () => {
    const a = createRng(7),
      b = createRng(7),
      c = createRng(8);
    const sa = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(sa);
  });
  it('draws uniform values in [0,1) and normals with mean 0 and variance 1', () => {
    const r = createRng(1);
    let s = 0,
      s2 = 0,
      lo = 1,
      hi = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      lo = Math.min(lo, u);
      hi = Math.max(hi, u);
      const z = r.normal();
      s += z;
      s2 += z * z;
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    expect(Math.abs(s / n)).toBeLessThan(0.03);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.05);
  });
  it('forks stable, label-dependent streams', () => {
    const x = createRng(3).fork('data').next();
    expect(createRng(3).fork('data').next()).toBe(x);
    expect(createRng(3).fork('init').next()).not.toBe(x);
  });
  it('samples categorical indices in proportion to the weights', () => {
    const r = createRng(5);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30000; i++) counts[r.categorical([1, 2, 7])]++;
    expect(counts[2] / 30000).toBeCloseTo(0.7, 1);
    expect(counts[0] / 30000).toBeCloseTo(0.1, 1);
  });
});
