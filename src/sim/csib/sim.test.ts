import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';
import { createRng } from '../runtime/rng';
import { csDivergence, csQmi, gram1 } from './kernels';

const defaults = defaultsOf(mod.params);

describe('Cauchy-Schwarz information bottleneck', () => {
  it('the kernel estimators have the gradients they report (finite differences)', () => {
    const r = createRng(2),
      n = 12,
      d = 3;
    const x = Float32Array.from({ length: n }, () => r.uniform(-1, 1));
    const y = Float32Array.from({ length: n }, () => r.normal());
    const yh = Float32Array.from({ length: n }, () => r.normal());
    const t = Float32Array.from({ length: n * d }, () => r.normal());
    const K = gram1(x, 0.3);
    const gy = new Float32Array(n),
      gt = new Float32Array(n * d);
    csDivergence(K, y, yh, 0.5, gy);
    csQmi(K, t, n, d, 1, gt);
    const h = 1e-3;
    for (const i of [0, 5, 11]) {
      const up = Float32Array.from(yh),
        dn = Float32Array.from(yh);
      up[i] += h;
      dn[i] -= h;
      expect(gy[i]).toBeCloseTo((csDivergence(K, y, up, 0.5) - csDivergence(K, y, dn, 0.5)) / (2 * h), 2);
      const tu = Float32Array.from(t),
        td = Float32Array.from(t);
      tu[i * d + 1] += h;
      td[i * d + 1] -= h;
      expect(gt[i * d + 1]).toBeCloseTo((csQmi(K, tu, n, d, 1) - csQmi(K, td, n, d, 1)) / (2 * h), 2);
    }
    // D_CS(p ‖ p) = 0: a perfect prediction has zero divergence.
    expect(csDivergence(K, y, y, 0.5)).toBeCloseTo(0, 6);
  });

  it('with outliers, the CS prediction term ignores them while the MSE term is dragged away', async () => {
    const last = (await runToEnd(mod, defaults)).rows.at(-1)!;
    // Calibrated (seed 1): test RMSE MSE-IB ≈ 1.05, CS-IB ≈ 0.05.
    expect(last.rmse_cs).toBeLessThan(0.15);
    expect(last.rmse_cs).toBeLessThan(0.2 * last.rmse_mse);
  }, 60_000);

  it('with Gaussian noise only, the two prediction terms fit about equally well', async () => {
    const last = (await runToEnd(mod, { ...defaults, noise: 'gaussian' })).rows.at(-1)!;
    expect(last.rmse_mse).toBeLessThan(0.08);
    expect(last.rmse_cs).toBeLessThan(0.08);
    expect(Math.abs(last.rmse_cs - last.rmse_mse)).toBeLessThan(0.03);
  }, 60_000);

  it('a larger β compresses the representation: I_CS(x; t) falls', async () => {
    const lo = (await runToEnd(mod, { ...defaults, beta: 0.0001 }, { steps: 600 })).rows.at(-1)!;
    const hi = (await runToEnd(mod, { ...defaults, beta: 0.3 }, { steps: 600 })).rows.at(-1)!;
    expect(hi.ixt_cs).toBeLessThan(0.3 * lo.ixt_cs);
    expect(hi.ixt_mse).toBeLessThan(0.3 * lo.ixt_mse);
  }, 60_000);

  it('is deterministic and independent of chunking', async () => {
    const a = await runToEnd(mod, defaults, { steps: 45, chunk: 7 });
    const b = await runToEnd(mod, defaults, { steps: 45, chunk: 50 });
    expect(a.rows.length).toBe(4);
    expect(JSON.stringify(b.rows)).toBe(JSON.stringify(a.rows));
  }, 30_000);
});
