import { describe, expect, it } from 'vitest';
import { createRng } from '../runtime/rng';
import {
  armEnv,
  band,
  createSeedSim,
  createSweepSim,
  followLeader,
  hedge,
  inverseGap,
  logBarrier,
  logCheckpoints,
  logLogSlope,
  mixUniform,
} from './online';

const sum = (p: ArrayLike<number>) => Array.from(p).reduce((a, b) => a + b, 0);

describe('online-learning harness', () => {
  it('learners return distributions', () => {
    const cum = [3, -40, 0.5, 7];
    for (const p of [
      hedge(cum, 0.3),
      logBarrier(cum, 0.3),
      followLeader(cum),
      mixUniform(hedge(cum, 1), 0.2),
      inverseGap(cum, 10),
    ]) {
      expect(sum(p)).toBeCloseTo(1, 9);
      for (const v of p) expect(v).toBeGreaterThanOrEqual(0);
    }
  });

  it('log-barrier stays in the interior with very negative cumulative losses; Hedge collapses', () => {
    const cum = [-1e4, 0, 0];
    expect(Math.min(...logBarrier(cum, 0.1))).toBeGreaterThan(1e-4);
    expect(Math.min(...hedge(cum, 0.1))).toBe(0);
  });

  it('inverse-gap weighting puts more mass on smaller predicted losses and tends to greedy as γ grows', () => {
    const p = inverseGap([0.2, 0.5, 0.9], 10);
    expect(p[0]).toBeGreaterThan(p[1]);
    expect(p[1]).toBeGreaterThan(p[2]);
    expect(inverseGap([0.2, 0.5, 0.9], 1e6)[0]).toBeGreaterThan(0.999);
  });

  it('band, slope and checkpoints', () => {
    const b = band([1, 2, 3, 4]);
    expect(b.mean).toBe(2.5);
    expect(b.hi - b.mean).toBeCloseTo(Math.sqrt(5 / 3 / 4), 9);
    expect(band([0, 20], 0.5).lo).toBe(0.5);
    const xs = [1, 10, 100, 1000];
    expect(
      logLogSlope(
        xs,
        xs.map((x) => 3 * Math.sqrt(x)),
      ),
    ).toBeCloseTo(0.5, 9);
    const cps = logCheckpoints(1000, 30);
    expect(cps[0]).toBe(1);
    expect(cps.at(-1)).toBe(1000);
    expect(new Set(cps).size).toBe(cps.length);
  });

  it('environments: stochastic losses are 0/1, adversarial ones in [0, 1], both deterministic by seed', () => {
    const draw = (kind: 'stochastic' | 'adversarial') => {
      const env = armEnv(kind, 3, createRng(4));
      return Array.from({ length: 50 }, () => Array.from(env.next()));
    };
    expect(
      draw('stochastic')
        .flat()
        .every((v) => v === 0 || v === 1),
    ).toBe(true);
    expect(
      draw('adversarial')
        .flat()
        .every((v) => v >= 0 && v <= 1),
    ).toBe(true);
    expect(draw('adversarial')).toEqual(draw('adversarial'));
  });

  it('seed and sweep sims emit the same rows whatever the chunking', () => {
    const make = () =>
      createSeedSim({
        rounds: 200,
        seeds: 3,
        rng: createRng(2),
        keys: ['x'],
        makeRun: (rng) => {
          let x = 0;
          return {
            advance: () => {
              x += rng.next();
            },
            read: () => ({ x }),
          };
        },
      });
    const run = (chunk: number) => {
      const sim = make();
      const rows = [];
      while (rows.length === 0 || rows.at(-1)!.step < 200) rows.push(...sim.step(chunk).rows);
      return rows;
    };
    expect(run(7)).toEqual(run(50));
    expect(run(7).at(-1)).toMatchObject({ step: 200 });
    const sweep = createSweepSim(5, (i) => ({ row: { step: i + 1, v: i * i } }));
    expect([...sweep.step(2).rows, ...sweep.step(10).rows].map((r) => r.v)).toEqual([0, 1, 4, 9, 16]);
  });
});
