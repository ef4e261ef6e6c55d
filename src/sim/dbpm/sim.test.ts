import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

describe('dbpm: dynamic bad pair mining', () => {
  it('with defaults faulty pairs sit in the high tail of the loss memory, DBPM flags only bad pairs, and keeps the representation better', async () => {
    const { rows } = await runToEnd(mod, mod.defaults);
    const end = rows[rows.length - 1];
    expect(end.epoch).toBe(mod.EPOCHS);
    // Faulty pairs: far above the normal pairs' mean historical loss; noisy pairs: slightly below.
    expect(end.memFaulty).toBeGreaterThan(end.memNormal + 2);
    expect(end.memNoisy).toBeLessThan(end.memNormal);
    // Every flagged pair is a bad pair; all the faulty ones are among them.
    expect(end.precision).toBeGreaterThan(0.95);
    expect(end.recall).toBeGreaterThan(0.4);
    // Plain SimCLR degrades as it aligns scrambled views; DBPM holds up.
    expect(end.dbpmKnn - end.plainKnn).toBeGreaterThan(0.05);
    expect(mod.reached(rows)).toBe(true);
  });

  it('without down-weighting (weight 1) DBPM is plain SimCLR, and without bad pairs it has nothing to gain', async () => {
    const same = (await runToEnd(mod, { ...mod.defaults, weight: 1 })).rows;
    for (const r of same) expect(r.dbpmKnn).toBe(r.plainKnn);
    const clean = (await runToEnd(mod, { ...mod.defaults, noisyFrac: 0, faultyFrac: 0 })).rows;
    const end = clean[clean.length - 1];
    expect(end.precision).toBe(0);
    expect(Math.abs(end.dbpmKnn - end.plainKnn)).toBeLessThan(0.05);
    expect(mod.reached(clean)).toBe(false);
  });

  it('is deterministic by seed and independent of the chunk size', async () => {
    const a = await runToEnd(mod, mod.defaults, { steps: 40, chunk: 7 });
    const b = await runToEnd(mod, mod.defaults, { steps: 40, chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    const c = await runToEnd(mod, { ...mod.defaults, seed: 2 }, { steps: 40, chunk: 50 });
    expect(c.rows).not.toEqual(a.rows);
    for (const r of a.rows) for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
  });
});
