/**
 * Neural contextual bandits through online regression (Deb et al., ICLR 2024). Each round a context
 * x ∈ ℝ⁵ arrives; action a has expected loss μ_a(x), a fixed random nonlinear function (a small
 * random tanh network), and only the chosen action's noisy loss is seen. Each policy runs its own
 * online neural regressor (one SGD step on the new outcome plus one replayed one per round):
 *  - IGW + KL loss: inverse-gap weighting over the predictions (SquareCB), γ_t = γ₀√t, with the
 *    regressor trained on the log loss: the paper's bound √(K L*) + K is small when the best
 *    policy's loss L* is;
 *  - IGW + squared loss: the same with the squared loss, whose bound is √(KT) whatever L* is;
 *  - greedy: always the smallest prediction (KL regressor), no exploration.
 * Regret is Σ μ_{a_t}(x_t) − min_a μ_a(x_t), against the policy that knows μ; the
 * uniformly random policy's regret is the linear reference.
 */
import type { MetricRow, Sim, SimEnv } from '../runtime/types';
import type { Rng } from '../runtime/rng';
import { argmin, createSeedSim, inverseGap, logCheckpoints, type SeedRun } from '../shared/online';
import { createNet, forward, sgdStep } from './model';
import { params, type BanditParams } from './params';

export { params };
export const usesTf = false;

export const D = 5,
  K = 4,
  HIDDEN = 24,
  LR = 0.2,
  REPLAY = 1;
/** IGW on the KL-loss regressor, IGW on the squared-loss regressor, and greedy on the KL regressor. */
const POLICIES = [
  { name: 'igwKl', loss: 'kl', greedy: false },
  { name: 'igwSq', loss: 'square', greedy: false },
  { name: 'greedy', loss: 'kl', greedy: true },
] as const;

/**
 * The environment's expected losses: action 0 is a safe 0.35 everywhere; actions 1…K−1 are
 * sigmoid(3 v_aᵀ tanh(A x + β)), often far better and often far worse. Then lifted by the floor:
 * μ ← ℓ₀ + (1 − ℓ₀) μ.
 */
function makeWorld(rng: Rng, l0: number) {
  const H = 16;
  const A = Float64Array.from({ length: H * D }, () => (1.5 * rng.normal()) / Math.sqrt(D));
  const beta = Float64Array.from({ length: H }, () => rng.normal());
  const v = Float64Array.from({ length: K * H }, () => rng.normal() / Math.sqrt(H));
  return (x: Float64Array) => {
    const h = Float64Array.from({ length: H }, (_, j) => {
      let s = beta[j];
      for (let i = 0; i < D; i++) s += A[j * D + i] * x[i];
      return Math.tanh(s);
    });
    return Float64Array.from({ length: K }, (_, a) => {
      let s = 0;
      for (let j = 0; j < H; j++) s += v[a * H + j] * h[j];
      return l0 + (1 - l0) * (a === 0 ? 0.35 : 1 / (1 + Math.exp(-3 * s)));
    });
  };
}

export function createSim(p: BanditParams, env: SimEnv): Sim {
  const makeRun = (rng: Rng): SeedRun => {
    const mu = makeWorld(rng.fork('world'), p.base);
    const ctx = rng.fork('contexts');
    const learners = POLICIES.map(({ name, loss, greedy }) => ({
      name,
      loss,
      greedy,
      net: createNet(D, HIDDEN, K, p.perturb, rng.fork(`init`)), // same initial network for every policy
      rng: rng.fork(`play-${name}`),
      history: [] as { x: Float64Array; a: number; y: number }[],
      regret: 0,
    }));
    let uniform = 0;
    return {
      advance(t) {
        const x = Float64Array.from({ length: D }, () => ctx.normal());
        const m = mu(x);
        const best = Math.min(...m);
        uniform += m.reduce((u, v) => u + v, 0) / K - best;
        const coin = ctx.next();
        for (const L of learners) {
          const pred = forward(L.net, x).y;
          const a = L.greedy ? argmin(pred) : L.rng.categorical(inverseGap(pred, p.gamma * Math.sqrt(t)));
          L.regret += m[a] - best;
          // The observed loss: a mix of the mean and a Bernoulli draw (common random number across policies).
          const y = (1 - p.noise) * m[a] + p.noise * (coin < m[a] ? 1 : 0);
          L.history.push({ x, a, y });
          sgdStep(L.net, x, a, y, L.loss, LR);
          for (let r = 0; r < REPLAY; r++) {
            const s = L.history[L.rng.int(L.history.length)];
            sgdStep(L.net, s.x, s.a, s.y, L.loss, LR);
          }
        }
      },
      read() {
        const out: Record<string, number> = {};
        for (const L of learners) out[L.name] = L.regret;
        out.uniform = uniform;
        return out;
      },
    };
  };
  return createSeedSim({
    rounds: p.T,
    seeds: p.seeds,
    rng: env.rng,
    makeRun,
    keys: [...POLICIES.map((q) => q.name), 'uniform'],
    checkpoints: logCheckpoints(p.T, 80, 5),
    extra: (t) => ({ sqrtKT: Math.sqrt(K * t) }),
    floor: 0.01,
  });
}

/** Reached after 1000 rounds, when the greedy policy's linear growth is visible. */
export function reached(rows: MetricRow[]): boolean {
  return rows.length > 0 && rows[rows.length - 1].step >= 1000;
}
