import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

const base = defaultsOf(mod.params);
const last = (rows: { step: number }[]) => rows[rows.length - 1] as Record<string, number>;

describe('INPO in an intransitive preference game', () => {
  it('sampled-pair INPO reaches the regularised Nash policy; the Bradley–Terry RLHF policy stays exploitable', async () => {
    const { rows } = await runToEnd(mod, base);
    const end = last(rows);
    expect(end.klInpo).toBeLessThan(0.02);
    expect(end.gapInpo).toBeLessThan(0.01);
    expect(end.gapBt).toBeGreaterThan(0.1);
    // a single response beats the RLHF policy by a wide margin, but not the INPO policy
    expect(end.explBt).toBeGreaterThan(0.15);
    expect(end.explInpo).toBeLessThan(0.05);
    expect(mod.reached(rows)).toBe(true);
  });

  it('the squared pairwise loss reproduces the exact mirror-descent step (pairs = 0 is Eq. 1 itself)', async () => {
    const sampled = last((await runToEnd(mod, { ...base, pairs: 2000 })).rows);
    expect(sampled.klInpo).toBeLessThan(0.005);
  });

  it('with transitive preferences the Bradley–Terry policy is not exploitable either', async () => {
    const end = last((await runToEnd(mod, { ...base, intrans: 0 })).rows);
    expect(end.explBt).toBeLessThan(0.01);
    expect(end.explBt).toBeLessThanOrEqual(end.explInpo + 0.01);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await runToEnd(mod, base, { chunk: 7 });
    const b = await runToEnd(mod, base, { chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    const c = await runToEnd(mod, { ...base, seed: 2 }, { chunk: 50 });
    expect(c.rows).not.toEqual(a.rows);
  });
});
