import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

const base = defaultsOf(mod.params);

describe('robust DPO under flipped preference labels', () => {
  it('rDPO recovers the clean parameters and reward; DPO and conservative DPO are pulled towards the reference', async () => {
    const { rows, frame } = await runToEnd(mod, base);
    const e = rows[rows.length - 1];
    expect(e.err_rdpo).toBeLessThan(0.5 * e.err_dpo);
    expect(e.err_cdpo).toBeGreaterThan(e.err_dpo);
    expect(e.reward_rdpo).toBeGreaterThan(e.reward_dpo + 0.5);
    expect(e.reward_dpo).toBeGreaterThan(e.reward_cdpo);
    expect(Math.abs(e.reward_rdpo - e.rewardClean)).toBeLessThan(0.25);
    // the sweep: DPO's error grows with the flip rate
    const sweep = frame!.sweep;
    if (sweep.kind !== 'curves') throw new Error('sweep panel');
    const dpo = sweep.series[0].y;
    expect(dpo[dpo.length - 1]).toBeGreaterThan(dpo[0] + 0.5);
  });

  it('without flips (ε = 0) the three losses are the same loss', async () => {
    const e = (await runToEnd(mod, { ...base, eps: 0 })).rows.at(-1)!;
    expect(e.err_cdpo).toBeCloseTo(e.err_dpo, 12);
    expect(e.err_rdpo).toBeCloseTo(e.err_dpo, 12);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await runToEnd(mod, base, { chunk: 7 });
    const b = await runToEnd(mod, base, { chunk: 50 });
    expect(a.rows).toEqual(b.rows);
  });
});
