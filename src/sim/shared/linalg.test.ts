import { describe, expect, it } from 'vitest';
import { createRng } from '../runtime/rng';
import {
  ef21Step,
  fromEigen,
  gram,
  makeQuadraticFamily,
  familyGrad,
  matVec,
  norm2,
  randomOrthogonal,
  solveSPD,
  symEig,
  topK,
} from './linalg';

describe('linalg', () => {
  it('symEig recovers a known spectrum and orthonormal eigenvectors', () => {
    const rng = createRng(3);
    for (const d of [1, 2, 7, 60]) {
      const eig = Float64Array.from({ length: d }, (_, i) => (i % 3 === 0 ? 0 : i + 0.5));
      const A = fromEigen(randomOrthogonal(d, rng), eig, d);
      const { values, vectors } = symEig(A, d);
      const sorted = [...eig].sort((a, b) => a - b);
      values.forEach((v, i) => expect(v).toBeCloseTo(sorted[i], 9));
      for (let c = 0; c < d; c++) {
        const v = Float64Array.from({ length: d }, (_, k) => vectors[k * d + c]);
        expect(norm2(v)).toBeCloseTo(1, 10);
        const Av = matVec(A, d, d, v);
        v.forEach((x, k) => expect(Av[k]).toBeCloseTo(values[c] * x, 8));
      }
    }
  });

  it('symEig handles a rank-deficient Gram matrix (zero eigenvalues)', () => {
    const rng = createRng(4);
    const X = Float64Array.from({ length: 5 * 12 }, () => rng.normal());
    const { values } = symEig(gram(X, 5, 12), 12);
    expect(values.slice(0, 7).every((v) => Math.abs(v) < 1e-10)).toBe(true);
    expect(values[7]).toBeGreaterThan(1e-3);
  });

  it('solveSPD solves, topK keeps the k largest magnitudes', () => {
    const rng = createRng(5);
    const A = fromEigen(randomOrthogonal(6, rng), [1, 2, 3, 4, 5, 6], 6);
    const b = Float64Array.from([1, -2, 3, 0, 1, 2]);
    const x = solveSPD(A, 6, b);
    matVec(A, 6, 6, x).forEach((v, i) => expect(v).toBeCloseTo(b[i], 10));
    expect(Array.from(topK([0.1, -5, 3, 0, -3.5], 2))).toEqual([0, -5, 0, 0, -3.5]);
    expect(Array.from(topK([0, 0, 1], 2))).toEqual([0, 0, 1]);
  });

  it('quadratic family: x* zeroes the average gradient; L_AM ≤ L_QM; EF21 step grows with k', () => {
    const fam = makeQuadraticFamily(createRng(6), 8, 10, 50, 1);
    expect(norm2(familyGrad(fam, fam.xStar))).toBeLessThan(1e-20);
    expect(fam.lAM).toBeLessThanOrEqual(fam.lQM);
    expect(fam.mu).toBeGreaterThan(0);
    expect(ef21Step(fam.L, fam.lAM, 2, 10)).toBeLessThan(ef21Step(fam.L, fam.lAM, 5, 10));
    expect(ef21Step(fam.L, fam.lAM, 10, 10)).toBeCloseTo(1 / fam.L, 12);
  });
});
