import { describe, expect, it } from 'vitest';
import { createRng } from '../runtime/rng';
import {
  backward,
  crossEntropy,
  dense,
  forward,
  gaussianClasses,
  loopSim,
  mlp,
  mlpOutputs,
  mlpStep,
  relu,
  reluBack,
  topKAccuracy,
  zeroGrad,
} from './classifier';

describe('shared classifier world', () => {
  it('flips labels at the requested rate, always to another class', () => {
    const d = gaussianClasses(createRng(1), 3000, 4, 0.5, 0.3);
    let flips = 0;
    for (let i = 0; i < d.n; i++) if (d.y[i] !== d.clean[i]) flips++;
    expect(flips / d.n).toBeGreaterThan(0.27);
    expect(flips / d.n).toBeLessThan(0.33);
    const a = gaussianClasses(createRng(1), 300, 4, 0.5, 1, 'asymmetric');
    for (let i = 0; i < a.n; i++) expect(a.y[i]).toBe((a.clean[i] + 1) % 4);
  });

  it('backpropagates through dense and ReLU layers exactly (finite differences)', () => {
    const r = createRng(4),
      n = 5;
    const l1 = dense(r, 3, 6),
      l2 = dense(r, 6, 4, 1);
    const x = Float32Array.from({ length: n * 3 }, () => r.normal());
    const y = Int32Array.from({ length: n }, () => r.int(4));
    const lossAt = () => crossEntropy(forward(l2, relu(forward(l1, x, n)), n), y, n, 4);
    zeroGrad(l1, l2);
    const h = relu(forward(l1, x, n));
    const g = new Float32Array(n * 4);
    crossEntropy(forward(l2, h, n), y, n, 4, g);
    backward(l1, x, reluBack(h, backward(l2, h, g, n)!), n, false);
    for (const [L, i] of [
      [l1, 2],
      [l1, 7],
      [l2, 5],
      [l2, 20],
    ] as const) {
      const w0 = L.w[i];
      L.w[i] = w0 + 1e-2;
      const up = lossAt();
      L.w[i] = w0 - 1e-2;
      const dn = lossAt();
      L.w[i] = w0;
      expect(L.gw[i]).toBeCloseTo((up - dn) / 2e-2, 3);
    }
  });

  it('trains a small network to separate clean Gaussian classes', () => {
    const d = gaussianClasses(createRng(2), 200, 3, 0.2);
    const net = mlp(createRng(3), 2, 16, 3, 0.02);
    for (let t = 0; t < 150; t++) mlpStep(net, d.x, d.n, (o, g) => crossEntropy(o, d.y, d.n, 3, g));
    expect(topKAccuracy(mlpOutputs(net, d.x, d.n), d.clean, d.n, 3)).toBeGreaterThan(0.95);
  });

  it('top-k accuracy counts ties against the label', () => {
    const s = Float32Array.of(1, 1, 0, 0, 2, 1);
    expect(topKAccuracy(s, Int32Array.of(0, 0), 2, 3, 1)).toBe(0);
    expect(topKAccuracy(s, Int32Array.of(0, 0), 2, 3, 2)).toBe(0.5);
  });

  it('loopSim emits the same rows whatever the chunk size, and stops on divergence', () => {
    const run = (chunk: number, blowAt = Infinity) => {
      let v = 1;
      const sim = loopSim({
        total: 50,
        every: 5,
        frameEvery: 10,
        advance: (s) => (s === blowAt ? NaN : (v *= 0.9)),
        measure: (s) => ({ v, s }),
      });
      const rows = [];
      for (let done = 0; done < 60; done += chunk) rows.push(...sim.step(chunk).rows);
      return rows;
    };
    expect(JSON.stringify(run(3))).toBe(JSON.stringify(run(50)));
    expect(run(7)).toHaveLength(11);
    const broken = run(4, 12);
    expect(broken.at(-1)).toEqual({ step: 13, diverged: 1 });
  });
});
