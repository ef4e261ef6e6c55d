import { describe, expect, it } from 'vitest';
import { createRng } from '../runtime/rng';
import { nodeEnv, runToEnd } from '../runtime/nodeEnv';
import { loadTfForNode } from '../runtime/tfNode';
import {
  contrastiveGrad,
  contrastiveLoss,
  effectiveInterval,
  entropy,
  largeTauLimit,
  relativePenalty,
  smallTauLimit,
} from '../shared/contrastive';
import * as mod from './sim';

const sample = async (n = 4096, seed = 1) => mod.sampleNegatives(await nodeEnv(seed, false), n);

describe('hardness: the relative penalty (Wang & Liu Eq. 5)', () => {
  it('its entropy rises strictly with τ, and tends to log n as τ → ∞', async () => {
    const s = await sample();
    const taus = [0.05, 0.1, 0.2, 0.5, 1, 2];
    const h = taus.map((t) => entropy(relativePenalty(s, t)));
    for (let k = 1; k < h.length; k++) expect(h[k]).toBeGreaterThan(h[k - 1]);
    expect(entropy(relativePenalty(s, 100))).toBeGreaterThan(0.99 * Math.log(s.length));
    expect(entropy(relativePenalty(s, 100))).toBeLessThanOrEqual(Math.log(s.length) + 1e-12);
  });

  it('satisfies the ratio identity r(s₁)/r(s₂) = e^{(s₁−s₂)/τ}', async () => {
    const s = await sample(256);
    for (const tau of [0.03, 0.2, 1, 5]) {
      const r = relativePenalty(s, tau);
      for (const [i, j] of [
        [0, 255],
        [17, 200],
        [100, 101],
        [250, 3],
      ]) {
        const want = Math.exp((s[i] - s[j]) / tau);
        expect(Math.abs(r[i] / r[j] / want - 1)).toBeLessThan(1e-6);
      }
    }
  });

  it('the core’s one-pass summary agrees with the direct definitions', async () => {
    const s = await sample();
    for (const tau of [0.01, 0.07, 0.5, 3]) {
      const fast = mod.penaltyStats(s, tau);
      expect(fast.entropy).toBeCloseTo(entropy(relativePenalty(s, tau)), 9);
      const direct = effectiveInterval(s, tau, 0.9);
      expect(fast.intervalLo).toBe(direct.lo);
      expect(fast.intervalShare).toBeCloseTo(direct.count / s.length, 12);
    }
  });

  it('lower τ concentrates 90% of the penalty on fewer, harder negatives', async () => {
    const s = await sample();
    const a = mod.penaltyStats(s, 0.07);
    const b = mod.penaltyStats(s, 1);
    expect(a.intervalShare).toBeLessThan(0.15);
    expect(b.intervalShare).toBeGreaterThan(0.6);
    expect(a.intervalLo).toBeGreaterThan(b.intervalLo);
  });
});

describe('hardness: gradients and limits of the contrastive loss (Eqs. 1–7)', () => {
  it('matches autograd, and the negatives’ gradients sum to minus the positive’s', async () => {
    const tf = await loadTfForNode();
    const rng = createRng(7);
    for (const tau of [0.07, 0.3, 1]) {
      const sPos = rng.uniform(-1, 1);
      const sNeg = Array.from({ length: 20 }, () => rng.uniform(-1, 1));
      const { dPos, dNeg } = contrastiveGrad(sPos, sNeg, tau);
      const lossOf = (v: import('@tensorflow/tfjs-core').Tensor) => {
        const logits = tf.div(v, tau);
        return tf.sub(tf.logSumExp(logits), tf.slice(logits, 0, 1).squeeze());
      };
      const g = tf.tidy(
        () =>
          tf
            .grad(lossOf)(tf.tensor1d([sPos, ...sNeg], 'float32'))
            .arraySync() as number[],
      );
      expect(g[0]).toBeCloseTo(dPos, 4);
      dNeg.forEach((v, j) => expect(g[j + 1]).toBeCloseTo(v, 4));
      const sumNeg = dNeg.reduce((a, b) => a + b, 0);
      expect(Math.abs(sumNeg + dPos)).toBeLessThan(1e-12);
      expect(contrastiveLoss(sPos, sNeg, tau)).toBeCloseTo(
        tf.tidy(() => lossOf(tf.tensor1d([sPos, ...sNeg])).arraySync() as number),
        4,
      );
    }
  });

  it('approaches the triplet limit as τ → 0 and the simple loss as τ → ∞', () => {
    const rng = createRng(3);
    const sNeg = Array.from({ length: 16 }, () => rng.uniform(-1, 1));
    const sPos = 0.2;
    const small = 0.01;
    expect(Math.abs(contrastiveLoss(sPos, sNeg, small) / smallTauLimit(sPos, sNeg, small) - 1)).toBeLessThan(0.01);
    const big = 1000;
    const N = sNeg.length + 1;
    expect(Math.abs(contrastiveLoss(sPos, sNeg, big) / largeTauLimit(sPos, sNeg, big) - 1)).toBeLessThan(0.01);
    // The part beyond log N (the linear, "simple loss" term) also matches within 1%.
    const beyond = (contrastiveLoss(sPos, sNeg, big) - Math.log(N)) / (largeTauLimit(sPos, sNeg, big) - Math.log(N));
    expect(Math.abs(beyond - 1)).toBeLessThan(0.01);
  });
});

describe('hardness: the core', () => {
  it('emits the whole curve, finite, with one interval marker, identically in any chunking', async () => {
    const p = { ...mod.defaults };
    const a = await runToEnd(mod, p, { chunk: 7 });
    const b = await runToEnd(mod, p, { chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    expect(a.rows).toHaveLength(mod.GRID);
    expect(mod.reached(a.rows)).toBe(true);
    for (const r of a.rows) for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
    expect(a.rows.filter((r) => r.intervalStart === 1)).toHaveLength(1);
    // The curve is a density over the grid: penalties rise with similarity.
    expect(a.rows[mod.GRID - 1].penaltyRel).toBeGreaterThan(a.rows[0].penaltyRel);
    expect(a.frame?.entropy.kind).toBe('curves');
  });

  it('recomputes instantly (well under one animation frame)', async () => {
    const p = { ...mod.defaults, tau: 0.03 };
    const env = await nodeEnv(p.seed, false);
    const t0 = performance.now();
    const sim = mod.createSim(p, env);
    sim.step(sim.totalSteps);
    const ms = performance.now() - t0;
    // Logged, not asserted (DESIGN §9: tests never assert wall-clock timings).
    console.log(`hardness: full recompute ${ms.toFixed(1)} ms`);
  });
});
