import { describe, expect, it } from 'vitest';
import { createRng } from '../runtime/rng';
import { LogLinear, addTabularGrad, dpoLoss, dpoWeight, groupAdvantages, logSoftmax, softmax } from './policy';

/** Central finite difference of f at x along coordinate i. */
const fd = (f: (x: Float64Array) => number, x: Float64Array, i: number, h = 1e-6) => {
  const a = Float64Array.from(x);
  const b = Float64Array.from(x);
  a[i] += h;
  b[i] -= h;
  return (f(a) - f(b)) / (2 * h);
};

describe('softmax-policy maths', () => {
  it('log-softmax is the log of softmax and stable for large logits', () => {
    const z = [1000, 1001, 999];
    const ls = logSoftmax(z);
    const p = softmax(z);
    ls.forEach((v, i) => expect(v).toBeCloseTo(Math.log(p[i]), 12));
  });

  it('tabular: ∇_z log π(y) = e_y − π', () => {
    const z = Float64Array.from([0.3, -1, 2, 0.5]);
    const g = addTabularGrad(new Float64Array(4), softmax(z), 2, 1);
    for (let i = 0; i < 4; i++)
      expect(g[i]).toBeCloseTo(
        fd((x) => logSoftmax(x)[2], z, i),
        6,
      );
  });

  it('log-linear: ∇_θ log π(y) = φ_y − E_π φ', () => {
    const rng = createRng(3);
    const K = 5,
      d = 3;
    const m = new LogLinear(
      Float64Array.from({ length: K * d }, () => rng.normal()),
      K,
      d,
    );
    const theta = Float64Array.from({ length: d }, () => rng.normal());
    const g = m.gradLogProb(m.probs(theta), 1);
    for (let j = 0; j < d; j++)
      expect(g[j]).toBeCloseTo(
        fd((t) => Math.log(m.probs(t)[1]), theta, j),
        6,
      );
  });

  it('DPO weight is minus the derivative of the loss in the margin', () => {
    for (const m of [-3, 0, 0.7, 5]) {
      const num = (dpoLoss(m + 1e-6, 0.5) - dpoLoss(m - 1e-6, 0.5)) / 2e-6;
      expect(dpoWeight(m, 0.5)).toBeCloseTo(-num, 6);
    }
  });

  it('group advantages: centred, optionally scaled to unit spread, zero for a constant group', () => {
    const a = groupAdvantages([1, 0, 0, 1], false);
    expect(Array.from(a)).toEqual([0.5, -0.5, -0.5, 0.5]);
    expect(Array.from(groupAdvantages([1, 0, 0, 1], true))).toEqual([1, -1, -1, 1]);
    expect(Array.from(groupAdvantages([1, 1, 1], true))).toEqual([0, 0, 0]);
  });
});
