import { describe, expect, it } from 'vitest';
import { createRng } from './rng';

describe('createRng', () => {
  it('keeps its stream bit for bit (every seeded figure and poster depends on it)', () => {
    const r = createRng(42);
    const f = r.fork('data');
    expect([r.next(), r.next(), r.next()]).toEqual([0.23955312534235418, 0.5859209857881069, 0.09323416277766228]);
    expect([r.normal(), r.normal(), r.normal()]).toEqual([-1.6994458822667327, 0.5866069732637591, 0.3480293068470902]);
    expect(r.int(1000)).toBe(929);
    expect([f.next(), f.normal()]).toEqual([0.613680869108066, 0.8538331187317576]);
    expect(createRng(0xffffffff).next()).toBe(0.3291638479568064);
    const q = createRng(7);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += q.normal() + q.next();
    expect(sum).toBe(49971.341828003286);
  });
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
