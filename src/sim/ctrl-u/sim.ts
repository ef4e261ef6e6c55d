/**
 * Uncertainty-aware reward fine-tuning (Ctrl-U, Zhang et al., 2024) at the smallest scale.
 *
 * Stand-ins: the conditional generator makes a 2-D "image" x = (μ_c + σz₁, σz₂) for each of 12
 * conditions c ∈ [−1, 1] (one learned mean per condition, σ = 0.15); the condition an image truly
 * follows is x₁. The reward model reads the condition back as ĉ(x) = x₁ + e, with a small error
 * (sd 0.02) where it was trained (x₁ ≤ 0.3) and a large one (sd `rmNoise`) beyond, where generations
 * are new to it. Each step both generators make two images per condition and descend the reward loss
 * ℓ = (ĉ − c)². Plain fine-tuning weights every loss by 1; Ctrl-U estimates uncertainty as the
 * discrepancy of the two losses, U = |ℓ¹ − ℓ²| (Eq. 1 of the page, for a scalar condition), and
 * weights each by exp(−k·U) (a decreasing ω as in Eq. 2). Both start from a generator that
 * under-shoots the condition (μ_c = 0.5c).
 */
import type { ParamValues } from '../runtime/params';
import type { Frame, MetricRow, SimEnv } from '../runtime/types';
import { loopSim } from '../shared/preferences';
import { params } from './params';

export { params };
export const usesTf = false;
export const TOTAL_STEPS = 400;
export const CONDITIONS = Array.from({ length: 12 }, (_, i) => -1 + (2 * i) / 11);
export const FAMILIAR = 0.3;
const SIGMA = 0.15;
const SHOW = 6; // images per condition drawn in the scatter

export function createSim(p: ParamValues<typeof params>, env: SimEnv) {
  const rng = env.rng.fork('train');
  const showRng = env.rng.fork('show');
  const rmSd = (x1: number) => (x1 > FAMILIAR ? p.rmNoise : 0.02);
  const runs = [
    { key: 'plain', k: 0, mu: CONDITIONS.map((c) => 0.5 * c), ema: 0 },
    { key: 'ctrlu', k: p.strength, mu: CONDITIONS.map((c) => 0.5 * c), ema: 0 },
  ];
  // Both runs see the same noise draws (common random numbers).
  const draws = () => CONDITIONS.map(() => [rng.normal(), rng.normal(), rng.normal(), rng.normal()]);

  const errors = (mu: number[], which: 'all' | 'familiar' | 'new') => {
    let s = 0;
    let n = 0;
    CONDITIONS.forEach((c, m) => {
      if (which === 'familiar' && c > FAMILIAR) return;
      if (which === 'new' && c <= FAMILIAR) return;
      s += (mu[m] - c) ** 2; // how far the mean generation is from the requested condition
      n++;
    });
    return Math.sqrt(s / n);
  };

  for (const run of runs) run.ema = errors(run.mu, 'all');

  return loopSim({
    total: TOTAL_STEPS,
    emitEvery: 2,
    frameEvery: 10,
    advance() {
      const d = draws();
      for (const run of runs)
        CONDITIONS.forEach((c, m) => {
          const [z1, z2, e1, e2] = d[m];
          const x1 = [run.mu[m] + SIGMA * z1, run.mu[m] + SIGMA * z2];
          const chat = [x1[0] + rmSd(x1[0]) * e1, x1[1] + rmSd(x1[1]) * e2];
          const loss = chat.map((v) => (v - c) ** 2);
          const u = Math.abs(loss[0] - loss[1]);
          const w = Math.exp(-run.k * u);
          // ∂ℓ/∂μ = 2(ĉ − c)·∂ĉ/∂x₁ with ∂ĉ/∂x₁ = 1: the reward model's read-out is differentiable.
          const g = (w * 2 * (chat[0] - c) + w * 2 * (chat[1] - c)) / 2;
          run.mu[m] -= p.lr * g;
        });
      // A running average of the control error (time constant 50 steps) to read through the jitter.
      for (const run of runs) run.ema += (errors(run.mu, 'all') - run.ema) / 50;
    },
    measure(step): MetricRow {
      const row: MetricRow = { step };
      for (const run of runs) {
        row[`err_${run.key}`] = errors(run.mu, 'all');
        row[`errNew_${run.key}`] = errors(run.mu, 'new');
        row[`errFam_${run.key}`] = errors(run.mu, 'familiar');
        row[`avg_${run.key}`] = run.ema;
      }
      return row;
    },
    frame(): Frame {
      const n = CONDITIONS.length * SHOW;
      const x = new Float32Array(2 * n);
      const y = new Float32Array(2 * n);
      const group = new Uint8Array(2 * n);
      runs.forEach((run, r) =>
        CONDITIONS.forEach((c, m) => {
          for (let s = 0; s < SHOW; s++) {
            const i = r * n + m * SHOW + s;
            x[i] = c + 0.02 * (r ? 1 : -1);
            y[i] = run.mu[m] + SIGMA * showRng.normal();
            group[i] = r;
          }
        }),
      );
      return { samples: { kind: 'points', x, y, group, groupLabels: ['plain reward fine-tuning', 'Ctrl-U'] } };
    },
  });
}

/** Shown once both generators have settled. */
export function reached(rows: MetricRow[]): boolean {
  const last = rows[rows.length - 1];
  return !!last && last.step >= 200;
}
