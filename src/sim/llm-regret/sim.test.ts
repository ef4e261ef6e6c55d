import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import { defaultsOf } from '../runtime/params';
import { logLogSlope } from '../shared/online';
import * as mod from './sim';

const base = { ...defaultsOf(mod.params), T: 2000, seeds: 8 };
const late = <R extends { step: number }>(rows: R[]) => rows.filter((r) => r.step >= 100);

describe('no-regret or not: the perturbed leader against greedy play', () => {
  it('alternating losses: follow-the-leader has linear regret, the perturbed leader and Hedge stay near √T', async () => {
    const { rows } = await runToEnd(mod, base, { chunk: 300 });
    const last = rows.at(-1)!;
    expect(last.ftl).toBeGreaterThan(0.45 * base.T);
    expect(
      logLogSlope(
        late(rows).map((r) => r.step),
        late(rows).map((r) => r.ftl),
      ),
    ).toBeGreaterThan(0.95);
    expect(last.ftpl).toBeLessThan(2 * Math.sqrt(base.T));
    expect(last.hedge).toBeLessThan(2 * Math.sqrt(base.T));
    expect(mod.reached(rows)).toBe(true);
  });

  it('the perturbation is what makes the agent no-regret: with c = 0 it is follow-the-leader again', async () => {
    const { rows } = await runToEnd(mod, { ...base, noise: 0 }, { chunk: 300 });
    expect(rows.at(-1)!.ftpl).toBeCloseTo(rows.at(-1)!.ftl, 6);
  });

  it('on i.i.d. losses greedy play is not punished: its regret stays far below √T', async () => {
    const { rows } = await runToEnd(mod, { ...base, scenario: 'iid' }, { chunk: 300 });
    const last = rows.at(-1)!;
    expect(last.ftl).toBeLessThan(0.5 * Math.sqrt(base.T));
    expect(last.ftpl).toBeLessThan(2 * Math.sqrt(base.T));
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const p = { ...base, T: 500, seeds: 3, scenario: 'trend' as const };
    const a = await runToEnd(mod, p, { chunk: 7 });
    expect((await runToEnd(mod, p, { chunk: 50 })).rows).toEqual(a.rows);
    expect((await runToEnd(mod, { ...p, seed: 9 }, { chunk: 50 })).rows).not.toEqual(a.rows);
  });
});
