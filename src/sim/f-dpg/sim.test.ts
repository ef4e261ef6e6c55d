import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

const base = defaultsOf(mod.params);

describe('f-DPG: the divergence decides the alignment–diversity trade-off', () => {
  it('reverse KL and JS seek the main mode; forward KL covers both and loses reward', async () => {
    const { rows } = await runToEnd(mod, base);
    const e = rows[rows.length - 1];
    expect(e.rklSecond).toBeLessThan(0.02); // the second good region is dropped
    expect(e.fklSecond).toBeGreaterThan(0.15); // … but kept by forward KL (target: ≈ 0.17)
    expect(e.fklEntropy).toBeGreaterThan(e.targetEntropy);
    expect(e.rklEntropy).toBeLessThan(e.targetEntropy);
    expect(e.rklReward).toBeGreaterThan(e.fklReward + 1);
    expect(e.jsReward).toBeGreaterThan(e.fklReward + 1);
    expect(mod.reached(rows)).toBe(true);
  });

  it('with a single good region the three divergences agree', async () => {
    const e = (await runToEnd(mod, { ...base, second: 0 })).rows.at(-1)!;
    for (const k of ['rkl', 'fkl', 'js']) expect(e[`${k}Second`]).toBeLessThan(0.02);
    expect(Math.abs(e.rklReward - e.fklReward)).toBeLessThan(0.2);
    expect(Math.abs(e.jsReward - e.fklReward)).toBeLessThan(0.2);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await runToEnd(mod, base, { chunk: 7 });
    const b = await runToEnd(mod, base, { chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    expect((await runToEnd(mod, { ...base, seed: 9 })).rows).not.toEqual(a.rows);
  });
});
