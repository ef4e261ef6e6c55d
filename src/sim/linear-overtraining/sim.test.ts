import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const base = defaultsOf(mod.params);

describe('linear-overtraining', () => {
  it('at α = 1 the test error climbs far above its early-stopping minimum, and the sample follows the theory', async () => {
    const { rows } = await runToEnd(mod, base);
    const ot = mod.overtraining(rows);
    expect(ot).toBeGreaterThan(2);
    expect(rows.at(-1)!.train).toBeLessThan(1e-3); // it interpolates the noisy labels
    expect(mod.overtraining(rows, 'theory')).toBeGreaterThan(2);
  });

  it('overtraining peaks at α = 1: much smaller with fewer or more samples, and without label noise', () => {
    const peak = mod.theoryOvertraining(1, 5);
    for (const a of [0.3, 0.6, 1.6, 3]) expect(mod.theoryOvertraining(a, 5)).toBeLessThan(peak / 10);
    expect(mod.theoryOvertraining(1, 1000)).toBeLessThan(peak / 10);
  });

  it('the frozen subspace keeps the initial weights: at α = 0.5 a large init adds (1 − α)σ₀² to the final error', async () => {
    const small = await runToEnd(mod, { ...base, alpha: 0.5, init: 0 });
    const large = await runToEnd(mod, { ...base, alpha: 0.5, init: 1 });
    const last = large.rows.at(-1)!;
    expect(last.frozenDims).toBe(50);
    expect(last.frozenNorm).toBeGreaterThan(5);
    const extra = last.test - small.rows.at(-1)!.test;
    expect(extra).toBeGreaterThan(0.35);
    expect(extra).toBeLessThan(0.65);
    // Weight decay shrinks the frozen weights.
    const wd = await runToEnd(mod, { ...base, alpha: 0.5, init: 1, wd: 0.2 });
    expect(wd.rows.at(-1)!.frozenNorm).toBeLessThan(0.1);
  });

  it('is deterministic and chunk-independent', async () => {
    const a = await runToEnd(mod, { ...base, alpha: 0.7 }, { chunk: 7 });
    const b = await runToEnd(mod, { ...base, alpha: 0.7 }, { chunk: 50 });
    expect(a.rows).toEqual(b.rows);
  });
});
