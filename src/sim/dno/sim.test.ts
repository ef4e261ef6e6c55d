import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

const base = defaultsOf(mod.params);

describe('DNO: batched on-policy contrastive rounds under general preferences', () => {
  it('every round beats the previous policy, the average heads for the Nash policy, the BT baseline does not', async () => {
    const { rows } = await runToEnd(mod, base);
    const rounds = rows.slice(1);
    const end = rows[rows.length - 1];
    expect(Math.min(...rounds.map((r) => r.winPrev))).toBeGreaterThanOrEqual(0.499);
    expect(rounds.reduce((s, r) => s + r.winPrev, 0) / rounds.length).toBeGreaterThan(0.52);
    expect(Math.min(...rounds.map((r) => r.btWinPrev))).toBeLessThan(0.5); // BT steps can lose to their predecessor
    expect(end.explAvg).toBeLessThan(0.06);
    expect(end.explBt).toBeGreaterThan(0.15);
    expect(Math.max(...rows.map((r) => r.teacherDno))).toBeGreaterThan(0.55); // it surpasses the teacher
    expect(mod.reached(rows)).toBe(true);
  });

  it('with transitive preferences iterative DPO on a Bradley–Terry reward does as well as DNO', async () => {
    const end = (await runToEnd(mod, { ...base, intrans: 0 })).rows.at(-1)!;
    expect(end.explBt).toBeLessThan(0.01);
    expect(Math.abs(end.explDno - end.explBt)).toBeLessThan(0.01);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await runToEnd(mod, base, { chunk: 7 });
    const b = await runToEnd(mod, base, { chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    expect((await runToEnd(mod, { ...base, seed: 5 })).rows).not.toEqual(a.rows);
  });
});
