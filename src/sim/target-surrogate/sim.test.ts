import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const base = defaultsOf(mod.params);

describe('target-surrogate', () => {
  it('with an ill-conditioned X, SSO needs several times fewer expensive queries than GD', async () => {
    const { rows } = await runToEnd(mod, base);
    const gd = mod.queriesTo(rows, 'gd', 1e-4),
      sso = mod.queriesTo(rows, 'sso', 1e-4);
    expect(sso).toBeLessThan(30);
    expect(gd / sso).toBeGreaterThan(5);
    expect(mod.reached(rows)).toBe(true);
  });

  it('one inner step is gradient descent exactly', async () => {
    const { rows } = await runToEnd(mod, { ...base, m: 1 }, { steps: 100 });
    expect(rows.map((r) => r.sso)).toEqual(rows.map((r) => r.gd));
  });

  it('on a well-conditioned problem the advantage disappears', async () => {
    const { rows } = await runToEnd(mod, { ...base, cond: 1 }, { steps: 60 });
    const gd = mod.queriesTo(rows, 'gd', 1e-4),
      sso = mod.queriesTo(rows, 'sso', 1e-4);
    expect(gd).toBeLessThanOrEqual(sso + 2);
  });

  it('is deterministic by seed and chunk-independent (also with minibatches)', async () => {
    const p = { ...base, batch: 50 };
    const a = await runToEnd(mod, p, { chunk: 7, steps: 80 });
    const b = await runToEnd(mod, p, { chunk: 50, steps: 80 });
    expect(a.rows).toEqual(b.rows);
    expect(a.frame).toEqual(b.frame);
  });
});
