import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';
import type { MetricRow } from '../runtime/types';

const base = defaultsOf(mod.params);
const evals = (rows: MetricRow[]) => rows.filter((r) => r.dcdmIts !== undefined).map((r) => r.dcdmIts);

describe('deep-cg', () => {
  it('trained directions reach the tolerance in a fraction of CG’s iterations; untrained ones do not', async () => {
    const { rows } = await runToEnd(mod, base, { steps: 60 });
    const its = evals(rows),
      cg = rows[0].cgIts;
    expect(its[0]).toBeGreaterThan(cg); // step 0: random weights
    expect(its[its.length - 1]).toBeLessThanOrEqual(cg / 3);
    expect(mod.reached(rows)).toBe(true);
  });

  it('refining the grid doubles CG’s iterations but barely changes the learned solver’s', async () => {
    const coarse = await runToEnd(mod, { ...base, k: 4 }, { steps: 60 });
    const fine = await runToEnd(mod, base, { steps: 60 });
    const cgGrowth = fine.rows[0].cgIts / coarse.rows[0].cgIts;
    const dcdmGrowth = evals(fine.rows).at(-1)! / evals(coarse.rows).at(-1)!;
    expect(cgGrowth).toBeGreaterThan(1.8);
    expect(dcdmGrowth).toBeLessThan(1.6);
  });

  it('is deterministic and chunk-independent', async () => {
    const p = { ...base, k: 4 };
    const a = await runToEnd(mod, p, { chunk: 7, steps: 30 });
    const b = await runToEnd(mod, p, { chunk: 50, steps: 30 });
    expect(a.rows).toEqual(b.rows);
  });
});
