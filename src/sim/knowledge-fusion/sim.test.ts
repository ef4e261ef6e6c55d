import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const defaults = defaultsOf(mod.params);
const run = (over: Partial<typeof defaults> = {}, chunk = 50) => runToEnd(mod, { ...defaults, ...over }, { chunk });
const last = (rows: Record<string, number>[]) => rows[rows.length - 1];

describe('selective knowledge fusion with a feedback (load-balancing) loss', () => {
  it('defaults: without the feedback term the selector collapses onto the generalist; with it, it finds the specialists', async () => {
    const { rows } = await run();
    const end = last(rows);
    expect(end.general_nofb).toBeGreaterThan(0.95);
    expect(end.spread_nofb).toBeLessThan(0.1);
    expect(end.student_nofb).toBeLessThan(0.8);
    expect(end.student_fb).toBeGreaterThan(0.92);
    expect(end.spread_fb).toBeGreaterThan(0.8);
    // Averaging every source suffers the interference the selection avoids.
    expect(end.student_avg).toBeLessThan(end.student_fb - 0.1);
  });

  it('λ = 0: the two selectors are the same run', async () => {
    const { rows } = await run({ balance: 0 });
    for (const r of rows) expect(r.student_fb).toBe(r.student_nofb);
  });

  it('keeping every source (top-k = all) needs no feedback term: no collapse', async () => {
    const end = last((await run({ topK: 4, tasks: 3 })).rows);
    expect(end.spread_nofb).toBeGreaterThan(0.8);
    expect(end.student_nofb).toBeGreaterThan(0.9);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await run({}, 7);
    const b = await run({}, 50);
    expect(a.rows).toEqual(b.rows);
    expect((await run({ seed: 2 })).rows).not.toEqual(a.rows);
  });
});
