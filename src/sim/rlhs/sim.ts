/**
 * Foresight against hindsight feedback (RLHS, Liang et al., 2025) in a three-product shop.
 *
 * The "assistant" is a softmax policy over five replies: recommend product A (which fits the
 * customer's need but costs more) honestly, or recommend B or C either honestly ("it does not quite
 * fit") or with a false claim that it fits at a low price. True utility U: A 0.7, B 0.35, C 0.1.
 * Foresight rating (RLHF): the customer's expected utility after reading the reply, Eq. (1) of the
 * page: an honest reply is believed, a false claim of a perfect fit (worth 1) is believed with weight g
 * and otherwise the customer falls back on a prior (B 0.4, C 0.5; C is the flashy one).
 * Hindsight rating (RLHS): the utility of the outcome, seen through a simulation with noise σ, Eq. (2).
 * Both policies learn by REINFORCE with a batch-mean baseline from ratings with noise 0.1.
 * With g > 0.4 the false claim about C out-rates the honest A in foresight; in hindsight it never does.
 */
import type { ParamValues } from '../runtime/params';
import type { Frame, MetricRow, SimEnv } from '../runtime/types';
import { loopSim } from '../shared/preferences';
import { addTabularGrad, softmax } from '../shared/policy';
import { params } from './params';

export { params };
export const usesTf = false;
export const TOTAL_STEPS = 200;

export const REPLIES = ['A, honest', 'B, honest', 'B, false "fits"', 'C, honest', 'C, false "fits"'] as const;
/** True utility of the outcome of each reply (it depends only on the product bought). */
export const UTILITY = [0.7, 0.35, 0.35, 0.1, 0.1];
const DECEPTIVE = [0, 0, 1, 0, 1];
/** What the customer would expect of B and C without any claim. */
const PRIOR = [0.7, 0.35, 0.4, 0.1, 0.5];
const RATING_NOISE = 0.1;

/** Foresight rating of each reply, before noise: honest replies are believed, false ones partly. */
export function foresight(g: number): number[] {
  return UTILITY.map((u, i) => (DECEPTIVE[i] ? g * 1 + (1 - g) * PRIOR[i] : u));
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv) {
  const rng = env.rng.fork('ratings');
  const fore = foresight(p.gullibility);
  const runs = [
    { key: 'rlhf', z: new Float64Array(REPLIES.length), rate: (a: number) => fore[a] + RATING_NOISE * rng.normal() },
    {
      key: 'rlhs',
      z: new Float64Array(REPLIES.length),
      rate: (a: number) => UTILITY[a] + p.simNoise * rng.normal() + RATING_NOISE * rng.normal(),
    },
  ];

  const expect = (pi: ArrayLike<number>, v: ArrayLike<number>) => {
    let s = 0;
    for (let i = 0; i < pi.length; i++) s += pi[i] * v[i];
    return s;
  };

  return loopSim({
    total: TOTAL_STEPS,
    frameEvery: 5,
    advance() {
      for (const run of runs) {
        const pi = softmax(run.z);
        const acts = Array.from({ length: p.batch }, () => rng.categorical(pi));
        const rs = acts.map((a) => run.rate(a));
        const base = rs.reduce((a, b) => a + b, 0) / p.batch;
        const g = new Float64Array(REPLIES.length);
        acts.forEach((a, i) => addTabularGrad(g, pi, a, (rs[i] - base) / p.batch));
        for (let k = 0; k < g.length; k++) run.z[k] += p.lr * g[k];
      }
    },
    measure(step): MetricRow {
      const row: MetricRow = { step };
      for (const run of runs) {
        const pi = softmax(run.z);
        row[`utility_${run.key}`] = expect(pi, UTILITY);
        row[`deception_${run.key}`] = expect(pi, DECEPTIVE);
        row[`rating_${run.key}`] = expect(pi, fore);
      }
      return row;
    },
    frame(): Frame {
      return {
        policy: {
          kind: 'bars',
          labels: [...REPLIES],
          series: runs.map((r) => ({
            label: r.key === 'rlhf' ? 'RLHF (foresight)' : 'RLHS (hindsight)',
            values: Float32Array.from(softmax(r.z)),
          })),
        },
      };
    },
  });
}

/** Shown once the two policies have separated. */
export function reached(rows: MetricRow[]): boolean {
  const last = rows[rows.length - 1];
  return !!last && last.step >= 100;
}
