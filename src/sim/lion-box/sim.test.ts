import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const base = defaultsOf(mod.params);

describe('lion-box', () => {
  it('Lion enters ‖x‖∞ ≤ 1/λ early and converges to the constrained minimiser; the contrasts do not', async () => {
    const { rows } = await runToEnd(mod, base);
    const entered = rows.find((r) => r.lionViol === 0)!.step;
    expect(entered).toBeLessThan(200);
    expect(rows.filter((r) => r.step >= entered).every((r) => r.lionViol === 0)).toBe(true);
    const last = rows.at(-1)!;
    expect(last.lionDist).toBeLessThan(0.02);
    expect(last.freeViol).toBeGreaterThan(0.5); // no weight decay: unconstrained minimum, outside the box
    expect(last.ridgeDist).toBeGreaterThan(0.3); // L2 penalty: a different point
    expect(mod.reached(rows)).toBe(true);
  });

  it('the ℓ₂ variant (Lion-κ) respects the ball ‖x‖₂ ≤ 1/λ instead', async () => {
    const { rows } = await runToEnd(mod, { ...base, kappa: 'l2' });
    const last = rows.at(-1)!;
    expect(last.lionViol).toBe(0);
    expect(last.lionDist).toBeLessThan(0.02);
  });

  it('when the minimum of f lies inside the box the constraint is inactive and Lion finds it', async () => {
    const { rows } = await runToEnd(mod, { ...base, cx: 0.3, cy: -0.4 });
    const last = rows.at(-1)!;
    expect(last.fBox).toBeCloseTo(0, 8);
    expect(last.lionDist).toBeLessThan(0.05);
    expect(last.freeDist).toBeLessThan(0.05);
  });

  it('is deterministic by seed and chunk-independent', async () => {
    const a = await runToEnd(mod, base, { chunk: 7 });
    const b = await runToEnd(mod, base, { chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    expect(a.frame).toEqual(b.frame);
  });
});
