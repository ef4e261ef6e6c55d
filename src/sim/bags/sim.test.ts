import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';
import { createRng } from '../runtime/rng';

const defaults = defaultsOf(mod.params);
const at = (rows: Record<string, number>[], k: number) => rows.find((r) => r.k === k)!;

describe('bag-level versus instance-level losses', () => {
  it('the instance-level loss is k × the bag-level loss plus the within-bag spread of predictions', () => {
    const r = createRng(5);
    const k = 4,
      bags = 6;
    const w = [r.normal(), r.normal(), r.normal()];
    let bag = 0,
      inst = 0,
      spread = 0;
    for (let a = 0; a < bags; a++) {
      const f = Array.from({ length: k }, () => w.reduce((s, wj) => s + wj * r.normal(), 0));
      const ybar = r.normal();
      const fbar = f.reduce((s, v) => s + v, 0) / k;
      bag += (ybar - fbar) ** 2;
      for (const fi of f) {
        inst += (ybar - fi) ** 2;
        spread += (fi - fbar) ** 2;
      }
    }
    expect(inst).toBeCloseTo(k * bag + spread, 10);
  });

  it('with defaults: bag-level wins for small bags, instance-level for large ones, and a small ρ beats both', async () => {
    const { rows } = await runToEnd(mod, defaults);
    expect(rows).toHaveLength(mod.BAG_SIZES.length);
    // k = 1: no aggregation, every ρ gives the same least-squares fit.
    expect(at(rows, 1).inst).toBeCloseTo(at(rows, 1).bag, 6);
    // Calibrated (seed 1): k = 2 bag 0.23 vs instance 1.18; k = 8 bag 3.9 vs instance 3.1.
    expect(at(rows, 2).bag).toBeLessThan(0.5 * at(rows, 2).inst);
    expect(at(rows, 8).inst).toBeLessThan(at(rows, 8).bag);
    expect(at(rows, 10).inst).toBeLessThan(0.1 * at(rows, 10).bag); // 40 bags for 40 features
    for (const r of rows) expect(r.best).toBeLessThanOrEqual(Math.min(r.bag, r.inst) + 1e-9);
    expect(at(rows, 8).best).toBeLessThan(0.6 * Math.min(at(rows, 8).bag, at(rows, 8).inst));
  }, 60_000);

  it('with label privacy, singleton bags are worst: the best bag size is larger than 1', async () => {
    const { rows } = await runToEnd(mod, { ...defaults, dp: true, eps: 2 });
    const bestK = rows.reduce((b, r) => (r.best < b.best ? r : b));
    expect(bestK.k).toBeGreaterThan(1);
    expect(at(rows, 1).best).toBeGreaterThan(2 * bestK.best);
    // Without privacy noise, k = 1 is the best bag size.
    const clean = (await runToEnd(mod, defaults)).rows;
    expect(clean.reduce((b, r) => (r.best < b.best ? r : b)).k).toBe(1);
  }, 60_000);

  it('is deterministic and independent of chunking', async () => {
    const a = await runToEnd(mod, { ...defaults, n: 200, d: 10 }, { chunk: 1 });
    const b = await runToEnd(mod, { ...defaults, n: 200, d: 10 }, { chunk: 50 });
    expect(JSON.stringify(b.rows)).toBe(JSON.stringify(a.rows));
    expect(JSON.stringify(Array.from((b.frame!.rho as { x: Float32Array }).x))).toBe(
      JSON.stringify(Array.from((a.frame!.rho as { x: Float32Array }).x)),
    );
  }, 30_000);
});
