/**
 * Why log-barrier FTRL lifts adversarial linear-Q regret from K^(2/3) to √K (Dai et al., 2023),
 * at its smallest faithful scale: one state, A actions, losses linear in known features
 * φ(a) ∈ ℝ^d and chosen by an adversary each episode. The learner sees only the loss of the action
 * it played and estimates the whole loss vector without bias through the feature covariance:
 *
 *   Σ_k = Σ_a π_k(a) φ(a)φ(a)ᵀ,   θ̂_k = Σ_k⁻¹ φ(a_k) ℓ_k(a_k),   Q̂_k(a) = φ(a)ᵀ θ̂_k.
 *
 * With shared features Q̂_k(a) can be far below zero. Exponential weights (FTRL + entropy) is only
 * stable while η·Q̂ ≥ −1, so it needs explicit exploration γ, which costs γK ≈ K^(2/3) regret. The
 * log-barrier keeps every probability off zero by itself and tolerates negative estimates: no
 * exploration, √K regret. With one-hot features Q̂ = ℓ/π ≥ 0 and the difference disappears.
 * (The paper works in an episodic MDP with a simulator; this toy keeps the estimator/regulariser
 * interplay, which is the mechanism, and drops the horizon.)
 */
import type { SimEnv, Sim, MetricRow } from '../runtime/types';
import type { Rng } from '../runtime/rng';
import { createSeedSim, dot, hedge, logBarrier, logCheckpoints, mixUniform, type SeedRun } from '../shared/online';
import { params, type RefinedParams } from './params';

export { params };
export const usesTf = false;

/** Latent dimension of the adversary's loss model (features are (1, u(a)) ∈ ℝ^(LATENT+1)). */
export const LATENT = 3;

/** Solve S x = b for a small symmetric positive-definite S (Gaussian elimination, in place on copies). */
function solve(S: Float64Array, b: Float64Array, d: number): Float64Array {
  const M = Float64Array.from(S);
  const x = Float64Array.from(b);
  for (let i = 0; i < d; i++) {
    const piv = M[i * d + i] + 1e-12;
    for (let r = i + 1; r < d; r++) {
      const f = M[r * d + i] / piv;
      if (f === 0) continue;
      for (let c = i; c < d; c++) M[r * d + c] -= f * M[i * d + c];
      x[r] -= f * x[i];
    }
  }
  for (let i = d - 1; i >= 0; i--) {
    let s = x[i];
    for (let c = i + 1; c < d; c++) s -= M[i * d + c] * x[c];
    x[i] = s / (M[i * d + i] + 1e-12);
  }
  return x;
}

/** Unbiased estimate of the loss vector from one played action (the estimator above). */
export function estimate(phi: Float64Array[], pi: Float64Array, a: number, loss: number): Float64Array {
  const d = phi[0].length;
  const S = new Float64Array(d * d);
  for (let b = 0; b < phi.length; b++)
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) S[i * d + j] += pi[b] * phi[b][i] * phi[b][j];
  const rhs = new Float64Array(d);
  for (let i = 0; i < d; i++) rhs[i] = phi[a][i] * loss;
  const theta = solve(S, rhs, d);
  return Float64Array.from(phi, (f) => dot(f, theta));
}

/**
 * The adversary: ℓ_k(a) = ½ + ½⟨u(a), w_k⟩ with w_k = 0.3 w* + 0.6 s_k v, a fixed preferred direction
 * plus a component whose sign s_k flips at random block ends (mean length 60), so the action that
 * looks best keeps changing while a fixed one is best overall.
 */
export function createSim(p: RefinedParams, env: SimEnv): Sim {
  const K = p.episodes;
  const A = p.actions;
  const gamma = Math.min(1, p.explore * K ** (-1 / 3));
  const d = p.features === 'tabular' ? A : LATENT + 1;
  // Entropy with exploration: η·|Q̂| ≲ 1 needs η ≈ γ/d (estimates scale like d/γ). Log-barrier:
  // η ≈ √(A log K / K), balancing its A·log K / η penalty against η·K stability (constant 3 from a scan).
  const etaEnt = gamma > 0 ? Math.min(0.5, gamma / d) : Math.sqrt(Math.log(A) / K);
  const etaLb = 3 * Math.sqrt((A * Math.log(K)) / K);

  const makeRun = (rng: Rng): SeedRun => {
    const worldRng = rng.fork('world');
    const unit = () => {
      const v = Float64Array.from({ length: LATENT }, () => worldRng.normal());
      const n = Math.hypot(...v);
      return v.map((x) => x / n);
    };
    const u = Array.from({ length: A }, unit);
    const wStar = unit(),
      v = unit();
    const phi =
      p.features === 'tabular'
        ? u.map((_, a) => Float64Array.from({ length: A }, (_, i) => (i === a ? 1 : 0)))
        : u.map((ua) => Float64Array.of(1, ...ua));
    const advRng = rng.fork('adversary');
    const playRng = rng.fork('play');
    let sign = 1;
    const cumTrue = new Float64Array(A);
    const cumEnt = new Float64Array(A),
      cumLb = new Float64Array(A);
    let lossEnt = 0,
      lossLb = 0,
      minEnt = 0,
      minLb = 0;
    return {
      advance() {
        if (advRng.next() < 1 / 60) sign = -sign;
        const ell = Float64Array.from(u, (ua) => {
          let s = 0;
          for (let i = 0; i < LATENT; i++) s += ua[i] * (0.3 * wStar[i] + 0.6 * sign * v[i]);
          return 0.5 + 0.5 * s;
        });
        for (let a = 0; a < A; a++) cumTrue[a] += ell[a];
        // Exponential weights + uniform exploration.
        const pe = mixUniform(hedge(cumEnt, etaEnt), gamma);
        lossEnt += dot(pe, ell);
        const ae = playRng.categorical(pe);
        const qe = estimate(phi, pe, ae, ell[ae]);
        for (let a = 0; a < A; a++) {
          cumEnt[a] += qe[a];
          minEnt = Math.min(minEnt, qe[a]);
        }
        // Log-barrier FTRL, no exploration.
        const pl = logBarrier(cumLb, etaLb);
        lossLb += dot(pl, ell);
        const al = playRng.categorical(pl);
        const ql = estimate(phi, pl, al, ell[al]);
        for (let a = 0; a < A; a++) {
          cumLb[a] += ql[a];
          minLb = Math.min(minLb, ql[a]);
        }
      },
      read() {
        const best = Math.min(...cumTrue);
        return {
          entropy: lossEnt - best,
          logBarrier: lossLb - best,
          etaMinEnt: etaEnt * minEnt,
          etaMinLb: etaLb * minLb,
        };
      },
    };
  };
  return createSeedSim({
    rounds: K,
    seeds: p.seeds,
    rng: env.rng,
    makeRun,
    keys: ['entropy', 'logBarrier', 'etaMinEnt', 'etaMinLb'],
    signed: ['etaMinEnt', 'etaMinLb'],
    checkpoints: logCheckpoints(K, 100, 10),
    extra: () => ({ gamma }),
  });
}

/** Reached at the end of the run (the rates need the whole log range). */
export function reached(rows: MetricRow[]): boolean {
  return rows.length > 0 && rows[rows.length - 1].step >= 1000;
}
