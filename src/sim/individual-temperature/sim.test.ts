import { describe, expect, it } from 'vitest';
import { nodeEnv, runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';
import { anchorSimilarities, klAndVariance, robustObjective, solveTauStar, TAU_MAX, TAU_MIN } from './taustar';

const noise = async (seed = 1) => mod.anchorNoise(await nodeEnv(seed, false));
const tauStar = (z: Float64Array, q: number, rho: number) => solveTauStar(anchorSimilarities(z, q), rho).tau;

describe('individual temperature: both regimes of iSogCLR’s τ*', () => {
  it('at small ρ (0.1), frequent semantics get a larger τ* (the paper’s claim)', async () => {
    const z = await noise();
    expect(tauStar(z, 0.5, 0.1)).toBeGreaterThanOrEqual(1.5 * tauStar(z, 0.01, 0.1));
  });

  it('at large ρ (2), the order reverses', async () => {
    const z = await noise();
    expect(tauStar(z, 0.5, 2)).toBeLessThan(tauStar(z, 0.1, 2));
    expect(tauStar(z, 0.5, 2)).toBeLessThan(tauStar(z, 0.01, 2));
  });

  it('holds for other seeds too', async () => {
    for (const seed of [2, 3, 4]) {
      const z = await noise(seed);
      expect(tauStar(z, 0.5, 0.1)).toBeGreaterThanOrEqual(1.5 * tauStar(z, 0.01, 0.1));
      expect(tauStar(z, 0.5, 2)).toBeLessThan(tauStar(z, 0.1, 2));
    }
  });

  it('larger ρ always means a smaller τ*', async () => {
    const z = await noise();
    for (const q of [0.01, 0.1, 0.5]) {
      const t = [0.05, 0.1, 0.4, 1, 2, 4].map((rho) => tauStar(z, q, rho));
      for (let k = 1; k < t.length; k++) expect(t[k]).toBeLessThan(t[k - 1]);
    }
  });
});

describe('individual temperature: the solver', () => {
  it('meets its KL constraint within 1e-3 whenever τ* is inside the bounds, and minimises F', async () => {
    const z = await noise();
    let interior = 0;
    for (const q of [0.005, 0.01, 0.03, 0.1, 0.25, 0.5]) {
      const s = anchorSimilarities(z, q);
      for (const rho of [0.05, 0.1, 0.4, 1, 2, 4]) {
        const r = solveTauStar(s, rho);
        if (r.atBound) continue;
        interior++;
        expect(Math.abs(r.kl - rho)).toBeLessThan(1e-3);
        expect(r.tau).toBeGreaterThan(TAU_MIN);
        expect(r.tau).toBeLessThan(TAU_MAX);
        const f = robustObjective(s, r.tau, rho);
        expect(robustObjective(s, r.tau * 1.02, rho)).toBeGreaterThan(f);
        expect(robustObjective(s, r.tau / 1.02, rho)).toBeGreaterThan(f);
      }
    }
    expect(interior).toBe(36);
  });

  it('returns the bound when ρ is out of reach', () => {
    const s = Float64Array.from([0, 0.1, 0.2, 0.3]);
    // KL(p‖U) can never exceed log n = 1.386 here.
    const r = solveTauStar(s, 3);
    expect(r.atBound).toBe(true);
    expect(r.tau).toBe(TAU_MIN);
    expect(klAndVariance(s, 1).kl).toBeLessThan(klAndVariance(s, 0.1).kl);
  });
});

describe('individual temperature: the core', () => {
  it('is deterministic, identical in chunks of 7 or 50, finite, with one marker', async () => {
    const p = { ...mod.defaults };
    const a = await runToEnd(mod, p, { chunk: 7 });
    const b = await runToEnd(mod, p, { chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    expect(a.frame).toEqual(b.frame);
    expect(a.rows).toHaveLength(mod.Q_GRID.length);
    expect(mod.reached(a.rows)).toBe(true);
    for (const r of a.rows) for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
    expect(a.rows.filter((r) => r.atQ === 1)).toHaveLength(1);
    const c = await runToEnd(mod, { ...p, seed: 2 });
    expect(c.rows).not.toEqual(a.rows);
  });

  it('its default view shows the paper’s direction and the large-ρ reference shows the reversal', async () => {
    const { rows, frame } = await runToEnd(mod, { ...mod.defaults });
    const first = rows[0];
    const last = rows[rows.length - 1];
    expect(last.tauStar).toBeGreaterThan(first.tauStar);
    expect(last.tauRho2).toBeLessThan(first.tauRho2);
    const w = frame!.weights;
    expect(w.kind === 'bars' && w.series[1].values.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 5);
  });

  it('recomputes quickly', async () => {
    const env = await nodeEnv(1, false);
    mod.createSim({ ...mod.defaults }, env).step(100);
    const t0 = performance.now();
    mod.createSim({ ...mod.defaults, rho: 0.7 }, env).step(100);
    console.log(`individual-temperature: recompute on a slider move ${(performance.now() - t0).toFixed(1)} ms`);
  });
});
