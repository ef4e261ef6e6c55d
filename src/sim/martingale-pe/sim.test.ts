import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import { defaultsOf } from '../runtime/params';
import * as mod from './sim';

const base = defaultsOf(mod.params);

describe('policy evaluation in continuous time: martingale methods against the mean-square TD error', () => {
  it('with noise, the mean-square TD error stays biased as dt → 0 while martingale methods do not', async () => {
    const { rows, frame } = await runToEnd(mod, base, { chunk: 2 });
    for (const r of rows.slice(-3)) {
      expect(r.mstde).toBeGreaterThan(0.8);
      expect(r.mstde).toBeGreaterThan(4 * Math.max(r.td, r.ml));
      expect(Math.abs(r.mstdeSlope)).toBeLessThan(0.1 * Math.abs(r.trueSlope)); // V flattened
    }
    expect(rows.at(-1)!.mstde).toBeGreaterThan(rows[0].mstde); // refining the mesh makes it worse, not better
    expect(frame?.value.kind).toBe('curves');
    expect(mod.reached(rows)).toBe(true);
  });

  it('without noise (σ = 0) there is no quadratic variation and every method converges like dt', async () => {
    const { rows } = await runToEnd(mod, { ...base, sigma: 0 }, { chunk: 2 });
    const last = rows.at(-1)!;
    for (const k of ['ml', 'td', 'mstde']) {
      expect(last[k]).toBeLessThan(0.01);
      expect(rows[0][k] / last[k]).toBeGreaterThan(50);
    }
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const p = { ...base, paths: 10, dtMin: 0.02 };
    const a = await runToEnd(mod, p, { chunk: 7 });
    expect((await runToEnd(mod, p, { chunk: 1 })).rows).toEqual(a.rows);
    expect((await runToEnd(mod, { ...p, seed: 3 }, { chunk: 7 })).rows).not.toEqual(a.rows);
  });
});
