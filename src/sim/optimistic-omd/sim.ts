/**
 * Optimistic online mirror descent between stochastic and adversarial losses (Chen et al., 2023),
 * in the SEA model of Sachs et al. (2022). The learner plays x_t ∈ [−1, 1] and suffers the linear
 * loss F_t(x) = x·y_t, where y_t is chosen by an adversary; it observes the noisy gradient
 * g_t = y_t + σ ξ_t. The adversary is an opponent in matching pennies that maximises x·y with the
 * same algorithm: a non-oblivious adversary whose moves, and hence the adversarial variation
 * Σ_t² = (y_t − y_{t−1})², are small when both players are stable.
 *
 *  - OGD:            x_{t+1} = Π(x_t − η_t g_t), η_t = D/√t.
 *  - optimistic OMD: x̂_{t+1} = Π(x̂_t − η_t g_t), x_{t+1} = Π(x̂_{t+1} − η_t M_{t+1}) with the hint
 *                    M_{t+1} = g_t and the adaptive step η_t = D/√(1 + Σ_{s≤t} (g_s − M_s)²).
 *
 * The paper bounds optimistic OMD's regret by O(√(σ²_{1:T}) + √(Σ²_{1:T})) in the convex smooth
 * case. With σ = 0 the variation collapses and regret stays O(1), while OGD keeps cycling and pays
 * about √T; with noise both pay √(σ² T) and the advantage is gone. Regret is measured on the expected
 * losses F_t: Σ x_t y_t − min_{x∈[−1,1]} Σ x y_t = Σ x_t y_t + |Σ y_t|.
 */
import type { MetricRow, Sim, SimEnv } from '../runtime/types';
import type { Rng } from '../runtime/rng';
import { createSeedSim, logCheckpoints, type SeedRun } from '../shared/online';
import { params, type OmdParams } from './params';

export { params };
export const usesTf = false;

/** Diameter of the decision set [−1, 1]. */
const D = 2;
const proj = (v: number) => (v < -1 ? -1 : v > 1 ? 1 : v);

/** One player's algorithm: `play()` is the current point, `see(g)` takes the observed gradient. */
interface Player {
  play(): number;
  see(g: number): void;
}

export function ogd(x0: number): Player {
  let x = x0,
    t = 0;
  return {
    play: () => x,
    see(g) {
      t++;
      x = proj(x - (D / Math.sqrt(t)) * g);
    },
  };
}

export function optimisticOmd(x0: number): Player {
  let xh = x0,
    x = x0,
    hint = 0,
    S = 1;
  return {
    play: () => x,
    see(g) {
      S += (g - hint) ** 2;
      const eta = D / Math.sqrt(S);
      xh = proj(xh - eta * g);
      hint = g;
      x = proj(xh - eta * hint);
    },
  };
}

export function createSim(p: OmdParams, env: SimEnv): Sim {
  const makeRun = (rng: Rng): SeedRun => {
    const x0 = rng.uniform(-1, 1),
      y0 = rng.uniform(-1, 1);
    const noise = rng.fork('noise');
    const games = [ogd, optimisticOmd].map((alg) => ({
      me: alg(x0),
      opp: alg(y0),
      loss: 0,
      sumY: 0,
      prevY: y0,
      sig2: 0,
      Sig2: 0,
    }));
    return {
      advance() {
        for (const g of games) {
          const x = g.me.play(),
            y = g.opp.play();
          g.loss += x * y;
          g.sumY += y;
          g.Sig2 += (y - g.prevY) ** 2;
          g.prevY = y;
          g.sig2 += p.sigma ** 2;
          g.me.see(y + p.sigma * noise.normal());
          g.opp.see(-(x + p.sigma * noise.normal())); // the opponent minimises −x·y
        }
      },
      read() {
        const [o, m] = games;
        return {
          ogd: o.loss + Math.abs(o.sumY),
          optimistic: m.loss + Math.abs(m.sumY),
          bound: D * (Math.sqrt(m.sig2) + Math.sqrt(m.Sig2)),
          varSum: m.Sig2,
        };
      },
    };
  };
  return createSeedSim({
    rounds: p.T,
    seeds: p.seeds,
    rng: env.rng,
    makeRun,
    keys: ['ogd', 'optimistic', 'bound', 'varSum'],
    checkpoints: logCheckpoints(p.T, 100, 2),
    floor: 0.01,
  });
}

/** Reached once the run covers three decades of rounds. */
export function reached(rows: MetricRow[]): boolean {
  return rows.length > 0 && rows[rows.length - 1].step >= 2000;
}
