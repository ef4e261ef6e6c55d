import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

describe('ssl-recs', () => {
  it('with a long tail, SSL on masked item features retrieves more relevant tail items; head items barely move', async () => {
    const { rows, frame } = await runToEnd(mod, mod.defaults);
    const end = rows[rows.length - 1];
    expect(end.step).toBe(mod.TOTAL);
    const tailGain = end.sslTail - end.noneTail;
    expect(tailGain).toBeGreaterThan(0.015);
    expect(Math.abs(end.sslHead - end.noneHead)).toBeLessThan(tailGain);
    expect(mod.reached(rows)).toBe(true);
    expect(frame?.recall.kind).toBe('bars');
  });

  it('with flat popularity (every item shown to every user) the tail gain is gone', async () => {
    const { rows } = await runToEnd(mod, { ...mod.defaults, skew: 0 });
    const end = rows[rows.length - 1];
    expect(end.noneTail).toBeGreaterThan(0.3);
    expect(end.sslTail - end.noneTail).toBeLessThan(0.005);
    expect(mod.reached(rows)).toBe(false);
  });

  it('with α = 0 the two runs coincide', async () => {
    const { rows } = await runToEnd(mod, { ...mod.defaults, alpha: 0 }, { steps: 100 });
    for (const r of rows) {
      expect(r.sslTail).toBe(r.noneTail);
      expect(r.sslHead).toBe(r.noneHead);
    }
  });

  it('a restart that reuses the cached world gives the same rows as a fresh build', async () => {
    await runToEnd(mod, { ...mod.defaults, seed: 3 }, { steps: 1 }); // evicts the seed-1 world
    const fresh = await runToEnd(mod, mod.defaults, { steps: 40 });
    const cached = await runToEnd(mod, mod.defaults, { steps: 40 });
    expect(cached.rows).toEqual(fresh.rows);
  });

  it('is deterministic by seed and independent of the chunk size', async () => {
    const a = await runToEnd(mod, { ...mod.defaults, mask: 'random' }, { steps: 60, chunk: 7 });
    const b = await runToEnd(mod, { ...mod.defaults, mask: 'random' }, { steps: 60, chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    const c = await runToEnd(mod, { ...mod.defaults, mask: 'random', seed: 2 }, { steps: 60, chunk: 50 });
    expect(c.rows).not.toEqual(a.rows);
    for (const r of a.rows) for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
  });
});
