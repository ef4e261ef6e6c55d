import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

const base = defaultsOf(mod.params);
const maxGap = (rows: Record<string, number>[], a: string, b: string) =>
  Math.max(...rows.map((r) => Math.abs(r[a] - r[b])));

describe('P3O: invariance to equivalent rewards', () => {
  it('P3O follows the same path with and without a prompt-dependent reward shift; PPO does not', async () => {
    const { rows } = await runToEnd(mod, base);
    expect(maxGap(rows, 'rewardP3o', 'rewardP3oShift')).toBeLessThan(1e-9);
    expect(maxGap(rows, 'klP3o', 'klP3oShift')).toBeLessThan(1e-9);
    expect(maxGap(rows, 'rewardPpo', 'rewardPpoShift')).toBeGreaterThan(0.05);
    expect(maxGap(rows, 'klPpo', 'klPpoShift')).toBeGreaterThan(0.02);
    // both methods do learn: reward rises from the reference policy's
    expect(rows.at(-1)!.rewardP3o).toBeGreaterThan(rows[0].rewardP3o + 0.3);
    expect(rows.at(-1)!.rewardPpo).toBeGreaterThan(rows[0].rewardPpo + 0.3);
  });

  it('without a shift PPO’s two runs coincide too', async () => {
    const { rows } = await runToEnd(mod, { ...base, shift: 0 });
    expect(maxGap(rows, 'rewardPpo', 'rewardPpoShift')).toBe(0);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await runToEnd(mod, base, { chunk: 7 });
    const b = await runToEnd(mod, base, { chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    expect((await runToEnd(mod, { ...base, seed: 4 })).rows).not.toEqual(a.rows);
  });
});
