import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

const SEEDS = [1, 2, 3];
const last = <T>(rows: T[]) => rows[rows.length - 1];

describe('susana: Proto-Triplet loss vs prototypical loss, scored on unseen classes', () => {
  it('with a margin the unseen classes come out more separable; few-shot accuracy barely moves', async () => {
    for (const seed of SEEDS) {
      const { rows, frame } = await runToEnd(mod, { ...mod.defaults, seed });
      const end = last(rows);
      expect(end.step).toBe(mod.TOTAL_STEPS);
      // Separability (mean inter / mean intra distance) of the 10 held-out classes.
      expect(end.tripSep).toBeGreaterThan(1.1 * end.protoSep);
      for (const r of rows.filter((r) => r.step >= 400)) expect(r.tripSep).toBeGreaterThan(1.05 * r.protoSep);
      // Both learn: separability and accuracy far above the untrained network.
      expect(end.protoSep).toBeGreaterThan(2 * rows[0].protoSep);
      expect(end.protoAcc).toBeGreaterThan(0.8);
      // The mechanism: the prototypical softmax has settled for many training queries while the hinge still pulls.
      expect(end.protoSettled).toBeGreaterThan(0.3);
      expect(end.tripHinge).toBeGreaterThan(0.3);
      // The honest second readout: no accuracy gain worth the name in this toy.
      expect(Math.abs(end.tripAcc - end.protoAcc)).toBeLessThan(0.03);
      expect(mod.reached(rows)).toBe(true);
      expect(frame?.margins.kind).toBe('bars');
      expect(frame?.tripPts.kind).toBe('points');
    }
  });

  it('at margin 0 the hinge is silent for correctly placed queries and the advantage vanishes; without nuisance there is nothing to gain', async () => {
    for (const seed of SEEDS) {
      const zero = (await runToEnd(mod, { ...mod.defaults, margin: 0, seed })).rows;
      expect(last(zero).tripSep).toBeLessThan(1.02 * last(zero).protoSep);
      expect(last(zero).tripHinge).toBeLessThan(0.2);
      expect(mod.reached(zero)).toBe(false);
      const clean = (await runToEnd(mod, { ...mod.defaults, nuisance: 0, seed })).rows;
      expect(last(clean).tripSep).toBeLessThan(1.02 * last(clean).protoSep);
      expect(mod.reached(clean)).toBe(false);
    }
  });

  it('is deterministic by seed and independent of the chunk size', async () => {
    const a = await runToEnd(mod, mod.defaults, { steps: 60, chunk: 7 });
    const b = await runToEnd(mod, mod.defaults, { steps: 60, chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    expect(a.rows.length).toBe(4);
    const c = await runToEnd(mod, { ...mod.defaults, seed: 2 }, { steps: 60, chunk: 50 });
    expect(c.rows).not.toEqual(a.rows);
    for (const r of a.rows) for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
    // λ = 0: the two learners are the same network on the same episodes.
    const same = await runToEnd(mod, { ...mod.defaults, weight: 0 }, { steps: 60 });
    for (const r of same.rows) expect(r.tripSep).toBe(r.protoSep);
  });
});
