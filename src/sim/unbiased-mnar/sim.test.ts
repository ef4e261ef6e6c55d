import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

const last = (rows: { step: number; [k: string]: number }[]) => rows[rows.length - 1];

describe('unbiased-mnar: IPS versus the naive loss on popularity-biased clicks', () => {
  it('with defaults the clipped IPS loss ranks by true relevance better than the naive loss, and shrinks its popularity bias', async () => {
    const { rows } = await runToEnd(mod, mod.defaults);
    const end = last(rows);
    expect(end.ips - end.naive).toBeGreaterThan(0.02);
    // The naive model predicts far more relevance for popular items than the truth has; IPS less so.
    expect(end.naivePopRatio).toBeGreaterThan(end.truePopRatio * 2);
    expect(end.ipsPopRatio).toBeLessThan(end.naivePopRatio - 0.5);
    // The ideal loss (true relevance labels) is the ceiling both are measured against.
    expect(end.ideal).toBeGreaterThan(end.ips + 0.1);
    expect(mod.reached(rows)).toBe(true);
  });

  it('without clipping IPS removes the popularity bias but its variance costs the ranking gain (bias–variance)', async () => {
    const clipped = last((await runToEnd(mod, mod.defaults)).rows);
    const { rows } = await runToEnd(mod, { ...mod.defaults, clip: 0.01 });
    const end = last(rows);
    expect(Math.abs(end.ipsPopRatio - end.truePopRatio)).toBeLessThan(0.4);
    expect(end.ips).toBeLessThan(clipped.ips - 0.02);
    expect(end.ips - end.naive).toBeLessThan(0.02);
  });

  it('when exposure does not depend on popularity (η = 0) the correction has nothing to fix', async () => {
    const { rows } = await runToEnd(mod, { ...mod.defaults, popBias: 0 });
    const end = last(rows);
    expect(Math.abs(end.ips - end.naive)).toBeLessThan(0.015);
    expect(end.naivePopRatio).toBeLessThan(1.3);
    expect(mod.reached(rows)).toBe(false);
  });

  it('is deterministic by seed and independent of the chunk size', async () => {
    const a = await runToEnd(mod, mod.defaults, { steps: 60, chunk: 7 });
    const b = await runToEnd(mod, mod.defaults, { steps: 60, chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    const c = await runToEnd(mod, { ...mod.defaults, seed: 2 }, { steps: 60, chunk: 50 });
    expect(c.rows).not.toEqual(a.rows);
    for (const r of a.rows) for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
  });
});
