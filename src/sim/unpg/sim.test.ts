import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

describe('unpg: unified negative pair generation', () => {
  it('with defaults class weights cannot generate the hardest negatives, and adding filtered sample-to-sample negatives improves verification of unseen identities', async () => {
    const { rows, frame } = await runToEnd(mod, mod.defaults);
    const end = rows[rows.length - 1];
    // The mismatch: the 99th percentile of sample-to-weight negatives stays well below that of sample-to-sample negatives.
    expect(end.mlNegQ99 - end.clNegQ99).toBeGreaterThan(0.05);
    // Both learn (TAR at FAR 1% starts near 0.04), UNPG clearly more.
    expect(end.clTar).toBeGreaterThan(rows[0].clTar + 0.2);
    expect(end.unpgTar - end.clTar).toBeGreaterThan(0.06);
    expect(mod.reached(rows)).toBe(true);
    expect(frame?.generated.kind).toBe('bars');
  });

  it('when the filter keeps only the easy sample-to-sample negatives, the gain disappears', async () => {
    const { rows } = await runToEnd(mod, { ...mod.defaults, filter: 0.5 }, { steps: 400 });
    const end = rows[rows.length - 1];
    expect(Math.abs(end.unpgTar - end.clTar)).toBeLessThan(0.03);
    expect(mod.reached(rows)).toBe(false);
  });

  it('is deterministic by seed and independent of the chunk size', async () => {
    const a = await runToEnd(mod, mod.defaults, { steps: 45, chunk: 7 });
    const b = await runToEnd(mod, mod.defaults, { steps: 45, chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    const c = await runToEnd(mod, { ...mod.defaults, seed: 2 }, { steps: 45, chunk: 50 });
    expect(c.rows).not.toEqual(a.rows);
    for (const r of a.rows) for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
  });
});
