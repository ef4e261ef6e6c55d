import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const defaults = defaultsOf(mod.params);
const run = (over: Partial<typeof defaults> = {}, chunk = 50) => runToEnd(mod, { ...defaults, ...over }, { chunk });
const last = (rows: Record<string, number>[]) => rows[rows.length - 1];

describe('Ctrl-U: uncertainty-weighted reward fine-tuning', () => {
  it('defaults: down-weighting uncertain rewards keeps generations closer to the condition', async () => {
    for (const seed of [1, 2, 3]) {
      const end = last((await run({ seed })).rows);
      expect(end.avg_ctrlu).toBeLessThan(0.8 * end.avg_plain);
    }
  });

  it('the gain is where the reward model is unreliable', async () => {
    const { rows } = await run();
    const tail = rows.slice(-100);
    const mean = (k: string) => tail.reduce((s, r) => s + r[k], 0) / tail.length;
    expect(mean('errNew_ctrlu')).toBeLessThan(0.75 * mean('errNew_plain'));
    expect(Math.abs(mean('errFam_ctrlu') - mean('errFam_plain'))).toBeLessThan(0.03);
  });

  it('a reliable reward model: nothing to fix, and the two agree', async () => {
    const end = last((await run({ rmNoise: 0.05 })).rows);
    expect(end.avg_plain).toBeLessThan(0.05);
    expect(Math.abs(end.avg_plain - end.avg_ctrlu)).toBeLessThan(0.01);
  });

  it('k = 0 is plain reward fine-tuning', async () => {
    const { rows } = await run({ strength: 0 });
    for (const r of rows) expect(r.err_ctrlu).toBe(r.err_plain);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await run({}, 7);
    const b = await run({}, 50);
    expect(a.rows).toEqual(b.rows);
    expect((await run({ seed: 9 })).rows).not.toEqual(a.rows);
  });
});
