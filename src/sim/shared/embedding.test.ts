import { describe, expect, it } from 'vitest';
import { createRng } from '../runtime/rng';
import { Adam, classMeans, histogram, knnAccuracy, Mlp, sampleClasses, classCentres } from './embedding';

describe('embedding: the MLP encoder and its hand-written backward pass', () => {
  for (const [hidden, normalise] of [
    [8, true],
    [0, true],
    [8, false],
  ] as const) {
    it(`matches finite differences (hidden ${hidden}, normalised ${normalise})`, () => {
      const rng = createRng(3);
      const net = new Mlp(rng, 5, hidden, 3, normalise);
      const n = 4;
      const x = Float64Array.from({ length: n * 5 }, () => rng.normal());
      const w = Float64Array.from({ length: n * 3 }, () => rng.normal());
      // L = Σ w ∘ e: ∂L/∂e = w.
      const lossAt = () => net.forward(x, n).e.reduce((s, v, i) => s + v * w[i], 0);
      net.grad.fill(0);
      net.backward(net.forward(x, n), w);
      const h = 1e-6;
      for (let k = 0; k < net.theta.length; k += 3) {
        const t = net.theta[k];
        net.theta[k] = t + h;
        const up = lossAt();
        net.theta[k] = t - h;
        const down = lossAt();
        net.theta[k] = t;
        expect(Math.abs((up - down) / (2 * h) - net.grad[k])).toBeLessThan(1e-5);
      }
      // The input gradient.
      const dX = new Float64Array(n * 5);
      net.backward(net.forward(x, n), w, dX);
      for (let k = 0; k < x.length; k += 2) {
        const t = x[k];
        x[k] = t + h;
        const up = lossAt();
        x[k] = t - h;
        const down = lossAt();
        x[k] = t;
        expect(Math.abs((up - down) / (2 * h) - dX[k])).toBeLessThan(1e-5);
      }
    });
  }

  it('normalised outputs lie on the unit sphere, and Adam lowers a simple loss', () => {
    const rng = createRng(1);
    const net = new Mlp(rng, 4, 6, 3, true);
    const x = Float64Array.from({ length: 40 }, () => rng.normal());
    const e = net.embed(x, 10);
    for (let i = 0; i < 10; i++) expect(Math.hypot(e[3 * i], e[3 * i + 1], e[3 * i + 2])).toBeCloseTo(1, 9);
    // Pull every embedding towards (1, 0, 0): L = −Σ e_x.
    const opt = new Adam(net.theta, 0.05);
    const target = new Float64Array(30);
    for (let i = 0; i < 10; i++) target[3 * i] = -1;
    for (let t = 0; t < 100; t++) {
      net.backward(net.forward(x, 10), target);
      opt.step(net.grad);
    }
    const after = net.embed(x, 10);
    let mean = 0;
    for (let i = 0; i < 10; i++) mean += after[3 * i] / 10;
    expect(mean).toBeGreaterThan(0.95);
  });
});

describe('embedding: metrics', () => {
  it('histograms sum to one; k-NN and class means behave on separated classes', () => {
    const h = histogram([-1, -0.5, 0, 0.5, 1, 2], -1, 1, 4);
    expect(h.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
    const rng = createRng(2);
    const set = sampleClasses(rng, classCentres(rng, 3, 4, 10), 4, 20, 0.1);
    expect(knnAccuracy(set.x, set.label, set.n, 4, 5, 'euclid')).toBe(1);
    const means = classMeans(set.x, set.label, set.n, 4, 3);
    expect(means.length).toBe(12);
  });
});
