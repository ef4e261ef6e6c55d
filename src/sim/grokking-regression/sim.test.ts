import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { nodeEnv } from '../runtime/nodeEnv';
import type { MetricRow } from '../runtime/types';
import { buildModel } from './model';
import { measure } from './metrics';

const defaults = defaultsOf(mod.params);
type P = typeof defaults;
/** runToEnd, but yielding to the event loop between chunks so Vitest's RPC stays answered. */
async function run(over: Partial<P>, steps = mod.TOTAL_STEPS, chunk = 100): Promise<MetricRow[]> {
  const params = { ...defaults, ...over };
  const sim = await mod.createSim(params, await nodeEnv(params.seed, true));
  const rows: MetricRow[] = [];
  for (let done = 0; done < steps; done += chunk) {
    rows.push(...sim.step(Math.min(chunk, steps - done)).rows);
    await new Promise((r) => setImmediate(r));
  }
  sim.dispose();
  return rows;
}
/** First emitted step at which the predicate holds (Infinity if never). */
const first = (rows: MetricRow[], f: (r: MetricRow) => boolean) => rows.find(f)?.step ?? Infinity;
const crossings = (rows: MetricRow[]) => ({
  tr10: first(rows, (r) => r.trainRel < 0.1),
  te25: first(rows, (r) => r.testRel < 0.25),
  te10: first(rows, (r) => r.testRel < 0.1),
});

describe('grokking-regression: the lazy-to-rich transition', () => {
  it('defaults: memorises first, test rises, then generalises; features align; the lazy twin never does', async () => {
    const rows = await run({ twin: true }, 6000);
    const { tr10, te25, te10 } = crossings(rows);
    const at = (s: number) => rows.find((r) => r.step === s)!;
    // Memorisation first: train below 10% of its start while test is still above 40%.
    expect(tr10).toBeLessThanOrEqual(600);
    expect(at(tr10).testRel).toBeGreaterThan(0.4);
    // The transient rise of the test loss above its initial value.
    expect(Math.max(...rows.map((r) => r.testRel))).toBeGreaterThan(1.05);
    // Then generalisation, much later in log-time.
    expect(te25).toBeLessThanOrEqual(2500);
    expect(te10).toBeLessThanOrEqual(6000);
    expect(te25 / tr10).toBeGreaterThanOrEqual(2.5);
    // Feature learning is what brings the test loss down.
    expect(rows[0].alignment).toBeLessThan(0.2);
    expect(at(te25).alignment).toBeGreaterThanOrEqual(0.8);
    const last = rows[rows.length - 1];
    expect(last.alignment).toBeGreaterThan(0.9);
    expect(last.weightNorm).toBeGreaterThanOrEqual(1.5 * rows[0].weightNorm);
    // The three-term formula equals the test MSE on the figure's own 4000 test points within 5%.
    for (const s of [100, 500, 1000, 2000, 4000]) {
      const r = at(s);
      expect(Math.abs((r.varRel + r.alignRel + r.linRel) / r.testRel - 1)).toBeLessThan(0.05);
    }
    // The linearised network fits the training set but its test loss never comes down.
    expect(Math.min(...rows.map((r) => r.twinTestRel))).toBeGreaterThan(0.6);
    // Markers: one train crossing, one test crossing, on the right rows.
    expect(rows.filter((r) => r.cross > 0).map((r) => [r.step, r.cross])).toEqual([
      [tr10, 1],
      [te25, 2],
    ]);
    expect(mod.reached(rows)).toBe(true);
    expect(rows.length).toBeLessThanOrEqual(400);
  });

  it('rich limit (α = 0.1): test falls almost with train', async () => {
    const rows = await run({ alpha: 0.1 }, 600);
    const { tr10, te25, te10 } = crossings(rows);
    expect(te25).toBeLessThanOrEqual(300);
    expect(te10).toBeLessThanOrEqual(600);
    expect(te25 / tr10).toBeLessThan(2.5);
    // The rich, strongly nonlinear corner stays stable (the step constant is capped there).
    const corner = await run({ alpha: 0.1, eps: 1 }, 300);
    expect(corner.some((r) => r.diverged)).toBe(false);
    expect(corner[corner.length - 1].trainRel).toBeLessThan(0.5);
  });

  it('larger α delays generalisation; α = 10 (lazy) has not generalised by the end of the run', async () => {
    const te25 = (rows: MetricRow[]) => crossings(rows).te25;
    const [a01, a1, a3] = [
      te25(await run({ alpha: 0.1 }, 400)),
      te25(await run({ alpha: 1 }, 1500)),
      te25(await run({ alpha: 3 }, 4000)),
    ];
    expect(a01).toBeLessThan(a1);
    expect(a1 * 2).toBeLessThan(a3);
    expect(a3).toBeLessThan(Infinity);
    const lazy = await run({ alpha: 10 });
    expect(lazy[lazy.length - 1].step).toBe(mod.TOTAL_STEPS);
    expect(Math.min(...lazy.map((r) => r.testRel))).toBeGreaterThan(0.25);
    expect(lazy[lazy.length - 1].alignment).toBeLessThan(0.85);
  });

  it('no-grok preset (ε = 1, α = 8): the kernel memorises and the dynamics freeze', async () => {
    const rows = await run({ eps: 1, alpha: 8 }, 5000);
    expect(first(rows, (r) => r.trainRel < 1e-3)).toBeLessThanOrEqual(1000);
    expect(Math.min(...rows.map((r) => r.testRel))).toBeGreaterThan(0.4);
    expect(mod.reached(rows)).toBe(false);
  });

  it('the three-term decomposition is the population test loss (100k fresh test points, within 2%)', async () => {
    const env = await nodeEnv(defaults.seed, true);
    const model = buildModel(env.tf, env.rng, { ...defaults, twin: false }, 100_000);
    const checkpoints = new Set([0, 150, 400, 800, 1500]);
    for (let t = 0; t <= 1500; t++) {
      if (checkpoints.has(t)) {
        const m = measure(model);
        expect(Math.abs((m.varTerm + m.alignTerm + m.linTerm) / m.testLoss - 1)).toBeLessThan(0.02);
      }
      model.step();
    }
    model.dispose();
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await run({ twin: true }, 300, 7);
    const b = await run({ twin: true }, 300, 50);
    expect(a).toEqual(b);
    const c = await run({ twin: true, seed: 2 }, 300, 50);
    expect(c).not.toEqual(a);
  });

  it('keeps a flat tensor count and frees everything', async () => {
    const env = await nodeEnv(3, true);
    const before = env.tf.memory().numTensors;
    const sim = await mod.createSim({ ...defaults, twin: true }, env);
    sim.step(1);
    const after1 = env.tf.memory().numTensors;
    sim.step(200);
    expect(env.tf.memory().numTensors).toBe(after1);
    sim.dispose();
    expect(env.tf.memory().numTensors).toBe(before);
  });
});
