import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const defaults = defaultsOf(mod.params);
const run = (over: Partial<typeof defaults> = {}, chunk = 50) => runToEnd(mod, { ...defaults, ...over }, { chunk });
const last = (rows: { step: number }[]) => rows[rows.length - 1] as Record<string, number>;

describe('gradient entanglement', () => {
  it('defaults (ρ·r = 1.2 > 1): the margin grows while the chosen log-probability falls with the rejected one', async () => {
    const { rows } = await run();
    const end = last(rows);
    expect(end.margin).toBeGreaterThan(2);
    expect(end.dLogW).toBeLessThan(-0.3);
    expect(end.dLogL).toBeLessThan(end.dLogW);
    // At the start the measured geometry is the one on the sliders: ⟨g_w,g_l⟩ > ‖g_w‖².
    expect(rows[0].inner).toBeCloseTo(0.8 * 1.5, 6);
    expect(rows[0].normW).toBeCloseTo(1, 6);
    expect(rows[0].inner).toBeGreaterThan(rows[0].normW);
  });

  it('the sign of the first change follows the first-order condition of Eq. (2)', async () => {
    for (const [overlap, ratio] of [
      [0.8, 1.5],
      [0.3, 1.5],
      [0.9, 0.7],
      [0.5, 1],
    ]) {
      const { rows } = await run({ overlap, ratio });
      const first = rows[1];
      expect(Math.sign(first.dLogW)).toBe(Math.sign(1 - overlap * ratio));
      expect(Math.sign(first.dLogL)).toBe(Math.sign(overlap / ratio - 1));
    }
  });

  it('small overlap: the chosen log-probability rises and the rejected one falls', async () => {
    const end = last((await run({ overlap: 0.2 })).rows);
    expect(end.dLogW).toBeGreaterThan(0.1);
    expect(end.dLogL).toBeLessThan(-0.5);
  });

  it('rejected gradient smaller than the overlap (ρ/r > 1): the rejected response gains probability', async () => {
    const { rows } = await run({ overlap: 0.9, ratio: 0.6 });
    const at50 = rows.find((r) => r.step === 50)!;
    expect(at50.margin).toBeGreaterThan(0.5);
    expect(at50.dLogL).toBeGreaterThan(0.1);
    // Only while the chosen response has not yet absorbed the mass: in a toy with 8 responses it
    // eventually takes almost all of it and every other log-probability falls.
    expect(last(rows).dLogL).toBeLessThan(at50.dLogL);
  });

  it('normalised gradients and a chosen-NLL term both disentangle the defaults', async () => {
    const normed = last((await run({ loss: 'normed' })).rows);
    expect(normed.dLogW).toBeGreaterThan(0);
    expect(normed.dLogL).toBeLessThan(0);
    const nll = last((await run({ nll: 0.5 })).rows);
    expect(nll.dLogW).toBeGreaterThan(0);
    expect(nll.margin).toBeGreaterThan(1);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await run({}, 7);
    const b = await run({}, 50);
    expect(a.rows).toEqual(b.rows);
    const c = await run({ seed: 2 });
    expect(c.rows).not.toEqual(a.rows);
    expect(a.rows.length).toBeLessThanOrEqual(400);
  });
});
