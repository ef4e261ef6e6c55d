import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

const base = defaultsOf(mod.params);

describe('CPL: a policy straight from regret-based preferences', () => {
  it('CPL recovers most of the optimal policy; partial-return reward + value iteration does not', async () => {
    const { rows } = await runToEnd(mod, base);
    const e = rows[rows.length - 1];
    expect(e.agreeCpl).toBeGreaterThan(e.agreeBase + 0.3);
    expect(e.gapCpl).toBeLessThan(0.5 * e.gapBase);
    expect(e.successBase).toBeLessThan(0.2);
    expect(mod.reached(rows)).toBe(true);
  });

  it('with more data CPL approaches the optimal policy; with little data its advantage vanishes', async () => {
    const big = (await runToEnd(mod, { ...base, pairs: 3000 })).rows.at(-1)!;
    expect(big.gapCpl).toBeLessThan(1);
    expect(big.successCpl).toBeGreaterThan(0.9);
    const small = (await runToEnd(mod, { ...base, pairs: 100 })).rows.at(-1)!;
    expect(small.agreeCpl).toBeLessThan(small.agreeBase + 0.1);
  });

  it('is deterministic and independent of chunking', async () => {
    const p = { ...base, pairs: 100 };
    const a = await runToEnd(mod, p, { chunk: 7 });
    const b = await runToEnd(mod, p, { chunk: 50 });
    expect(a.rows).toEqual(b.rows);
  });
});
