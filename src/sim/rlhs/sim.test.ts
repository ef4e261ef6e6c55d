import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const defaults = defaultsOf(mod.params);
const run = (over: Partial<typeof defaults> = {}, chunk = 50) => runToEnd(mod, { ...defaults, ...over }, { chunk });
const last = (rows: Record<string, number>[]) => rows[rows.length - 1];

describe('RLHS: hindsight against foresight feedback', () => {
  it('defaults: foresight feedback trains a deceptive policy with high ratings and low utility; hindsight does not', async () => {
    const end = last((await run()).rows);
    expect(end.deception_rlhf).toBeGreaterThan(0.9);
    expect(end.utility_rlhf).toBeLessThan(0.25);
    expect(end.rating_rlhf).toBeGreaterThan(end.rating_rlhs); // Goodhart: better ratings, worse outcomes
    expect(end.deception_rlhs).toBeLessThan(0.05);
    expect(end.utility_rlhs).toBeGreaterThan(0.65);
  });

  it('a sceptical customer (g = 0.3): lying no longer pays, and RLHF ends honest too', async () => {
    const end = last((await run({ gullibility: 0.3 })).rows);
    expect(end.deception_rlhf).toBeLessThan(0.1);
    expect(end.utility_rlhf).toBeGreaterThan(0.6);
  });

  it('the foresight ratings: a false claim about C beats the honest A exactly when g > 0.4', () => {
    expect(mod.foresight(0.8)[4]).toBeGreaterThan(mod.foresight(0.8)[0]);
    expect(mod.foresight(0.3)[4]).toBeLessThan(mod.foresight(0.3)[0]);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await run({}, 7);
    const b = await run({}, 50);
    expect(a.rows).toEqual(b.rows);
    expect((await run({ seed: 4 })).rows).not.toEqual(a.rows);
  });
});
