import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';
import { createRng } from '../runtime/rng';

const defaults = defaultsOf(mod.params);
const run = (over: Partial<typeof defaults> = {}, chunk = 50) => runToEnd(mod, { ...defaults, ...over }, { chunk });
const at = (rows: Record<string, number>[], s: number) => rows.find((r) => r.step === s)!;

describe('iTool against continued SFT on toy tool calls', () => {
  it('defaults: SFT stalls on complex calls with its loss flat; failure-mined preference rounds fix them', async () => {
    const { rows, totalSteps } = await run();
    const w = defaults.warmup;
    const end = at(rows, totalSteps);
    const start = at(rows, w);
    // The shared warm-up checkpoint: easy calls right, complex calls wrong.
    expect(start.easy_sft).toBeGreaterThan(0.95);
    expect(start.complex_sft).toBeLessThan(0.1);
    // Continued SFT: 240 more batches of fresh data never lift complex accuracy, while its loss flattens.
    const after = rows.filter((r) => r.step > w);
    expect(Math.max(...after.map((r) => r.complex_sft))).toBeLessThan(0.1);
    expect(at(rows, totalSteps - 120).loss_sft - end.loss_sft).toBeLessThan(0.005);
    expect(at(rows, 1).loss_sft - end.loss_sft).toBeGreaterThan(0.5);
    // iTool: complex accuracy climbs over the rounds, without losing the easy calls.
    expect(end.complex_itool).toBeGreaterThan(0.9);
    expect(end.complex_itool - end.complex_sft).toBeGreaterThan(0.8);
    expect(at(rows, w + 5).complex_itool).toBeLessThan(end.complex_itool - 0.3);
    expect(end.easy_itool).toBeGreaterThan(0.95);
    // It pays in likelihood: iTool spends the capacity SFT spent on confident copying.
    expect(end.loss_itool).toBeGreaterThan(end.loss_sft);
    expect(mod.reached(rows)).toBe(true);
  });

  it('more synthetic data does not help SFT: 2000 further batches leave complex calls wrong', () => {
    const rng = createRng(7);
    const test = Array.from({ length: 300 }, () => mod.sampleQuery(rng, true));
    const th = new Float64Array(4);
    const accs: number[] = [];
    for (let t = 1; t <= 2000; t++) {
      const batch = Array.from({ length: mod.BATCH }, () => mod.sampleQuery(rng, rng.next() < defaults.complexShare));
      mod.sftStep(th, batch, defaults.lr, defaults.capacity);
      if (t % 500 === 0) accs.push(mod.callAccuracy(th, test));
    }
    expect(Math.max(...accs)).toBeLessThan(0.1);
  });

  it('without mining (a pair for every call) the same preference loss gains nothing', async () => {
    const { rows, totalSteps } = await run({ mine: false });
    const end = at(rows, totalSteps);
    expect(end.complex_itool).toBeLessThan(end.complex_sft + 0.05);
    expect(end.complex_itool).toBeLessThan(0.1);
  });

  it('when every query is complex, SFT learns the composition itself and iTool adds little', async () => {
    const { rows, totalSteps } = await run({ complexShare: 1 });
    const end = at(rows, totalSteps);
    expect(end.complex_sft).toBeGreaterThan(0.85);
    expect(end.complex_itool - end.complex_sft).toBeLessThan(0.1);
  });

  it('pairs are fine-grained: one per failed call, at its first wrong argument, differing only there', () => {
    const rng = createRng(3);
    const th = Float64Array.from([5, 0.8, 2.6, -0.9]); // a copy-heavy SFT-like model
    const batch = Array.from({ length: 200 }, () => mod.sampleQuery(rng, rng.next() < 0.3));
    const pairs = mod.buildPairs(th, batch, true, createRng(1));
    const failed = batch.filter((q) => q.some((s) => mod.greedy(th, s) !== mod.target(s)));
    expect(pairs.length).toBe(failed.length);
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) {
      expect(p.w).toBe(mod.target(p.slot));
      expect(p.l).toBe(mod.greedy(th, p.slot));
      expect(p.w).not.toBe(p.l);
    }
    expect(mod.buildPairs(th, batch, false, createRng(1)).length).toBe(batch.length);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await run({}, 7);
    const b = await run({}, 50);
    expect(a.rows).toEqual(b.rows);
    expect((await run({ seed: 3 })).rows).not.toEqual(a.rows);
  });
});
