import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import { createRng } from '../runtime/rng';
import { defaultsOf } from '../runtime/params';
import { logLogSlope } from '../shared/online';
import * as mod from './sim';

const base = defaultsOf(mod.params);

describe('switching costs under an observation budget', () => {
  it('extras: bandit plateau at T^(2/3) until B ≈ T^(2/3), then T/√B with full-information rounds', async () => {
    const { rows } = await runToEnd(mod, base, { chunk: 3 });
    const t23 = base.T ** (2 / 3);
    const below = rows.filter((r) => r.budget < t23 / 2);
    const above = rows.filter((r) => r.budget > 3 * t23);
    // Below the transition the best of the two learners is flat: extra observations do not help.
    const bestBelow = below.map((r) => r.best);
    expect(Math.max(...bestBelow) / Math.min(...bestBelow)).toBeLessThan(1.25);
    // Full-information rounds lose below it and win above it; the crossing is near T^(2/3).
    for (const r of below) expect(r.full).toBeGreaterThan(r.bandit);
    for (const r of above) expect(r.full).toBeLessThan(r.bandit);
    // Above it regret falls like T/√B (slope near −½) …
    const slope = logLogSlope(
      above.map((r) => r.budget),
      above.map((r) => r.full),
    );
    expect(slope).toBeLessThan(-0.3);
    expect(slope).toBeGreaterThan(-0.8);
    // … and the bandit learner gains nothing from the budget.
    expect(rows.at(-1)!.bandit / rows[0].bandit).toBeGreaterThan(0.85);
    expect(rows.at(-1)!.best).toBeLessThan(0.4 * rows[0].best);
    expect(mod.reached(rows)).toBe(true);
  });

  it('total budget: bandit-type observations track T/√B only while B ≤ T^(2/3), then stall', async () => {
    const { rows } = await runToEnd(mod, { ...base, setting: 'total' }, { chunk: 5 });
    const atT23 = rows.find((r) => r.phase === 1)!;
    expect(Math.abs(Math.log(atT23.budget / base.T ** (2 / 3)))).toBeLessThan(0.5);
    expect(rows[0].bandit).toBeGreaterThan(1.6 * atT23.bandit);
    const last = rows.at(-1)!;
    expect(last.bandit).toBeGreaterThan(0.8 * atT23.bandit);
    expect(last.full).toBeLessThan(0.5 * last.bandit);
  });

  it('adversary: losses in [0, 1], the best action better by the gap, prefix sums consistent', () => {
    const T = 4000;
    const worlds = mod.adversary(T, 4, createRng(3));
    worlds.forEach((w, g) => {
      const totals = [0, 1, 2, 3].map((a) => w.sum(a, 0, T) / T);
      const best = totals.indexOf(Math.min(...totals));
      const other = totals.filter((_, a) => a !== best);
      // Clipping at 0 can only shrink the advantage; below ~0.15 it never bites.
      for (const m of other) expect(m - totals[best]).toBeLessThan(mod.GAPS[g] + 0.005);
      if (mod.GAPS[g] < 0.15) for (const m of other) expect(m - totals[best]).toBeCloseTo(mod.GAPS[g], 2);
      let s = 0,
        lo = Infinity,
        hi = -Infinity;
      for (let t = 0; t < T; t++) {
        const l = w.sum(best, t, t + 1);
        lo = Math.min(lo, l);
        hi = Math.max(hi, l);
        s += l;
      }
      expect(lo).toBeGreaterThanOrEqual(-1e-9);
      expect(hi).toBeLessThanOrEqual(1 + 1e-9);
      expect(s).toBeCloseTo(w.sum(best, 0, T), 6);
    });
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const p = { ...base, T: 1000, seeds: 3 };
    const a = await runToEnd(mod, p, { chunk: 7 });
    const b = await runToEnd(mod, p, { chunk: 1 });
    expect(a.rows).toEqual(b.rows);
    const c = await runToEnd(mod, { ...p, seed: 2 }, { chunk: 7 });
    expect(c.rows).not.toEqual(a.rows);
  });
});
