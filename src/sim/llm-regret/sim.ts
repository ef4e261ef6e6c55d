/**
 * Is a learner no-regret? (Park et al., "Do LLM Agents Have Regret?", ICLR 2025.) The paper models a
 * pre-trained LLM agent, under its assumptions on pre-training data and human rationality, as a
 * perturbed follow-the-leader rule: play argmin_a (L_{t−1}(a) − ε_t(a)) with random perturbations
 * ε growing like √t. This core compares that agent with plain follow-the-leader (greedy, c = 0)
 * and with Hedge on the paper's kinds of sequences: i.i.d., trending, and an alternating
 * "regrettable" sequence.
 *
 * Regret is Σ ⟨π_t, ℓ_t⟩ − min_a Σ ℓ_t(a), with π_t the Hedge distribution, or the point mass on
 * the action the (perturbed) leader actually played.
 */
import type { MetricRow, Sim, SimEnv } from '../runtime/types';
import type { Rng } from '../runtime/rng';
import { argmin, createSeedSim, dot, hedge, logCheckpoints, type SeedRun } from '../shared/online';
import { params, type LlmRegretParams } from './params';

export { params };
export const usesTf = false;

/** Perturbed leader: argmin of cumulative loss minus Gumbel noise of scale `scale` (scale 0 is FTL). */
export function perturbedLeader(cum: ArrayLike<number>, scale: number, rng: Rng): number {
  if (scale === 0) return argmin(cum);
  const v = Float64Array.from(
    { length: cum.length },
    (_, a) => cum[a] + scale * Math.log(-Math.log(rng.next() || 1e-300)),
  );
  return argmin(v);
}

/** A learner: picks a distribution from the history, then sees the loss vector. */
interface Learner {
  act(t: number): Float64Array;
  see(loss: Float64Array): void;
}

function makeLearner(kind: 'ftl' | 'ftpl' | 'hedge', K: number, T: number, c: number, rng: Rng): Learner {
  const cum = new Float64Array(K);
  const eta = Math.sqrt((8 * Math.log(K)) / T);
  return {
    act(t) {
      if (kind === 'hedge') return hedge(cum, eta);
      const p = new Float64Array(K);
      p[perturbedLeader(cum, kind === 'ftl' ? 0 : c * Math.sqrt(t), rng)] = 1;
      return p;
    },
    see(loss) {
      for (let a = 0; a < K; a++) cum[a] += loss[a];
    },
  };
}

const KINDS = ['ftl', 'ftpl', 'hedge'] as const;

export function createSim(p: LlmRegretParams, env: SimEnv): Sim {
  const K = p.actions;
  const T = p.T;
  const makeRun = (rng: Rng): SeedRun => {
    const world = rng.fork('world');
    const means = Float64Array.from({ length: K }, () => world.uniform(0.3, 0.7));
    const learners = KINDS.map((k) => makeLearner(k, K, T, p.noise, rng.fork(k)));
    const cumTrue = KINDS.map(() => new Float64Array(K));
    const loss = KINDS.map(() => 0);
    // The alternating sequence: each round the loss 1 falls on the current leader (ties to the lowest
    // index), ½ on action 0 at round 1. It is fixed in advance: it does not depend on any random draw.
    const altCum = new Float64Array(K);
    return {
      advance(t) {
        let shared: Float64Array;
        if (p.scenario === 'iid') shared = Float64Array.from(means, (m) => (world.next() < m ? 1 : 0));
        else if (p.scenario === 'trend') {
          // Action 0 starts best and worsens steadily; the others stay put: the leader changes once.
          shared = Float64Array.from(means, (m, a) => (a === 0 ? 0.1 + (0.8 * t) / T : m) + 0.2 * (world.next() - 0.5));
        } else {
          shared = new Float64Array(K);
          if (t === 1) shared[0] = 0.5;
          else shared[argmin(altCum)] = 1;
          for (let a = 0; a < K; a++) altCum[a] += shared[a];
        }
        KINDS.forEach((_, i) => {
          const pi = learners[i].act(t);
          const ell = shared;
          loss[i] += dot(pi, ell);
          learners[i].see(ell);
          for (let a = 0; a < K; a++) cumTrue[i][a] += ell[a];
        });
      },
      read() {
        const out: Record<string, number> = {};
        KINDS.forEach((k, i) => (out[k] = loss[i] - Math.min(...cumTrue[i])));
        return out;
      },
    };
  };
  return createSeedSim({
    rounds: T,
    seeds: p.seeds,
    rng: env.rng,
    makeRun,
    keys: [...KINDS],
    checkpoints: logCheckpoints(T, 100, 2),
    extra: (t) => ({ sqrtT: Math.sqrt(t) }),
    floor: 0.1,
  });
}

/** Reached once the run has covered two decades of rounds. */
export function reached(rows: MetricRow[]): boolean {
  return rows.length > 0 && rows[rows.length - 1].step >= 200;
}
