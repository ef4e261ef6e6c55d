import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

describe('amcl: adaptive multi-head contrastive learning', () => {
  it('with mixed augmentation strengths the ML temperatures track the strength: strong pairs run hot', async () => {
    const { rows, frame } = await runToEnd(mod, mod.defaults);
    const end = rows[rows.length - 1];
    expect(end.epoch).toBe(mod.EPOCHS);
    for (const r of rows.filter((r) => r.epoch >= 1)) {
      expect(r.tauStrong).toBeGreaterThan(1.8 * r.tauMild);
      expect(r.tauCorr).toBeGreaterThan(0.6);
    }
    expect(end.tauCv).toBeGreaterThan(0.4);
    // Both learners learn a usable representation (labels only in the probe).
    expect(end.amclKnn).toBeGreaterThan(rows[0].amclKnn);
    expect(end.simclrKnn).toBeGreaterThan(rows[0].simclrKnn);
    expect(mod.reached(rows)).toBe(true);
    expect(frame?.taus.kind).toBe('bars');
  });

  it('with one augmentation strength, or a heavy regulariser, the temperatures become uniform', async () => {
    const steps = 40;
    const mild = (await runToEnd(mod, { ...mod.defaults, strongFrac: 0 }, { steps })).rows;
    const strong = (await runToEnd(mod, { ...mod.defaults, strongFrac: 1 }, { steps })).rows;
    const mixed = (await runToEnd(mod, mod.defaults, { steps })).rows;
    const last = (rows: typeof mild) => rows[rows.length - 1];
    expect(last(mild).tauStrong).toBeUndefined();
    expect(last(strong).tauMild).toBeUndefined();
    expect(last(mild).tauCorr).toBe(0);
    expect(last(mild).tauCv).toBeLessThan(0.5 * last(mixed).tauCv);
    expect(last(strong).tauCv).toBeLessThan(0.5 * last(mixed).tauCv);
    expect(mod.reached(mild)).toBe(false);
    const heavy = (await runToEnd(mod, { ...mod.defaults, lambda: 100 }, { steps })).rows;
    for (const r of heavy.filter((r) => r.epoch >= 1)) {
      expect(r.tauMean).toBeLessThan(1.1);
      expect(r.tauCv).toBeLessThan(0.05);
    }
    expect(mod.reached(heavy)).toBe(false);
  });

  it('is deterministic by seed and independent of the chunk size', async () => {
    const a = await runToEnd(mod, mod.defaults, { steps: 12, chunk: 7 });
    const b = await runToEnd(mod, mod.defaults, { steps: 12, chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    const c = await runToEnd(mod, { ...mod.defaults, seed: 2 }, { steps: 12, chunk: 50 });
    expect(c.rows).not.toEqual(a.rows);
    for (const r of a.rows) for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
  });
});
