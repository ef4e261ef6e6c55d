import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const base = defaultsOf(mod.params);

describe('opposing-signals', () => {
  it('sharpness reaches 2/η, the opposing groups’ losses move in opposite directions, and the loss spikes', async () => {
    const { rows } = await runToEnd(mod, base);
    const late = rows.filter((r) => r.step > 400);
    expect(mod.changeCorrelation(late, 'groupA', 'groupB')).toBeLessThan(-0.5);
    expect(mod.worstSpike(rows, 100)).toBeGreaterThan(2);
    const sharp = late.filter((r) => r.sharpness !== undefined).map((r) => r.sharpness);
    const mean = sharp.reduce((a, b) => a + b, 0) / sharp.length;
    expect(Math.abs(mean / (2 / base.lr) - 1)).toBeLessThan(0.15);
    expect(mod.reached(rows)).toBe(true);
  });

  it('with a step small enough that 2/η is never reached, the groups move together and nothing spikes', async () => {
    const { rows } = await runToEnd(mod, { ...base, lr: 0.2 });
    const late = rows.filter((r) => r.step > 400);
    expect(mod.changeCorrelation(late, 'groupA', 'groupB')).toBeGreaterThan(0);
    expect(mod.worstSpike(rows, 100)).toBeLessThan(1.2);
  });

  it('is deterministic and chunk-independent', async () => {
    const a = await runToEnd(mod, base, { chunk: 7, steps: 120 });
    const b = await runToEnd(mod, base, { chunk: 50, steps: 120 });
    expect(a.rows).toEqual(b.rows);
  });
});
