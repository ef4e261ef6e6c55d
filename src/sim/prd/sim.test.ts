import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

describe('prd: prototype-sample relation distillation without replay', () => {
  it('with defaults PRD keeps old tasks accurate where fine-tuning forgets', async () => {
    const { rows, frame } = await runToEnd(mod, mod.defaults);
    const end = rows[rows.length - 1];
    expect(end.step).toBe(mod.defaults.tasks * mod.STEPS_PER_TASK);
    // Task-incremental accuracy averaged over all five tasks, and on the first task.
    expect(end.prdTil - end.ftTil).toBeGreaterThan(0.08);
    expect(end.prdTask1).toBeGreaterThan(0.9);
    expect(end.ftTask1).toBeLessThan(0.7);
    // Class-incremental (all ten classes at once) is harder for both, PRD still ahead.
    expect(end.prdCil).toBeGreaterThanOrEqual(end.ftCil);
    // Both learned each task while it was current.
    const firstBoundary = rows.find((r) => r.boundary === 1)!;
    expect(firstBoundary.ftTil).toBeGreaterThan(0.95);
    expect(mod.reached(rows)).toBe(true);
    expect(frame?.matrixPrd.kind).toBe('heatmap');
  });

  it('with λ = 0 the PRD run is exactly fine-tuning (same initialisation, same batches)', async () => {
    const { rows } = await runToEnd(mod, { ...mod.defaults, lambda: 0, tasks: 3 });
    for (const r of rows) {
      expect(r.prdTil).toBe(r.ftTil);
      expect(r.prdCil).toBe(r.ftCil);
    }
    expect(mod.reached(rows)).toBe(false);
  });

  it('is deterministic by seed and independent of the chunk size', async () => {
    const a = await runToEnd(mod, { ...mod.defaults, tasks: 2 }, { steps: 200, chunk: 7 });
    const b = await runToEnd(mod, { ...mod.defaults, tasks: 2 }, { steps: 200, chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    const c = await runToEnd(mod, { ...mod.defaults, tasks: 2, seed: 2 }, { steps: 200, chunk: 50 });
    expect(c.rows).not.toEqual(a.rows);
    for (const r of a.rows) for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
  });
});
