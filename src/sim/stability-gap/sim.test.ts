import { beforeAll, describe, expect, it } from 'vitest';
import { defaultsOf } from '../runtime/params';
import { nodeEnv, runToEnd } from '../runtime/nodeEnv';
import type { MetricRow } from '../runtime/types';
import { ContinualMetrics, windowedChange } from './metrics';
import * as mod from './sim';
import type { StabilityGapParams } from './params';

const defaults = defaultsOf(mod.params);
const clusters: StabilityGapParams = { ...defaults, data: 'clusters' };
const IT = defaults.iters;

const run = (over: Partial<StabilityGapParams>, chunk = 50) => runToEnd(mod, { ...clusters, ...over }, { chunk });
/** Value of `key` in the row emitted at step s. */
const at = (rows: MetricRow[], s: number, key: string) => {
  const v = rows.find((r) => r.step === s)?.[key];
  if (v === undefined) throw new Error(`no ${key} at step ${s}`);
  return v;
};
/** Largest drop of task i's accuracy below its value at the end of task `sw`, within `window` iterations of the switch. */
const dropAfterSwitch = (rows: MetricRow[], i: number, sw: number, window = 30) => {
  const before = at(rows, sw * IT, `acc${i}`);
  const after = rows.filter((r) => r.step > sw * IT && r.step <= sw * IT + window).map((r) => r[`acc${i}`]);
  expect(after.length).toBe(window); // every iteration right after a switch is a row
  return before - Math.min(...after);
};

describe('continual-evaluation metrics match the reference semantics (flagships.md §B.3 item 7)', () => {
  it('windowed forgetting and plasticity', () => {
    expect(windowedChange([0.9, 0.5, 0.8], 10)).toBeCloseTo(0.4, 12);
    expect(windowedChange([0.9, 0.5, 0.8], 2)).toBeCloseTo(0.4, 12); // consecutive pair still counts
    expect(windowedChange([0.9, 0.5, 0.8], 1)).toBe(0);
    // The window is the last w evaluations: 0.9 → 0.5 lie three evaluations apart, so w = 3 only sees 0.8 → 0.5.
    expect(windowedChange([0.9, 0.8, 0.7, 0.5], 3)).toBeCloseTo(0.3, 12);
    expect(windowedChange([0.9, 0.8, 0.7, 0.5], 4)).toBeCloseTo(0.4, 12);
    expect(windowedChange([0.2, 0.9], 10, -1)).toBeCloseTo(0.7, 12);
  });

  it('min-ACC ignores a task until its training has ended; WC-ACC never exceeds the mean accuracy', () => {
    const m = new ContinualMetrics(10);
    expect(m.record(1, [0.3], false).minAcc).toBeUndefined();
    expect(m.record(1, [0.95], true).wcAcc).toBeCloseTo(0.95, 12);
    const v1 = m.record(2, [0.6, 0.2], false); // first evaluation after task 1 ended
    expect(v1.minAcc).toBeCloseTo(0.6, 12); // the 0.3 seen while training task 1 does not count
    expect(v1.wcAcc).toBeCloseTo(0.5 * 0.2 + 0.5 * 0.6, 12);
    const v2 = m.record(2, [0.9, 0.9], true);
    expect(v2.minAcc).toBeCloseTo(0.6, 12);
    expect(v2.forg).toBeCloseTo(0.05, 12); // boundary forgetting: 0.95 → 0.9
    expect(v2.wf).toBeCloseTo((0.95 - 0.6 + 0) / 2, 12); // the current task is averaged in, as in the code
    const seqs = [
      [1, [0.5], false],
      [1, [0.9], true],
      [2, [0.4, 0.3], false],
      [2, [0.8, 0.7], true],
      [3, [0.2, 0.6, 0.1], false],
    ] as const;
    const m2 = new ContinualMetrics(10);
    for (const [k, accs, b] of seqs) {
      const v = m2.record(k, accs, b);
      expect(v.wcAcc).toBeLessThanOrEqual(v.acc + 1e-12);
    }
  });
});

describe('stability gap under incremental joint training, θ = 80° (clusters)', () => {
  let rows: MetricRow[] = [];
  let coarse: MetricRow[] = [];
  let end1 = NaN;
  beforeAll(async () => {
    rows = (await run({})).rows;
    coarse = (await run({ evalEvery: 'boundary' })).rows;
    end1 = at(rows, IT, 'acc1');
  }, 120_000);

  it('task 1 is learnt, drops by ≥ 0.10 within 30 iterations of the switch, and recovers', () => {
    expect(end1).toBeGreaterThanOrEqual(0.97);
    expect(dropAfterSwitch(rows, 1, 1)).toBeGreaterThanOrEqual(0.1);
    expect(at(rows, 2 * IT, 'acc1')).toBeGreaterThanOrEqual(end1 - 0.03);
    expect(at(rows, 3 * IT, 'acc1')).toBeGreaterThanOrEqual(end1 - 0.03);
  });

  it('boundary-only evaluation hides it: forgetting ≤ 0.03 there, WF¹⁰ ≥ 0.10 per iteration', () => {
    const diamonds = coarse.filter((r) => r.b1 !== undefined);
    expect(coarse.length).toBe(3); // one evaluation per task boundary
    // Evaluation never changes training: the diamonds equal the per-iteration run's boundary values.
    for (const r of diamonds) expect(r.b1).toBe(at(rows, r.step, 'acc1'));
    for (const r of diamonds) expect(Math.abs(r.b1 - end1)).toBeLessThanOrEqual(0.03);
    const last = rows[rows.length - 1];
    const lastCoarse = coarse[coarse.length - 1];
    expect(lastCoarse.wf10).toBeLessThanOrEqual(0.03);
    expect(lastCoarse.forg).toBeLessThanOrEqual(0.03);
    expect(last.wf10).toBeGreaterThanOrEqual(0.1);
    expect(last.minAcc).toBeLessThanOrEqual(0.92);
    expect(last.wf10 - lastCoarse.wf10).toBeGreaterThanOrEqual(0.07);
  });

  it('reached() fires once the first dip has recovered', () => {
    const k = rows.findIndex((_, i) => mod.reached(rows.slice(0, i + 1)));
    expect(rows[k].step).toBeGreaterThan(IT);
    expect(rows[k].step).toBeLessThan(2 * IT);
  });
});

describe('methods and task dissimilarity (clusters)', () => {
  it('experience replay: a drop ≥ 0.15 at some switch, ACC ≥ 0.85, min-ACC well below ACC', async () => {
    const { rows } = await run({ method: 'er' });
    const drop = Math.max(dropAfterSwitch(rows, 1, 1), dropAfterSwitch(rows, 1, 2), dropAfterSwitch(rows, 2, 2));
    expect(drop).toBeGreaterThanOrEqual(0.15);
    const last = rows[rows.length - 1];
    expect(last.acc).toBeGreaterThanOrEqual(0.85);
    expect(last.minAcc).toBeLessThan(last.acc - 0.1);
  });

  it('fine-tuning forgets task 1 for good', async () => {
    const { rows } = await run({ method: 'finetune' });
    expect(at(rows, 3 * IT, 'acc1')).toBeLessThan(at(rows, IT, 'acc1') - 0.3);
  });

  it('no gap when the tasks are identical (θ = 0°)', async () => {
    const { rows } = await run({ theta: 0, tasks: 2 });
    expect(dropAfterSwitch(rows, 1, 1)).toBeLessThan(0.03);
  });
});

describe('real digits (default parameters)', () => {
  it('joint training on rotated MNIST shows the drop and the recovery', async () => {
    const { rows, frame } = await runToEnd(mod, defaults);
    expect(defaults.data).toBe('digits');
    const end1 = at(rows, IT, 'acc1');
    expect(end1).toBeGreaterThanOrEqual(0.85);
    expect(dropAfterSwitch(rows, 1, 1)).toBeGreaterThanOrEqual(0.1);
    expect(at(rows, 2 * IT, 'acc1')).toBeGreaterThanOrEqual(end1 - 0.03);
    expect(at(rows, 3 * IT, 'acc1')).toBeGreaterThanOrEqual(end1 - 0.03);
    expect(mod.reached(rows)).toBe(true);
    expect(rows.length).toBeLessThanOrEqual(400);
    const tiles = frame?.tasks;
    expect(tiles?.kind).toBe('heatmap');
    if (tiles?.kind === 'heatmap') expect(tiles.rows).toBe(3 * 15 - 1);
  });
});

describe('determinism and memory', () => {
  const short: StabilityGapParams = { ...clusters, tasks: 2, iters: 60, method: 'er', buffer: 50 };

  it('same seed gives identical rows, whatever the chunk size', async () => {
    const a = await runToEnd(mod, short, { chunk: 7 });
    const b = await runToEnd(mod, short, { chunk: 50 });
    const c = await runToEnd(mod, { ...short, seed: 2 }, { chunk: 50 });
    expect(JSON.stringify(a.rows)).toBe(JSON.stringify(b.rows));
    expect(JSON.stringify(a.rows)).not.toBe(JSON.stringify(c.rows));
    for (const r of a.rows) for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
  });

  it('keeps a flat tensor count and frees everything on dispose', async () => {
    const env = await nodeEnv(1, true);
    const start = env.tf.memory().numTensors;
    const sim = await mod.createSim({ ...short, iters: 150 }, env);
    sim.step(1);
    const after1 = env.tf.memory().numTensors;
    sim.step(200);
    expect(env.tf.memory().numTensors).toBe(after1);
    sim.dispose();
    expect(env.tf.memory().numTensors).toBe(start);
  });
});
