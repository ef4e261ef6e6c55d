import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

const base = defaultsOf(mod.params);

describe('regret vs partial-return preference models', () => {
  it('on regret-generated labels the regret model fits better and its reward yields the optimal policy; partial return does not', async () => {
    const { rows } = await runToEnd(mod, base);
    const e = rows[rows.length - 1];
    expect(e.llRg).toBeGreaterThan(e.llPr);
    expect(e.successRg).toBe(1);
    expect(e.gapRg).toBeLessThan(0.5);
    expect(e.successPr).toBeLessThan(0.5); // its reward has positive cells: the agent loiters
    expect(mod.reached(rows)).toBe(true);
  });

  it('on partial-return labels the ranking of the two models’ fits reverses', async () => {
    const e = (await runToEnd(mod, { ...base, labels: 'partial' })).rows.at(-1)!;
    expect(e.llPr).toBeGreaterThan(e.llRg);
  });

  it('is deterministic and independent of chunking', async () => {
    const p = { ...base, pairs: 60 };
    const a = await runToEnd(mod, p, { chunk: 7, steps: 40 });
    const b = await runToEnd(mod, p, { chunk: 50, steps: 40 });
    expect(a.rows).toEqual(b.rows);
  });
});
