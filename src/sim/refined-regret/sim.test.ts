import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import { defaultsOf } from '../runtime/params';
import * as mod from './sim';

const base = { ...defaultsOf(mod.params), episodes: 6000, seeds: 8 };

describe('log-barrier FTRL with arbitrarily negative loss estimates', () => {
  it('with shared features: estimates go far below −1/η, and log-barrier beats exponential weights + exploration', async () => {
    const { rows } = await runToEnd(mod, base, { chunk: 500 });
    const last = rows.at(-1)!;
    expect(last.etaMinLb).toBeLessThan(-1); // the log-barrier learner tolerates η·Q̂ far below −1
    expect(last.logBarrier).toBeLessThan(0.8 * last.entropy);
    // the exploration tax: exponential weights without exploration would not pay γ·K each run
    expect(last.gamma).toBeGreaterThan(0);
    expect(mod.reached(rows)).toBe(true);
  });

  it('with one-hot features estimates stay ≥ 0 and exponential weights needs no exploration: the gap closes', async () => {
    const { rows } = await runToEnd(mod, { ...base, features: 'tabular', explore: 0 }, { chunk: 500 });
    const last = rows.at(-1)!;
    expect(last.etaMinEnt).toBe(0);
    expect(last.etaMinLb).toBe(0);
    expect(Math.abs(last.entropy - last.logBarrier) / last.logBarrier).toBeLessThan(0.2);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const p = { ...base, episodes: 1000, seeds: 3 };
    const a = await runToEnd(mod, p, { chunk: 7 });
    const b = await runToEnd(mod, p, { chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    expect((await runToEnd(mod, { ...p, seed: 3 }, { chunk: 50 })).rows).not.toEqual(a.rows);
  });
});
