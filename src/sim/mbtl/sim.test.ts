import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import { defaultsOf } from '../runtime/params';
import * as mod from './sim';

const base = defaultsOf(mod.params);
const tasksTo = (rows: Record<string, number>[], key: string, level: number) =>
  rows.find((r) => r[key] >= level)?.tasks ?? Infinity;

describe('MBTL: choosing training tasks by Bayesian optimisation', () => {
  it('covers the family with fewer trained tasks than random or grid selection', async () => {
    const { rows, frame } = await runToEnd(mod, base, { chunk: 4 });
    const at5 = rows[4];
    expect(at5.mbtl).toBeGreaterThan(at5.random + 0.05);
    expect(at5.mbtl).toBeGreaterThan(at5.grid + 0.02);
    const mbtl90 = tasksTo(rows, 'mbtl', 0.9);
    expect(mbtl90).toBeLessThanOrEqual(7);
    expect(tasksTo(rows, 'random', 0.9)).toBeGreaterThanOrEqual(mbtl90 + 2);
    expect(tasksTo(rows, 'grid', 0.9)).toBeGreaterThan(mbtl90);
    // and stays within reach of the oracle that knows every set point in advance
    expect(rows.at(-1)!.greedy - rows.at(-1)!.mbtl).toBeLessThan(0.02);
    expect(frame?.contexts.kind).toBe('curves');
    expect(mod.reached(rows)).toBe(true);
  });

  it('with no generalisation gap one good task covers everything, so selection barely matters after a few tasks', async () => {
    const { rows } = await runToEnd(mod, { ...base, slope: 0, budget: 6 }, { chunk: 4 });
    const last = rows.at(-1)!;
    expect(Math.abs(last.mbtl - last.grid)).toBeLessThan(0.05);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const p = { ...base, seeds: 4, budget: 6 };
    const a = await runToEnd(mod, p, { chunk: 7 });
    expect((await runToEnd(mod, p, { chunk: 1 })).rows).toEqual(a.rows);
    expect((await runToEnd(mod, { ...p, seed: 3 }, { chunk: 7 })).rows).not.toEqual(a.rows);
  });
});
