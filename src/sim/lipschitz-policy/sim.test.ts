import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import { defaultsOf } from '../runtime/params';
import * as mod from './sim';

const base = defaultsOf(mod.params);
const argmin = (v: number[]) => v.indexOf(Math.min(...v));

describe('Lipschitz-constrained imitation: nominal performance against robustness', () => {
  it('nominal regret falls with L while the attacked cost is smallest at a moderate L', async () => {
    const { rows, frame } = await runToEnd(mod, base, { chunk: 5 });
    const nominal = rows.map((r) => r.nominal),
      attacked = rows.map((r) => r.attacked);
    for (let i = 1; i < rows.length; i++) expect(nominal[i]).toBeLessThanOrEqual(nominal[i - 1] + 1e-9);
    expect(nominal[0]).toBeGreaterThan(50 * Math.max(nominal.at(-1)!, 1e-3));
    const best = argmin(attacked);
    expect(best).toBeGreaterThan(2);
    expect(best).toBeLessThan(rows.length - 5);
    expect(attacked.at(-1)!).toBeGreaterThan(1.5 * attacked[best]);
    expect(attacked[0]).toBeGreaterThan(1.2 * attacked[best]);
    expect(rows[best].L).toBeLessThan(rows[0].Lstar); // the robust choice is well below the expert's gain
    expect(frame?.paths.kind).toBe('curves');
    expect(mod.reached(rows)).toBe(true);
  });

  it('without attacks there is no trade-off: the largest bounds are best', async () => {
    const { rows } = await runToEnd(mod, { ...base, eps: 0 }, { chunk: 5 });
    const attacked = rows.map((r) => r.attacked);
    rows.forEach((r) => expect(r.attacked).toBeCloseTo(r.nominal, 9));
    expect(attacked[argmin(attacked)]).toBeCloseTo(attacked.at(-1)!, 6);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await runToEnd(mod, base, { chunk: 7 });
    expect((await runToEnd(mod, base, { chunk: 1 })).rows).toEqual(a.rows);
    expect((await runToEnd(mod, { ...base, seed: 2 }, { chunk: 7 })).rows).not.toEqual(a.rows);
  });
});
