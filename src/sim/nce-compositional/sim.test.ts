import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const base = defaultsOf(mod.params);
const settle = async (over: Partial<typeof base>, steps = 2000) => {
  const { rows } = await runToEnd(mod, { ...base, ...over }, { steps });
  return { nce: mod.settledAt(rows, 'nceErr', 0.05), comp: mod.settledAt(rows, 'compErr', 0.05), rows };
};

describe('nce-compositional', () => {
  it('far from the noise, NCE is flat and crawls while the compositional NLL converges fast', async () => {
    const { nce, comp, rows } = await settle({});
    expect(comp).toBeLessThan(100);
    expect(nce).toBeGreaterThan(10 * comp);
    // One unit short of μ*, NCE's expected slope is a small fraction of the NLL's, and the fraction
    // shrinks as the noise moves away.
    const ratio = (gap: number) => {
      const l = mod.landscape(gap, base.noiseSd, gap - 1);
      return Math.abs(l.nce) / Math.abs(l.nll);
    };
    expect(ratio(base.gap)).toBeLessThan(0.2);
    expect(ratio(base.gap)).toBeLessThan(ratio(1) / 2);
    expect(mod.reached(rows)).toBe(true);
  });

  it('NCE’s slowdown grows steeply with the data–noise distance and vanishes when they overlap', async () => {
    const near = await settle({ gap: 0.5 }, 600);
    expect(near.nce).toBeLessThanOrEqual(3 * near.comp);
    const g2 = await settle({ gap: 2 }),
      g3 = await settle({ gap: 3 });
    expect(g3.nce).toBeGreaterThan(3 * g2.nce);
    expect(g3.comp).toBeLessThanOrEqual(g2.comp + 20); // the NLL's slope does not depend on the gap
  });

  it('sampled mode is deterministic by seed and chunk-independent', async () => {
    const p = { ...base, grad: 'sampled' as const };
    const a = await runToEnd(mod, p, { chunk: 7, steps: 300 });
    const b = await runToEnd(mod, p, { chunk: 50, steps: 300 });
    expect(a.rows).toEqual(b.rows);
    const c = await runToEnd(mod, { ...p, seed: 9 }, { steps: 300 });
    expect(c.rows).not.toEqual(a.rows);
  });
});
