import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const defaults = defaultsOf(mod.params);
const run = (over: Partial<typeof defaults> = {}, chunk = 50) => runToEnd(mod, { ...defaults, ...over }, { chunk });
const at = (rows: Record<string, number>[], s: number) => rows.find((r) => r.step === s)!;

describe('fine-grained against holistic rewards', () => {
  it('defaults: per-segment rewards cut the error rate faster than one reward for the whole answer', async () => {
    const { rows } = await run();
    const r = at(rows, 100);
    expect(r.err_fine).toBeLessThan(0.5 * r.err_holistic);
    const first = (k: string) => rows.find((x) => x[k] < 0.15)?.step ?? Infinity;
    expect(first('err_fine')).toBeLessThan(0.6 * first('err_holistic'));
  });

  it('one segment per answer: the fine-grained reward is the holistic one and the runs coincide', async () => {
    const { rows } = await run({ segment: 20 });
    for (const r of rows) {
      expect(r.err_fine).toBe(r.err_holistic);
      expect(r.false_fine).toBe(r.false_holistic);
    }
  });

  it('the weights steer behaviour: without the relevance reward, irrelevant tokens survive longer', async () => {
    const base = at((await run()).rows, 150);
    const noIrr = at((await run({ wIrr: 0 })).rows, 150);
    expect(noIrr.irr_fine).toBeGreaterThan(2 * base.irr_fine);
  });

  it('the reward schedules: same total, different timing', () => {
    const p = { ...defaults, length: 4, segment: 2 };
    const tokens = [0, 2, 5, 1]; // correct, false, irrelevant, correct
    const fine = mod.rewards(tokens, p, false);
    const hol = mod.rewards(tokens, p, true);
    expect(Array.from(fine)).toEqual([0, -1, 0, -1 + 2 * p.wComp]);
    expect(Array.from(hol)).toEqual([0, 0, 0, -2 + 2 * p.wComp]);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await run({}, 7);
    const b = await run({}, 50);
    expect(a.rows).toEqual(b.rows);
    expect((await run({ seed: 2 })).rows).not.toEqual(a.rows);
  });
});
