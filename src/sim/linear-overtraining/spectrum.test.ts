import { describe, expect, it } from 'vitest';
import { createRng } from '../runtime/rng';
import { dot, gram, matVec, symEig } from '../shared/linalg';
import { eigenProjections } from './spectrum';

describe('eigenProjections', () => {
  it('gives symEig’s eigenvalues and the projections Vᵀz (checked through zᵀz′ and zᵀSz′)', () => {
    const rng = createRng(7);
    // Full rank, rank-deficient (N < P, zero eigenvalues) and one tiny case.
    for (const [rows, n] of [
      [40, 30],
      [12, 30],
      [3, 2],
    ]) {
      const X = Float64Array.from({ length: rows * n }, () => rng.normal());
      const S = gram(X, rows, n);
      const zs = [0, 1, 2].map(() => Float64Array.from({ length: n }, () => rng.normal()));
      const { values, proj } = eigenProjections(S, n, zs);
      const sorted = Float64Array.from(values).sort();
      expect(Array.from(sorted)).toEqual(Array.from(symEig(S, n).values));
      for (let a = 0; a < 3; a++)
        for (let b = 0; b < 3; b++) {
          let plain = 0,
            weighted = 0;
          for (let k = 0; k < n; k++) {
            plain += proj[a][k] * proj[b][k];
            weighted += values[k] * proj[a][k] * proj[b][k];
          }
          expect(plain).toBeCloseTo(dot(zs[a], zs[b]), 9);
          expect(weighted).toBeCloseTo(dot(zs[a], matVec(S, n, n, zs[b])), 8);
        }
    }
  });
});
