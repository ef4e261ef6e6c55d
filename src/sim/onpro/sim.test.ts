import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

const lastBoundary = (rows: Record<string, number>[]) => [...rows].reverse().find((r) => r.erForget !== undefined)!;

describe('onpro', () => {
  it('with a small buffer and one pass, the prototype loss lifts final accuracy and cuts forgetting', async () => {
    const { rows, frame } = await runToEnd(mod, mod.defaults);
    const end = rows[rows.length - 1];
    expect(end.step).toBe(5 * mod.STEPS_PER_TASK);
    expect(end.opAcc - end.erAcc).toBeGreaterThan(0.1);
    const fin = lastBoundary(rows);
    expect(fin.opForget).toBeLessThan(fin.erForget - 0.1);
    expect(mod.reached(rows)).toBe(true);
    expect(frame?.confOp.kind).toBe('heatmap');
  });

  it('with well-separated classes and three updates per batch, ER catches up and the gap closes', async () => {
    const { rows } = await runToEnd(mod, { ...mod.defaults, spread: 0.4, iters: 3 });
    const end = rows[rows.length - 1];
    expect(end.erAcc).toBeGreaterThan(0.9);
    expect(Math.abs(end.opAcc - end.erAcc)).toBeLessThan(0.03);
    expect(mod.reached(rows)).toBe(false);
  });

  it('with λ = 0 and no feedback the two runs are identical', async () => {
    const { rows } = await runToEnd(mod, { ...mod.defaults, lambda: 0, tasks: 2 });
    for (const r of rows) expect(r.opAcc).toBe(r.erAcc);
  });

  it('is deterministic by seed and independent of the chunk size', async () => {
    const p = { ...mod.defaults, tasks: 2, feedback: 0.5 };
    const a = await runToEnd(mod, p, { steps: 60, chunk: 7 });
    const b = await runToEnd(mod, p, { steps: 60, chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    const c = await runToEnd(mod, { ...p, seed: 2 }, { steps: 60, chunk: 50 });
    expect(c.rows).not.toEqual(a.rows);
    for (const r of a.rows) for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
  });
});
