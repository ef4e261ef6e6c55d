import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import { defaultsOf } from '../runtime/params';
import { logLogSlope } from '../shared/online';
import * as mod from './sim';

const base = { ...defaultsOf(mod.params), T: 20000, seeds: 8 };
const lateSlope = (rows: Record<string, number>[], key: string) => {
  const late = rows.filter((r) => r.step >= 1000);
  return logLogSlope(
    late.map((r) => r.step),
    late.map((r) => r[key]),
  );
};

describe('optimistic OMD in the SEA model', () => {
  it('σ = 0: optimistic OMD’s regret stops growing, OGD’s grows like √T', async () => {
    const { rows } = await runToEnd(mod, base, { chunk: 1000 });
    const last = rows.at(-1)!;
    expect(last.optimistic).toBeLessThan(2);
    expect(Math.abs(lateSlope(rows, 'optimistic'))).toBeLessThan(0.1);
    expect(last.ogd).toBeGreaterThan(20 * last.optimistic);
    expect(lateSlope(rows, 'ogd')).toBeGreaterThan(0.35);
    expect(last.optimistic).toBeLessThan(last.bound);
    expect(mod.reached(rows)).toBe(true);
  });

  it('σ = 1: the stochastic variance dominates and the advantage is gone', async () => {
    const quiet = (await runToEnd(mod, base, { chunk: 1000 })).rows.at(-1)!;
    const { rows } = await runToEnd(mod, { ...base, sigma: 1 }, { chunk: 1000 });
    const last = rows.at(-1)!;
    expect(last.optimistic).toBeGreaterThan(20 * quiet.optimistic);
    expect(last.ogd / last.optimistic).toBeLessThan(2.5);
    expect(lateSlope(rows, 'optimistic')).toBeGreaterThan(0.2);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const p = { ...base, T: 2000, seeds: 3, sigma: 0.3 };
    const a = await runToEnd(mod, p, { chunk: 7 });
    expect((await runToEnd(mod, p, { chunk: 50 })).rows).toEqual(a.rows);
    expect((await runToEnd(mod, { ...p, seed: 5 }, { chunk: 50 })).rows).not.toEqual(a.rows);
  });
});
