import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

type Row = { step: number; [k: string]: number };
/** Mean of a key over the last five epochs. */
const tail = (rows: Row[], key: string) => rows.slice(-5).reduce((s, r) => s + r[key], 0) / 5;

describe('pld: global versus personal loss distributions', () => {
  it('with mixed tastes, losses separate noisy clicks within each user far better than across users, and PLD picks cleaner positives than global truncation', async () => {
    const { rows, frame } = await runToEnd(mod, mod.defaults);
    // Checked on seeds 1–4: per-user AUC 0.794–0.802 vs global 0.719–0.725 (gap ≥ 0.07).
    expect(tail(rows, 'userAuc') - tail(rows, 'globalAuc')).toBeGreaterThan(0.05);
    // Broad users' genuine clicks cost about as much as focused users' accidental ones.
    const end = rows[rows.length - 1];
    expect(end.broadClean).toBeGreaterThan(end.focusedClean + 0.2);
    expect(Math.abs(end.broadClean - end.focusedNoisy)).toBeLessThan(0.1);
    expect(end.broadNoisy).toBeGreaterThan(end.broadClean + 0.1);
    // Same budget (70% of each batch): seeds 1–4 give truncation 0.155–0.162, PLD 0.108–0.112 noisy.
    expect(tail(rows, 'noisyTrunc') - tail(rows, 'noisyPld')).toBeGreaterThan(0.03);
    expect(tail(rows, 'noisyTrunc')).toBeLessThan(tail(rows, 'noisyAll'));
    expect(mod.reached(rows)).toBe(true);
    expect(frame?.global.kind).toBe('curves');
    expect(frame?.personal.kind).toBe('curves');
  });

  it('when every user has the same breadth of taste, the personal view adds nothing', async () => {
    const { rows } = await runToEnd(mod, { ...mod.defaults, breadth: 1 });
    // Seeds 1–3: |per-user − global AUC| ≤ 0.003, |truncation − PLD noisy share| ≤ 0.009 at the end.
    expect(Math.abs(tail(rows, 'userAuc') - tail(rows, 'globalAuc'))).toBeLessThan(0.015);
    expect(Math.abs(tail(rows, 'noisyTrunc') - tail(rows, 'noisyPld'))).toBeLessThan(0.02);
    expect(tail(rows, 'globalAuc')).toBeGreaterThan(0.9);
    expect(mod.reached(rows)).toBe(false);
  });

  it('is deterministic by seed and independent of the chunk size', async () => {
    // The first 8 epochs (a step measures the untrained models, then STEPS_PER_EPOCH per epoch).
    const steps = 1 + 8 * mod.STEPS_PER_EPOCH;
    const a = await runToEnd(mod, mod.defaults, { steps, chunk: 7 });
    const b = await runToEnd(mod, mod.defaults, { steps, chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    const c = await runToEnd(mod, { ...mod.defaults, seed: 2 }, { steps, chunk: 50 });
    expect(c.rows).not.toEqual(a.rows);
    for (const r of a.rows) for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
  });
});
