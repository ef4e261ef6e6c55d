import { describe, expect, it } from 'vitest';
import { createRng } from '../runtime/rng';
import {
  btPreference,
  expectedCounts,
  exploitability,
  fitBradleyTerry,
  kl,
  mirrorProxStep,
  mixedPreference,
  prefOf,
  proxStep,
  regGap,
  regularisedNash,
  uniform,
  winRates,
} from './preferences';
import { evaluate, labelPairs, next, occupancy, solveMdp, trueReward, GOAL } from './pref-grid';

describe('preference-game world', () => {
  it('builds valid preference matrices: P + Pᵀ = 1, a cycle when λ = 1', () => {
    for (const lam of [0, 0.5, 1]) {
      const g = mixedPreference(4, lam);
      for (let i = 0; i < 4; i++)
        for (let j = 0; j < 4; j++) expect(g.P[i * 4 + j] + g.P[j * 4 + i]).toBeCloseTo(1, 12);
    }
    const rps = mixedPreference(3, 1);
    expect(rps.P[0 * 3 + 1]).toBeGreaterThan(0.5); // A ≻ B
    expect(rps.P[1 * 3 + 2]).toBeGreaterThan(0.5); // B ≻ C
    expect(rps.P[2 * 3 + 0]).toBeGreaterThan(0.5); // C ≻ A
  });

  it('the regularised Nash policy has zero duality gap and is a fixed point of Mirror Prox', () => {
    const g = mixedPreference(3, 0.7);
    const mu = uniform(3);
    const ne = regularisedNash(g, 0.1, mu);
    expect(regGap(g, ne, 0.1, mu)).toBeLessThan(1e-9);
    expect(kl(ne, mirrorProxStep(g, ne, 1, 0.1, mu))).toBeLessThan(1e-12);
    expect(regGap(g, uniform(3), 0.1, mu)).toBeGreaterThan(0.01);
    expect(prefOf(g, ne, ne)).toBeCloseTo(0.5, 12);
  });

  it('the proximal step has the closed form of the regularised argmax', () => {
    const g = mixedPreference(3, 0.7);
    const mu = uniform(3),
      pi = Float64Array.from([0.2, 0.3, 0.5]);
    const w = winRates(g, pi);
    const obj = (q: ArrayLike<number>) => 1 * (q[0] * w[0] + q[1] * w[1] + q[2] * w[2] - 0.2 * kl(q, mu)) - kl(q, pi);
    const best = proxStep(pi, w, 1, 0.2, mu);
    for (const d of [
      [0.01, -0.01, 0],
      [0, 0.01, -0.01],
      [-0.01, 0, 0.01],
    ])
      expect(obj(best)).toBeGreaterThan(obj(best.map((v, i) => v + d[i])));
  });

  it('Bradley–Terry fitting recovers the rewards of a BT model; exploitability vanishes at the top response', () => {
    const r = [1, 0, -1];
    const fit = fitBradleyTerry(3, expectedCounts(btPreference(r), uniform(3), 1e5), 0);
    fit.forEach((v, i) => expect(v).toBeCloseTo(r[i], 6));
    expect(exploitability(btPreference(r), [1, 0, 0])).toBeCloseTo(0, 12);
  });
});

describe('preference gridworld', () => {
  it('the true optimal policy reaches the goal from every cell, and occupancy is the value gradient', () => {
    const w = trueReward();
    const { V, greedy } = solveMdp(w);
    expect(evaluate(greedy).success).toBe(1);
    const occ = occupancy(greedy);
    let v = 0;
    for (let c = 0; c < 25; c++) v += occ[0 * 25 + c] * w[c];
    expect(v).toBeCloseTo(V[0], 8);
    expect(next(GOAL, 3)).toBe(GOAL); // bumping the right wall
  });

  it('labels are deterministic by seed', () => {
    const a = labelPairs(createRng(3), 20, 3, 'regret', 1).map((p) => p.aWins);
    const b = labelPairs(createRng(3), 20, 3, 'regret', 1).map((p) => p.aWins);
    expect(a).toEqual(b);
  });
});
