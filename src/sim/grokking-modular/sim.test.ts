import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { nodeEnv } from '../runtime/nodeEnv';
import type { Frame, MetricRow } from '../runtime/types';

const defaults = defaultsOf(mod.params);
type P = typeof defaults;

/** Runs a core for `steps`, yielding to the event loop between chunks so Vitest's RPC stays answered. */
async function run(over: Partial<P>, steps: number, chunk = 50) {
  const params = { ...defaults, ...over };
  const sim = await mod.createSim(params, await nodeEnv(params.seed, true));
  const rows: MetricRow[] = [];
  const frames: Frame[] = [];
  for (let done = 0; done < steps; done += chunk) {
    const out = sim.step(Math.min(chunk, steps - done));
    rows.push(...out.rows);
    if (out.frame) frames.push(out.frame);
    await new Promise((r) => setImmediate(r));
  }
  sim.dispose();
  return { rows, frames };
}
const first = (rows: MetricRow[], f: (r: MetricRow) => boolean) => rows.find(f)?.step ?? Infinity;
const at = (rows: MetricRow[], s: number) => rows.find((r) => r.step === s)!;

describe('grokking-modular: a + b mod p', () => {
  let base: MetricRow[] = [];

  it('defaults: memorises by step 200 with test near chance, then groks by step 1200', async () => {
    const { rows, frames } = await run({}, 1200);
    base = rows;
    expect(first(rows, (r) => r.trainAcc >= 0.99)).toBeLessThanOrEqual(200);
    expect(at(rows, 200).testAcc).toBeLessThanOrEqual(0.2);
    const te90 = first(rows, (r) => r.testAcc >= 0.9);
    expect(te90).toBeLessThanOrEqual(1200);
    expect(te90 - first(rows, (r) => r.trainAcc >= 0.99)).toBeGreaterThanOrEqual(400);
    expect(mod.reached(rows)).toBe(true);
    // Each hidden unit's input weights concentrate on one Fourier frequency.
    expect(rows[0].fourierConc).toBeLessThan(0.3);
    expect(at(rows, 1200).fourierConc).toBeGreaterThan(0.7);
    // The weight norm grows from its small initialisation even with weight decay on.
    expect(at(rows, 1200).weightNorm).toBeGreaterThan(2 * rows[0].weightNorm);
    const heat = frames[frames.length - 1].fourier;
    expect(heat.kind).toBe('heatmap');
    if (heat.kind === 'heatmap') expect([heat.rows, heat.cols, heat.values.length]).toEqual([128, 15, 128 * 15]);
    expect(frames.length).toBe(1200 / mod.FRAME_EVERY);
  });

  it('without weight decay it memorises but does not grok within 2000 steps', async () => {
    const { rows } = await run({ wd: 0 }, 2000);
    expect(first(rows, (r) => r.trainAcc >= 0.99)).toBeLessThanOrEqual(200);
    expect(at(rows, 2000).testAcc).toBeLessThan(0.2);
    expect(at(rows, 2000).fourierConc).toBeLessThan(0.6);
  });

  it('more weight decay and more training data make it grok sooner', async () => {
    const weak = (await run({ wd: 0.3 }, 600)).rows;
    const strong = (await run({ wd: 3 }, 600)).rows;
    expect(at(weak, 600).testAcc).toBeLessThan(at(base, 600).testAcc);
    expect(at(base, 600).testAcc).toBeLessThan(at(strong, 600).testAcc);
    expect(first(strong, (r) => r.testAcc >= 0.9)).toBeLessThan(first(base, (r) => r.testAcc >= 0.9));
    const more = (await run({ frac: 0.7 }, 400)).rows;
    expect(first(more, (r) => r.testAcc >= 0.9)).toBeLessThan(first(base, (r) => r.testAcc >= 0.9));
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await run({}, 100, 7);
    const b = await run({}, 100, 50);
    expect(a).toEqual(b);
    const c = await run({ seed: 2 }, 100, 50);
    expect(c.rows).not.toEqual(a.rows);
  });

  it('keeps a flat tensor count and frees everything (both activations)', async () => {
    for (const act of ['square', 'relu'] as const) {
      const env = await nodeEnv(3, true);
      const before = env.tf.memory().numTensors;
      const sim = await mod.createSim({ ...defaults, act, p: '23', width: 32 }, env);
      sim.step(1);
      const after1 = env.tf.memory().numTensors;
      sim.step(200);
      expect(env.tf.memory().numTensors).toBe(after1);
      sim.dispose();
      expect(env.tf.memory().numTensors).toBe(before);
    }
  });
});
