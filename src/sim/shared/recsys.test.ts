import { describe, expect, it } from 'vitest';
import { createRng } from '../runtime/rng';
import {
  bprLoss,
  bprStep,
  createMF,
  idealDcg,
  makeRecWorld,
  mfScores,
  mfSquareStep,
  ndcgAtK,
  popularityBins,
  recallAtK,
  topK,
} from './recsys';

const world = (seed = 1, extra = {}) =>
  makeRecWorld(createRng(seed), {
    users: 120,
    items: 60,
    rank: 4,
    skew: 1,
    exposureBias: 0.5,
    noise: 0.3,
    noiseSpread: 1,
    ...extra,
  });

describe('recsys: the synthetic world', () => {
  it('clicks are exposure × relevance, and noise sits only on observed, irrelevant pairs', () => {
    const w = world();
    for (let j = 0; j < w.users * w.items; j++) {
      expect(w.clicks[j]).toBe(w.exposed[j] & w.rel[j]);
      if (w.noisy[j]) {
        expect(w.observed[j]).toBe(1);
        expect(w.clicks[j]).toBe(0);
        expect(w.relevance[j]).toBeLessThan(0.5);
      }
      expect(w.observed[j]).toBe(w.clicks[j] | w.noisy[j]);
    }
    for (let i = 0; i < w.items; i++) expect(w.propensity[i]).toBeCloseTo(Math.pow(w.popularity[i], 0.5), 12);
  });

  it('Y/θ is an unbiased estimate of the relevance rate (Saito et al.’s key identity), Y alone is not', () => {
    let ips = 0;
    let naive = 0;
    let truth = 0;
    const seeds = [1, 2, 3, 4];
    for (const s of seeds) {
      const w = world(s, { users: 300 });
      for (let u = 0; u < w.users; u++)
        for (let i = 0; i < w.items; i++) {
          const j = u * w.items + i;
          ips += w.clicks[j] / w.propensity[i];
          naive += w.clicks[j];
          truth += w.relevance[j];
        }
    }
    expect(Math.abs(ips / truth - 1)).toBeLessThan(0.05);
    expect(naive / truth).toBeLessThan(0.7);
  });

  it('is deterministic by seed', () => {
    expect(world(3).observed).toEqual(world(3).observed);
    expect(world(3).observed).not.toEqual(world(4).observed);
  });

  it('feature worlds give items with equal features equal topic vectors', () => {
    const w = world(1, { featureGroups: 3, featuresPerGroup: 2, topics: 4, featureFidelity: 1 });
    expect(w.featureCount).toBe(6);
    expect(w.features!.length).toBe(w.items * 6);
    for (let i = 0; i < w.items; i++)
      for (let g = 0; g < 3; g++) expect(w.features![i * 6 + 2 * g]).toBe(w.features![i * 6 + 2 * g + 1]);
  });
});

describe('recsys: models and metrics', () => {
  it('squared-loss MF fits its targets (the loss falls)', () => {
    const w = world();
    const m = createMF(createRng(5), w.users, w.items, 4);
    const target = Float64Array.from(w.relevance);
    const first = mfSquareStep(m, target, 0.5, 0.001);
    let loss = first;
    for (let t = 0; t < 100; t++) loss = mfSquareStep(m, target, 0.5, 0.001);
    expect(loss).toBeLessThan(first * 0.3);
  });

  it('a BPR step lowers the loss of its triple', () => {
    const m = createMF(createRng(9), 3, 5, 4);
    const before = bprLoss(m, 0, 1, 2);
    for (let t = 0; t < 20; t++) bprStep(m, 0, 1, 2, 0.1, 0);
    expect(bprLoss(m, 0, 1, 2)).toBeLessThan(before);
  });

  it('nDCG is 1 for the true ranking and lower for a reversed one; recall counts hits; top-k is sorted', () => {
    const w = world();
    expect(ndcgAtK(w.relevance, w.relevance, w.users, w.items, 5)).toBeCloseTo(1, 12);
    const reversed = w.relevance.map((v) => -v);
    expect(ndcgAtK(reversed, w.relevance, w.users, w.items, 5)).toBeLessThan(0.3);
    const ideal = idealDcg(w.relevance, w.users, w.items, 5);
    expect(ndcgAtK(w.relevance, w.relevance, w.users, w.items, 5, undefined, ideal)).toBeCloseTo(1, 12);
    const top = topK(w.relevance, w.items, 0, 5);
    for (let r = 1; r < 5; r++) expect(w.relevance[top[r - 1]]).toBeGreaterThanOrEqual(w.relevance[top[r]]);
    const target = new Uint8Array(w.users * w.items);
    for (let u = 0; u < w.users; u++) for (const i of topK(w.relevance, w.items, u, 3)) target[u * w.items + i] = 1;
    expect(recallAtK(w.relevance, target, w.users, w.items, 3)).toBe(1);
    const mf = createMF(createRng(2), w.users, w.items, 4);
    expect(recallAtK(mfScores(mf), target, w.users, w.items, 3)).toBeLessThan(0.3);
    const bins = popularityBins(w.popularity, 5);
    expect(Array.from(bins).filter((b) => b === 0).length).toBe(w.items / 5);
  });
});
