import { describe, expect, it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import { defaultsOf } from '../runtime/params';
import * as mod from './sim';

const base = { ...defaultsOf(mod.params), iters: 15 };

describe('N2N: policy-gradient compression of a teacher network', () => {
  it('the policy learns students that beat uniform shrinking and compress several-fold', async () => {
    const { rows, frame } = await runToEnd(mod, base, { chunk: 3 });
    const first = rows[0],
      last = rows.at(-1)!;
    expect(last.meanReward).toBeGreaterThan(first.meanReward + 0.1);
    expect(last.meanReward).toBeGreaterThan(last.heuristic + 0.04);
    expect(last.meanCompression).toBeGreaterThan(3);
    expect(last.meanAcc).toBeGreaterThan(0.55); // chance is 0.1 with ten classes
    expect(rows.some((r) => r.stageSwitch === 1)).toBe(true);
    expect(frame?.students.kind).toBe('points');
    expect(mod.reached(rows)).toBe(true);
  });

  it('a reward that weighs accuracy more makes the policy keep accuracy and compress less', async () => {
    const paper = (await runToEnd(mod, base, { chunk: 5 })).rows.at(-1)!;
    const careful = (await runToEnd(mod, { ...base, accWeight: 4 }, { chunk: 5 })).rows.at(-1)!;
    expect(careful.meanAcc).toBeGreaterThan(paper.meanAcc + 0.1);
    expect(careful.meanCompression).toBeLessThan(paper.meanCompression);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const p = { ...base, iters: 4, rollouts: 4 };
    const a = await runToEnd(mod, p, { chunk: 7 });
    expect((await runToEnd(mod, p, { chunk: 1 })).rows).toEqual(a.rows);
    expect((await runToEnd(mod, { ...p, seed: 5 }, { chunk: 7 })).rows).not.toEqual(a.rows);
  });
});
