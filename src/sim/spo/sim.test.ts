import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const defaults = defaultsOf(mod.params);
const run = (over: Partial<typeof defaults> = {}, chunk = 50) => runToEnd(mod, { ...defaults, ...over }, { chunk });
const last = (rows: Record<string, number>[]) => rows[rows.length - 1];

describe('SPO: a self-supervised preference-degree loss on top of DPO', () => {
  it('defaults (40 noisy pairs): DPO + SPO ranks held-out responses better than DPO alone', async () => {
    for (const seed of [1, 2, 3]) {
      const end = last((await run({ seed })).rows);
      expect(end.acc_spo).toBeGreaterThan(end.acc_dpo + 0.03);
    }
  });

  it('with plenty of pairs the advantage disappears (the degree loss counts units, the reader weighs them)', async () => {
    const end = last((await run({ pairs: 2000 })).rows);
    expect(end.acc_dpo).toBeGreaterThan(0.93);
    expect(end.acc_spo).toBeLessThan(end.acc_dpo);
  });

  it('λ = 0 is DPO', async () => {
    const { rows } = await run({ weight: 0 });
    for (const r of rows) expect(r.acc_spo).toBe(r.acc_dpo);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await run({}, 7);
    const b = await run({}, 50);
    expect(a.rows).toEqual(b.rows);
    expect((await run({ seed: 5 })).rows).not.toEqual(a.rows);
  });
});
