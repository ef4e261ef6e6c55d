import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const base = defaultsOf(mod.params);

describe('ef21-mean', () => {
  it('with heterogeneous L_i, the arithmetic-mean step converges in far fewer rounds; plain compression stalls', async () => {
    const { rows } = await runToEnd(mod, base);
    const last = rows.at(-1)!;
    expect(last.lQM / last.lAM).toBeGreaterThan(1.5);
    const am = mod.roundsTo(rows, 'am', 1e-8),
      qm = mod.roundsTo(rows, 'qm', 1e-8);
    expect(am).toBeLessThan(1000);
    expect(qm / am).toBeGreaterThan(1.8);
    expect(last.cgd).toBeGreaterThan(1e-3); // no error feedback: stuck far from x*
    expect(mod.reached(rows)).toBe(true);
  });

  it('with equal L_i the two means and the two runs coincide', async () => {
    const { rows } = await runToEnd(mod, { ...base, lRatio: 1 });
    const last = rows.at(-1)!;
    expect(last.lQM).toBeCloseTo(last.lAM, 10);
    expect(rows.map((r) => r.am)).toEqual(rows.map((r) => r.qm));
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await runToEnd(mod, base, { chunk: 7, steps: 600 });
    const b = await runToEnd(mod, base, { chunk: 50, steps: 600 });
    expect(a.rows).toEqual(b.rows);
    const c = await runToEnd(mod, { ...base, seed: 2 }, { steps: 600 });
    expect(c.rows).not.toEqual(a.rows);
  });
});
