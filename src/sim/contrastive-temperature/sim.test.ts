import type { Tensor, Tensor2D } from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { nodeEnv, runToEnd } from '../runtime/nodeEnv';
import { createRng } from '../runtime/rng';
import { loadTfForNode } from '../runtime/tfNode';
import type { MetricRow, PanelData } from '../runtime/types';
import { uniformityMax } from '../shared/contrastive';
import { hardMask } from './hardMask';
import { createEncoder, OFF, type LossKind } from './model';
import * as mod from './sim';

type P = typeof mod.defaults;
const cache = new Map<string, Promise<{ rows: MetricRow[]; frame?: Record<string, PanelData> }>>();
/**
 * A full default-length run (shared between tests). Unlike runToEnd it yields to the event loop
 * between chunks, so Vitest's worker stays responsive during the long runs.
 */
async function runFull(p: P) {
  const env = await nodeEnv(p.seed, true);
  const sim = mod.createSim(p, env);
  const rows: MetricRow[] = [];
  let frame: Record<string, PanelData> | undefined;
  for (let done = 0; done < sim.totalSteps; done += 50) {
    const out = sim.step(50);
    rows.push(...out.rows);
    if (out.frame) frame = out.frame;
    await new Promise((resolve) => setImmediate(resolve));
  }
  sim.dispose();
  return { rows, frame };
}
const run = (over: Partial<P>) => {
  const p = { ...mod.defaults, ...over };
  const key = JSON.stringify(p);
  if (!cache.has(key)) cache.set(key, runFull(p));
  return cache.get(key)!;
};
const final = async (over: Partial<P>) => {
  const { rows } = await run(over);
  return rows[rows.length - 1];
};

describe('contrastive temperature: the paper’s claims (config C1, m = 8, default seed)', () => {
  it('small τ gives a near-uniform embedding; τ = 1 gives a less uniform, more tolerant one', async () => {
    const cold = await final({ tau: 0.05 });
    const hot = await final({ tau: 1 });
    const max = uniformityMax(8);
    expect(cold.step).toBe(mod.TOTAL_STEPS);
    expect(cold.uniformity).toBeGreaterThan(max - 0.05);
    expect(hot.uniformity).toBeLessThan(cold.uniformity - 0.2);
    expect(hot.tolerance).toBeGreaterThan(cold.tolerance + 0.2);
    // Fig. 8: a larger τ pulls the two views of an instance closer together.
    expect(hot.posSim).toBeGreaterThan(cold.posSim);
  });

  it('tolerance rises with τ across the grid 0.05, 0.2, 1 (within 0.03)', async () => {
    const t = await Promise.all([0.05, 0.2, 1].map(async (tau) => (await final({ tau })).tolerance));
    expect(t[1]).toBeGreaterThan(t[0] - 0.03);
    expect(t[2]).toBeGreaterThan(t[1] - 0.03);
  });

  it('the hard contrastive loss keeps uniformity high and tolerance low even at τ = 1', async () => {
    const hot = await final({ tau: 1 });
    const hard = await final({ tau: 1, loss: 'hard' });
    expect(hard.uniformity).toBeGreaterThan(uniformityMax(8) - 0.05);
    expect(hard.uniformity).toBeGreaterThan(hot.uniformity + 0.2);
    expect(hard.tolerance).toBeLessThan(hot.tolerance - 0.2);
  });

  it('the simple loss (the τ → ∞ limit) spreads the embedding far less', async () => {
    const simple = await final({ loss: 'simple' });
    const hot = await final({ tau: 1 });
    expect(simple.uniformity).toBeLessThan(hot.uniformity - 0.5);
    expect(simple.tolerance).toBeGreaterThan(hot.tolerance);
  });

  it('the default run settles (reached), within the row and frame budgets, all finite', async () => {
    const { rows, frame } = await run({});
    expect(mod.reached(rows)).toBe(true);
    expect(rows.length).toBeLessThanOrEqual(400);
    for (const r of rows) for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
    expect(rows[0].step).toBe(0);
    expect(rows[0]).not.toHaveProperty('loss');
    const emb = frame!.embedding;
    expect(emb.kind).toBe('points');
    if (emb.kind === 'points') {
      expect(emb.x).toHaveLength(512);
      expect(emb.z).toBeUndefined();
      for (let i = 0; i < 512; i++) expect(emb.x[i] ** 2 + emb.y[i] ** 2).toBeLessThanOrEqual(1 + 1e-5);
    }
    const hist = frame!.hist;
    expect(hist.kind).toBe('bars');
    if (hist.kind === 'bars')
      for (const s of hist.series) expect(s.values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });
});

describe('contrastive temperature: mechanics', () => {
  it('is deterministic by seed and identical in chunks of 7 or 50, also with the hard mask', async () => {
    for (const loss of ['contrastive', 'hard'] as const) {
      const p = { ...mod.defaults, loss, dim: '3' as const };
      const a = await runToEnd(mod, p, { steps: 60, chunk: 7 });
      const b = await runToEnd(mod, p, { steps: 60, chunk: 50 });
      expect(a.rows).toEqual(b.rows);
      expect(a.frame).toEqual(b.frame);
      const emb = a.frame!.embedding;
      expect(emb.kind === 'points' && emb.z?.length).toBe(512);
      const c = await runToEnd(mod, { ...p, seed: 2 }, { steps: 60, chunk: 50 });
      expect(c.rows).not.toEqual(a.rows);
    }
  });

  it('keeps a flat tensor count while training and frees everything on dispose', async () => {
    for (const loss of ['contrastive', 'hard', 'simple'] as const) {
      const env = await nodeEnv(1, true);
      const tf = env.tf;
      const start = tf.memory().numTensors;
      const sim = mod.createSim({ ...mod.defaults, loss }, env);
      sim.step(1);
      const after1 = tf.memory().numTensors;
      sim.step(200);
      expect(tf.memory().numTensors).toBe(after1);
      sim.dispose();
      expect(tf.memory().numTensors).toBe(start);
    }
  });

  it('the hand-written backward pass equals autograd for every loss', async () => {
    const tf = await loadTfForNode();
    const rng = createRng(5);
    const batch = 16;
    const N = 2 * batch;
    const x = tf.tensor2d(
      Float32Array.from({ length: N * 16 }, () => rng.normal()),
      [N, 16],
    );
    for (const loss of ['contrastive', 'hard', 'simple', 'hardSimple'] as LossKind[]) {
      const tau = 0.3;
      const keep = 5;
      const enc = createEncoder(tf, createRng(1), { inputDim: 16, dim: 8, batch, tau, loss, keep });
      const { hand, auto } = tf.tidy(() => {
        const w = enc.weights();
        const embed = (ws: Tensor[]) => {
          const h = tf.relu(tf.add(tf.matMul(x, ws[0] as Tensor2D), ws[1]));
          const z = tf.add(tf.matMul(h, ws[2] as Tensor2D), ws[3]);
          return tf.div(z, tf.norm(z, 'euclidean', 1, true)) as Tensor2D;
        };
        // The hard mask is a selection from values, made outside the tape.
        const e0 = embed(w);
        const kept = hardMask(tf.matMul(e0, tf.transpose(e0)).dataSync() as Float32Array, N, batch, keep);
        const pos = new Float32Array(N * N);
        const neg = new Float32Array(N * N);
        for (let i = 0; i < N; i++)
          for (let j = 0; j < N; j++) {
            const isPos = j === (i + batch) % N;
            pos[i * N + j] = isPos ? 1 : 0;
            neg[i * N + j] = loss === 'hard' || loss === 'hardSimple' ? kept[i * N + j] : i !== j && !isPos ? 1 : 0;
          }
        const posT = tf.tensor2d(pos, [N, N]);
        const negT = tf.tensor2d(neg, [N, N]);
        const f = (...ws: Tensor[]) => {
          const e = embed(ws);
          const s = tf.matMul(e, tf.transpose(e));
          if (loss === 'contrastive' || loss === 'hard') {
            const logits = tf.add(tf.div(s, tau), tf.mul(tf.sub(1, tf.add(negT, posT)), OFF));
            return tf.mean(tf.sub(tf.logSumExp(logits, 1), tf.sum(tf.mul(logits, posT), 1)));
          }
          const wNeg = tf.div(negT, tf.sum(negT, 1, true));
          return tf.mean(tf.sub(tf.sum(tf.mul(wNeg, s), 1), tf.sum(tf.mul(posT, s), 1)));
        };
        const auto = tf
          .grads(f)(w)
          .map((g) => g.dataSync());
        const hand = enc.gradients(x).grads.map((g) => g.dataSync());
        return { hand, auto };
      });
      hand.forEach((g, k) => {
        const scale = Math.max(...Array.from(auto[k], Math.abs));
        for (let i = 0; i < g.length; i++) expect(Math.abs(g[i] - auto[k][i])).toBeLessThan(1e-4 * scale + 1e-7);
      });
      enc.dispose();
    }
    x.dispose();
  });

  it('the hard mask keeps exactly each anchor’s most similar negatives', () => {
    const rng = createRng(9);
    const N = 40;
    const m = 4;
    const e = Float32Array.from({ length: N * m }, () => rng.normal());
    const keep = 6;
    const sim = new Float32Array(N * N);
    for (let i = 0; i < N; i++)
      for (let j = 0; j < N; j++) for (let c = 0; c < m; c++) sim[i * N + j] += e[i * m + c] * e[j * m + c];
    const mask = hardMask(sim, N, N / 2, keep);
    for (let i = 0; i < N; i++) {
      const sims = [];
      for (let j = 0; j < N; j++) {
        if (j === i || j === (i + N / 2) % N) continue;
        sims.push({ j, s: sim[i * N + j] });
      }
      sims.sort((a, b) => b.s - a.s);
      const want = new Set(sims.slice(0, keep).map((v) => v.j));
      for (let j = 0; j < N; j++) expect(mask[i * N + j]).toBe(want.has(j) ? 1 : 0);
    }
  });
});
