/**
 * PPO against P3O on a contextual bandit: 3 prompts × 5 responses, a fixed reward table r(x, y), a
 * reference policy π_ref and a tabular softmax policy started at π_ref. The penalised reward of a
 * sample is R = r(x, y) + δ(x) − c·log(π_old(y|x)/π_ref(y|x)). Each method runs twice on the same
 * random draws: with δ = 0 and with δ(x) = shift·(x+1), a prompt-dependent offset that changes no
 * preference. PPO uses per-sample advantages R − V(x) with a value estimate V learned alongside
 * (as PPO's value head is) and the clipped surrogate; P3O pairs the samples of each prompt and uses
 * ½(R₁ − R₂)·∇(log π(y₁) − log π(y₂)) with each ratio clipped, so δ(x) cancels.
 */
import type { Rng } from '../runtime/rng';
import type { ParamValues } from '../runtime/params';
import type { MetricRow, Sim, SimEnv } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import { kl, loopSim, softmax } from '../shared/preferences';
import { params } from './params';

export { params };
export const usesTf = false;
export const ITERS = 300;
const X = 3,
  Y = 5,
  EPOCHS = 4,
  VALUE_LR = 0.05;

type Method = 'ppo' | 'p3o';
interface Run {
  method: Method;
  delta: number[];
  theta: number[][];
  v: number[];
  rng: Rng;
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const wr = env.rng.fork('world');
  const r = Array.from({ length: X }, () => Array.from({ length: Y }, () => wr.normal()));
  const refLogits = Array.from({ length: X }, () => Array.from({ length: Y }, () => 0.8 * wr.normal()));
  const ref = refLogits.map((l) => softmax(l));
  const shifted = Array.from({ length: X }, (_, x) => p.shift * (x + 1));
  const zero = new Array(X).fill(0);
  // Both runs of a method share one sampling stream (same seed), so only δ differs between them.
  const mk = (method: Method, delta: number[]): Run => ({
    method,
    delta,
    theta: refLogits.map((l) => [...l]),
    v: new Array(X).fill(0),
    rng: env.rng.fork(method),
  });
  const runs = [mk('ppo', zero), mk('ppo', shifted), mk('p3o', zero), mk('p3o', shifted)];
  const names = ['Ppo', 'PpoShift', 'P3o', 'P3oShift'];
  const hist: number[][] = runs.map(() => []);

  function iterate(run: Run) {
    for (let x = 0; x < X; x++) {
      const old = softmax(run.theta[x]);
      const ys = Array.from({ length: p.batch - (p.batch % 2) }, () => run.rng.categorical(old)); // P3O needs pairs
      const R = ys.map((y) => r[x][y] + run.delta[x] - p.klCoef * Math.log(old[y] / ref[x][y]));
      // each sample's advantage: PPO against the value estimate, P3O against its partner (consecutive pairs)
      const adv = ys.map((_, i) =>
        run.method === 'ppo' ? R[i] - run.v[x] : 0.5 * (R[i] - R[i % 2 === 0 ? i + 1 : i - 1]),
      );
      for (let e = 0; e < EPOCHS; e++) {
        const pi = softmax(run.theta[x]);
        const g = new Array(Y).fill(0);
        ys.forEach((y, i) => {
          const ratio = pi[y] / old[y];
          const a = adv[i];
          // clipped surrogate: no gradient once the ratio has left [1−ε, 1+ε] in the favoured direction
          if ((a > 0 && ratio > 1 + p.clip) || (a < 0 && ratio < 1 - p.clip)) return;
          for (let k = 0; k < Y; k++) g[k] += (a * ratio * ((k === y ? 1 : 0) - pi[k])) / ys.length;
        });
        for (let k = 0; k < Y; k++) run.theta[x][k] += p.lr * g[k];
      }
      if (run.method === 'ppo') run.v[x] += VALUE_LR * (R.reduce((s, v) => s + v, 0) / R.length - run.v[x]);
    }
  }

  function stats(run: Run) {
    let rew = 0,
      div = 0;
    for (let x = 0; x < X; x++) {
      const pi = softmax(run.theta[x]);
      for (let y = 0; y < Y; y++) rew += (pi[y] * r[x][y]) / X;
      div += kl(pi, ref[x]) / X;
    }
    return { rew, div };
  }

  return loopSim({
    total: ITERS,
    emitEvery: 2,
    frameEvery: 20,
    advance() {
      runs.forEach(iterate);
    },
    measure(step): MetricRow {
      const row: MetricRow = { step };
      runs.forEach((run, i) => {
        const { rew, div } = stats(run);
        row[`reward${names[i]}`] = rew;
        row[`kl${names[i]}`] = div;
        hist[i].push(div, rew);
      });
      if (Object.values(row).some((v) => !Number.isFinite(v))) return { step, [DIVERGED]: 1 };
      return row;
    },
    frame() {
      const xs: number[] = [],
        ys: number[] = [],
        gs: number[] = [];
      hist.forEach((h, i) => {
        for (let k = 0; k < h.length; k += 2) {
          xs.push(h[k]);
          ys.push(h[k + 1]);
          gs.push(i);
        }
      });
      return {
        frontier: {
          kind: 'points',
          x: Float32Array.from(xs),
          y: Float32Array.from(ys),
          group: Uint8Array.from(gs),
          groupLabels: ['PPO', 'PPO, shifted reward', 'P3O', 'P3O, shifted reward'],
        },
      };
    },
  });
}

/** Shown once the shifted PPO run has visibly left the unshifted one (P3O's two runs coincide throughout). */
export function reached(rows: MetricRow[]): boolean {
  const r = rows[rows.length - 1];
  return !!r && r.step >= 60;
}
