import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import { defaultsOf } from '../runtime/params';
import { logLogSlope } from '../shared/online';
import * as mod from './sim';

const base = { ...defaultsOf(mod.params), T: 1500, seeds: 4 };
const lateSlope = (rows: Record<string, number>[], key: string) => {
  const late = rows.filter((r) => r.step >= 200);
  return logLogSlope(
    late.map((r) => r.step),
    late.map((r) => r[key]),
  );
};

describe('contextual bandit through online neural regression + inverse-gap weighting', () => {
  it('IGW over the online regressor has sublinear regret, far below the uniform policy', async () => {
    const { rows } = await runToEnd(mod, base, { chunk: 250 });
    const last = rows.at(-1)!;
    for (const k of ['igwKl', 'igwSq']) {
      expect(last[k]).toBeLessThan(0.2 * last.uniform);
      expect(lateSlope(rows, k)).toBeLessThan(0.75);
    }
    expect(lateSlope(rows, 'uniform')).toBeGreaterThan(0.97);
    expect(mod.reached(rows)).toBe(true);
  });

  it('with γ too small IGW explores almost uniformly and its regret is several times larger', async () => {
    const good = (await runToEnd(mod, base, { chunk: 250 })).rows.at(-1)!;
    const poor = (await runToEnd(mod, { ...base, gamma: 1 }, { chunk: 250 })).rows.at(-1)!;
    expect(poor.igwKl).toBeGreaterThan(2 * good.igwKl);
    expect(poor.igwSq).toBeGreaterThan(2 * good.igwSq);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const p = { ...base, T: 500, seeds: 2 };
    const a = await runToEnd(mod, p, { chunk: 7 });
    expect((await runToEnd(mod, p, { chunk: 50 })).rows).toEqual(a.rows);
    expect((await runToEnd(mod, { ...p, seed: 4 }, { chunk: 50 })).rows).not.toEqual(a.rows);
  });
});
