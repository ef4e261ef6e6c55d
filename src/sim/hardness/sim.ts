/**
 * The hardness-aware penalty of the contrastive loss (Wang & Liu 2021, Eq. 5 and Fig. 3), computed
 * exactly: for n negative similarities drawn from U[−1, 1], the relative penalty
 * r(s) = e^{s/τ} / Σ_k e^{s_k/τ} that a negative at similarity s receives, its entropy H(r), and
 * the "effective interval" of top similarities that holds 90% of the penalty.
 *
 * Each step reveals one point of a 201-point grid of s in [−1, 1] (rows are the penalty curve, for
 * the line panel and the CSV); an instant figure simply runs all of them at once.
 */
import { defaultsOf, type ParamValues } from '../runtime/params';
import type { Frame, MetricRow, Sim, SimEnv, SimModule } from '../runtime/types';
import { logSumExpScaled } from '../shared/contrastive';
import { params } from './params';

export { params };
export const usesTf = false;
export type Params = ParamValues<typeof params>;

export const GRID = 201;
/** The temperatures of the paper's Fig. 3, drawn as dashed references. */
export const REFERENCE_TAUS = [0.07, 0.2, 0.5, 1] as const;
const refKeys = ['ref007', 'ref02', 'ref05', 'ref1'] as const;
/** τ axis of the entropy panel: 31 log-spaced values from 0.01 to 10. */
const TAU_AXIS = Float32Array.from({ length: 31 }, (_, k) => Math.pow(10, -2 + (3 * k) / 30));

/** n similarities from U[−1, 1], sorted ascending. */
export function sampleNegatives(env: SimEnv, n: number): Float64Array {
  const rng = env.rng.fork('negatives');
  const s = Float64Array.from({ length: n }, () => rng.uniform(-1, 1));
  return s.sort();
}

/**
 * Summary of the penalty distribution over `s` (sorted ascending) at temperature τ, in one pass of
 * n exponentials: H(r) = log Z − E_r[s]/τ with log Z = log Σ e^{s_k/τ}, and the effective
 * interval read off the cumulative penalty from the top similarity down.
 */
export function penaltyStats(s: Float64Array, tau: number) {
  const n = s.length;
  const top = s[n - 1];
  const w = new Float64Array(n);
  let z = 0;
  let zs = 0;
  for (let k = 0; k < n; k++) {
    w[k] = Math.exp((s[k] - top) / tau);
    z += w[k];
    zs += w[k] * s[k];
  }
  const h = top / tau + Math.log(z) - zs / z / tau;
  let acc = 0;
  let k = n - 1;
  while (k > 0 && (acc += w[k]) < 0.9 * z) k--;
  return { entropy: h, entropyRatio: h / Math.log(n), intervalLo: s[k], intervalShare: (n - k) / n };
}

export function createSim(p: Params, env: SimEnv): Sim {
  const s = sampleNegatives(env, p.n);
  const n = s.length;
  const stats = penaltyStats(s, p.tau);
  const lse = logSumExpScaled(s, p.tau);
  const refLse = REFERENCE_TAUS.map((t) => logSumExpScaled(s, t));
  const gridS = (i: number) => -1 + (2 * i) / (GRID - 1);
  // The grid row where the effective interval starts (a vertical marker on the curve).
  const markerRow = Math.round(((stats.intervalLo + 1) / 2) * (GRID - 1));

  const rowAt = (i: number): MetricRow => {
    const x = gridS(i);
    const penalty = Math.exp(x / p.tau - lse);
    const row: MetricRow = {
      step: i,
      s: x,
      penalty,
      penaltyRel: n * penalty,
      intervalStart: i === markerRow ? 1 : 0,
      entropy: stats.entropy,
      logN: Math.log(n),
      entropyRatio: stats.entropyRatio,
      intervalLo: stats.intervalLo,
      intervalShare: stats.intervalShare,
    };
    REFERENCE_TAUS.forEach((t, k) => (row[refKeys[k]] = n * Math.exp(x / t - refLse[k])));
    return row;
  };

  const byTau = Array.from(TAU_AXIS, (t) => penaltyStats(s, t));
  const frame: Frame = {
    entropy: {
      kind: 'curves',
      x: TAU_AXIS,
      series: [
        { label: 'H(r) / log n', y: Float32Array.from(byTau, (b) => b.entropyRatio) },
        { label: 'share of negatives holding 90% of the penalty', y: Float32Array.from(byTau, (b) => b.intervalShare) },
      ],
      markers: [{ x: p.tau, label: `τ = ${p.tau.toPrecision(2)}` }],
    },
  };

  let done = 0;
  return {
    totalSteps: GRID,
    step(count: number) {
      const rows: MetricRow[] = [];
      for (let k = 0; k < count && done < GRID; k++) rows.push(rowAt(done++));
      return { rows, frame };
    },
    dispose() {},
  };
}

/** The whole curve is out (the figure is analytic). */
export function reached(rows: MetricRow[]): boolean {
  return rows.length >= GRID;
}

export const defaults = defaultsOf(params);

// Compile-time check that this file is a SimModule.
({ params, usesTf, createSim, reached }) satisfies SimModule<typeof params>;
