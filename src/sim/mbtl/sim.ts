/**
 * Model-based transfer learning (MBTL; Cho et al., NeurIPS 2024) on a synthetic contextual family.
 * Contexts are 100 points of [0, 1]. RL training is abstracted: training on context x gives a
 * policy with set point J(x), drawn from a Gaussian process, and deploying it on context y gives
 * J(x) − θ|x − y| (MBTL's own model of the generalisation gap, here taken as the truth, floored at 0).
 * After choosing training contexts S, each target context uses its best trained policy:
 *
 *   V(S) = mean_y max_{x∈S} (J(x) − θ|x − y|)⁺,
 *
 * reported as a fraction of V(every context), the value of training a policy on every context and
 * deploying the best of them everywhere. Strategies, one task per step:
 *  - MBTL: GP posterior on J from the set points seen so far; pick the x that most raises V with
 *    J(x) scored optimistically at mean + β·sd (Bayesian optimisation with a UCB acquisition);
 *  - random contexts; a coarse-to-fine grid (½, ¼, ¾, …); and greedy on the true J (an oracle that
 *    knows every set point in advance: the best any sequential choice of this kind can do).
 */
import type { Frame, MetricRow, Sim, SimEnv } from '../runtime/types';
import type { Rng } from '../runtime/rng';
import { band, createSweepSim } from '../shared/online';
import { drawGp, posterior } from './gp';
import { params, type MbtlParams } from './params';

export { params };
export const usesTf = false;

export const N = 100;
const MEAN = 0.6,
  SCALE = 0.15;
const grid = Float64Array.from({ length: N }, (_, i) => i / (N - 1));

/** Best transferred performance at every target context for a set of trained contexts and set points. */
function coverage(trained: number[], setPoint: (i: number) => number, theta: number): Float64Array {
  const out = new Float64Array(N);
  for (const x of trained) {
    const j = setPoint(x);
    for (let y = 0; y < N; y++) out[y] = Math.max(out[y], j - theta * Math.abs(grid[x] - grid[y]));
  }
  return out;
}
const mean = (v: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return s / v.length;
};

/** The next context that most raises mean coverage when its set point is scored by `score`. */
function greedyPick(trained: number[], current: Float64Array, score: ArrayLike<number>, theta: number): number {
  let best = -1,
    bestGain = -Infinity;
  for (let x = 0; x < N; x++) {
    if (trained.includes(x)) continue;
    let gain = 0;
    for (let y = 0; y < N; y++) gain += Math.max(0, score[x] - theta * Math.abs(grid[x] - grid[y]) - current[y]);
    if (gain > bestGain) {
      bestGain = gain;
      best = x;
    }
  }
  return best;
}

/** Coarse-to-fine grid order: 50, 25, 75, 12, 37, … (indices on the 100-point grid). */
function gridOrder(): number[] {
  const order: number[] = [];
  for (let level = 1; order.length < N; level *= 2)
    for (let j = 1; j < 2 * level; j += 2) {
      const i = Math.round((j / (2 * level)) * (N - 1));
      if (!order.includes(i)) order.push(i);
    }
  return order;
}

interface Family {
  J: Float64Array;
  oracleValue: number;
  sets: Record<'mbtl' | 'random' | 'grid' | 'greedy', number[]>;
  rng: Rng;
  last?: { mean: Float64Array; sd: Float64Array };
}

const STRATEGIES = ['mbtl', 'random', 'grid', 'greedy'] as const;

export function createSim(p: MbtlParams, env: SimEnv): Sim {
  const order = gridOrder();
  const families: Family[] = Array.from({ length: p.seeds }, (_, s) => {
    const r = env.rng.fork(`family${s}`);
    const J = drawGp(grid, p.lengthscale, r).map((f) => Math.max(0.05, MEAN + SCALE * f));
    const all = Array.from({ length: N }, (_, i) => i);
    return {
      J,
      oracleValue: mean(coverage(all, (i) => J[i], p.slope)),
      sets: { mbtl: [], random: [], grid: [], greedy: [] },
      rng: r.fork('random'),
    };
  });
  const theta = p.slope;

  const advance = (f: Family) => {
    const set = (i: number) => f.J[i];
    // MBTL: GP posterior on the set points observed so far, UCB score.
    const { mbtl } = f.sets;
    const post = mbtl.length
      ? posterior(grid, mbtl, mbtl.map(set), p.lengthscale, MEAN, SCALE)
      : { mean: new Float64Array(N).fill(MEAN), sd: new Float64Array(N).fill(SCALE) };
    f.last = post;
    const ucb = post.mean.map((m, i) => m + p.beta * post.sd[i]);
    mbtl.push(greedyPick(mbtl, coverage(mbtl, set, theta), ucb, theta));
    let r: number;
    do r = f.rng.int(N);
    while (f.sets.random.includes(r));
    f.sets.random.push(r);
    f.sets.grid.push(order[f.sets.grid.length]);
    f.sets.greedy.push(greedyPick(f.sets.greedy, coverage(f.sets.greedy, set, theta), f.J, theta));
  };

  return createSweepSim(p.budget, (k) => {
    families.forEach(advance);
    const row: MetricRow = { step: k + 1, tasks: k + 1 };
    for (const s of STRATEGIES) {
      const b = band(families.map((f) => mean(coverage(f.sets[s], (i) => f.J[i], theta)) / f.oracleValue));
      row[s] = b.mean;
      row[`${s}Lo`] = b.lo;
      row[`${s}Hi`] = b.hi;
    }
    return { row, frame: picture(families[0], theta) };
  });
}

/** Family 0 along the context axis: set points, MBTL's coverage and the GP it chose with. */
function picture(f: Family, theta: number): Frame {
  const cov = coverage(f.sets.mbtl, (i) => f.J[i], theta);
  const post = f.last!;
  return {
    contexts: {
      kind: 'curves',
      x: Float32Array.from(grid),
      series: [
        { label: 'set point J(x) (train there)', y: Float32Array.from(f.J) },
        { label: 'MBTL coverage (best trained policy)', y: Float32Array.from(cov) },
        { label: 'GP mean before the last pick', y: Float32Array.from(post.mean) },
        { label: 'GP upper bound (mean + β·sd)', y: Float32Array.from(post.mean, (m, i) => m + 2 * post.sd[i]) },
      ],
      markers: f.sets.mbtl.map((x, i) => ({ x: grid[x], label: `${i + 1}` })),
    },
  };
}

/** Reached once MBTL's mean performance passes 90% of training on every context. */
export function reached(rows: MetricRow[]): boolean {
  return rows.some((r) => r.mbtl >= 0.9);
}
