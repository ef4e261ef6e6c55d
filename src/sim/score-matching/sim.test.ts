import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const base = defaultsOf(mod.params);

describe('score-matching', () => {
  it('the true-score error has an early-stopping optimum: it rises while the training loss keeps falling', async () => {
    const { rows } = await runToEnd(mod, base);
    const best = mod.bestStop(rows),
      last = rows.at(-1)!;
    expect(best.step).toBeLessThan(800);
    expect(last.scoreErr).toBeGreaterThan(1.3 * best.err);
    const atBest = rows.find((r) => r.step === best.step)!;
    expect(last.trainLoss).toBeLessThan(atBest.trainLoss);
    expect(mod.reached(rows)).toBe(true);
  });

  it('with four times the samples there is no such rise over the same horizon, and the error is lower', async () => {
    const small = mod.bestStop((await runToEnd(mod, base, { steps: 600 })).rows);
    const { rows } = await runToEnd(mod, { ...base, n: 256 }, { steps: 1200 });
    const best = mod.bestStop(rows);
    expect(rows.at(-1)!.scoreErr).toBeLessThan(1.05 * best.err);
    expect(best.err).toBeLessThan(small.err);
  });

  it('the exact score is the derivative of the log density', () => {
    const a = 2,
      t = 0.3,
      x = 0.7,
      dx = 1e-5;
    const m = a * Math.exp(-t),
      v = 0.25 * Math.exp(-2 * t) + 1 - Math.exp(-2 * t);
    const logp = (y: number) => Math.log(Math.exp(-((y - m) ** 2) / (2 * v)) + Math.exp(-((y + m) ** 2) / (2 * v)));
    expect(mod.trueScore(x, t, a)).toBeCloseTo((logp(x + dx) - logp(x - dx)) / (2 * dx), 6);
  });

  it('is deterministic and chunk-independent', async () => {
    const a = await runToEnd(mod, base, { chunk: 7, steps: 200 });
    const b = await runToEnd(mod, base, { chunk: 50, steps: 200 });
    expect(a.rows).toEqual(b.rows);
  });
});
