/**
 * Overtraining in a linear network (Advani, Saxe & Sompolinsky). One sampled data set of N = αP
 * examples, P = 100: train and test error along the exact gradient-flow solution (theory.ts), on a
 * log time axis, with the random-matrix average over data sets drawn dashed. A side panel sweeps α:
 * the error at convergence and at the early-stopping optimum, whose gap (overtraining) peaks at α = 1.
 * Analytic: the figure recomputes instantly; a "step" is one point of the time grid.
 */
import type { MetricRow, PanelData, Sim, SimEnv, StepResult } from '../runtime/types';
import type { ParamValues } from '../runtime/params';
import { gram, matTVec } from '../shared/linalg';
import { eigenProjections } from './spectrum';
import { mpQuadrature, theoryTestError, timeGrid } from './theory';
import { params } from './params';

export { params };
export const usesTf = false;

export const P = 100;
export const TOTAL_STEPS = 200;
const SWEEP = Float64Array.from({ length: 60 }, (_, i) => 0.1 + (3.9 * i) / 59);

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const N = Math.max(1, Math.round(p.alpha * P));
  const sigma2 = 1 / p.snr,
    init2 = p.init * p.init,
    wd = p.wd;
  const rng = env.rng.fork('data');
  const X = Float64Array.from({ length: N * P }, () => rng.normal() / Math.sqrt(P));
  const wBar = Float64Array.from({ length: P }, () => rng.normal());
  const eps = Float64Array.from({ length: N }, () => Math.sqrt(sigma2) * rng.normal());
  const initRng = env.rng.fork('init');
  const w0 = Float64Array.from({ length: P }, () => p.init * initRng.normal());

  // Only Vᵀw̄, Vᵀ(w₀ − w̄) and VᵀXᵀε are needed, never V itself: eigenProjections skips the O(P³)
  // eigenvector accumulation, so createSim stays within a frame and a slider answers at once.
  const {
    values: lam,
    proj: [b, u0, s],
  } = eigenProjections(gram(X, N, P), P, [wBar, Float64Array.from(w0, (v, i) => v - wBar[i]), matTVec(X, N, P, eps)]);
  const eps2 = eps.reduce((a, v) => a + v * v, 0);
  // Eigenvalues below this are the numerically zero (frozen) modes.
  const zero = 1e-9;
  const frozenDims = lam.reduce((a, l) => a + (l < zero ? 1 : 0), 0);

  const times = timeGrid(TOTAL_STEPS);
  const q = mpQuadrature(p.alpha);

  function at(t: number): MetricRow {
    let test = 0,
      fit = 0,
      cross = 0,
      frozen = 0;
    for (let k = 0; k < P; k++) {
      const l = lam[k] < zero ? 0 : lam[k];
      const kk = l + wd;
      const e = kk > 0 ? Math.exp(-kk * t) : 1;
      const uStar = kk > 0 ? (s[k] - wd * b[k]) / kk : 0;
      const u = uStar + (u0[k] - uStar) * e;
      test += u * u;
      fit += l * u * u;
      cross += s[k] * u;
      if (l === 0) frozen += (u + b[k]) ** 2; // the student's own weight in the frozen subspace
    }
    return {
      step: 0,
      t,
      test: test / P + sigma2,
      train: Math.max((fit - 2 * cross + eps2) / N, 0),
      theory: theoryTestError(p.alpha, t, sigma2, init2, wd, q),
      frozenNorm: Math.sqrt(frozen),
      frozenDims,
      noise: sigma2,
    };
  }

  function sweep(): PanelData {
    const { final, best } = sweepCurves(sigma2, init2, wd);
    return {
      kind: 'curves',
      x: Float32Array.from(SWEEP),
      series: [
        { label: 'trained to convergence', y: final },
        { label: 'stopped early (best time)', y: best },
      ],
      markers: [{ x: p.alpha, label: `α = ${p.alpha.toFixed(2)}` }],
    };
  }

  let step = 0;
  return {
    totalSteps: TOTAL_STEPS,
    step(n: number): StepResult {
      const rows: MetricRow[] = [];
      let fr: StepResult['frame'];
      if (step === 0 && n > 0) fr = { sweep: sweep() };
      for (let i = 0; i < n && step < TOTAL_STEPS; i++) {
        rows.push({ ...at(times[step]), step: step + 1 });
        step++;
      }
      return fr ? { rows, frame: fr } : { rows };
    },
    dispose() {},
  };
}

// The α sweep (random-matrix averages): error at the end of training and at the best stopping time.
// It does not depend on α itself (only the marker does), and at ~10⁶ exponentials it is the costliest
// part of a restart, so it is remembered per (σ², σ₀², γ): moving the α slider redraws at once.
const sweepCache = new Map<string, { final: Float32Array; best: Float32Array }>();
function sweepCurves(sigma2: number, init2: number, wd: number): { final: Float32Array; best: Float32Array } {
  const key = `${sigma2},${init2},${wd}`;
  let hit = sweepCache.get(key);
  if (!hit) {
    const final = new Float32Array(SWEEP.length),
      best = new Float32Array(SWEEP.length);
    const times = timeGrid(80);
    for (let i = 0; i < SWEEP.length; i++) {
      const a = SWEEP[i];
      const qa = mpQuadrature(a, 200);
      let lo = Infinity;
      for (const t of times) lo = Math.min(lo, theoryTestError(a, t, sigma2, init2, wd, qa));
      final[i] = theoryTestError(a, 1e4, sigma2, init2, wd, qa);
      best[i] = lo;
    }
    if (sweepCache.size >= 32) sweepCache.delete(sweepCache.keys().next().value!);
    hit = { final, best };
    sweepCache.set(key, hit);
  }
  // Copies, so no frame shares (or, if ever transferred, detaches) the cached arrays.
  return { final: hit.final.slice(), best: hit.best.slice() };
}

/** Overtraining of a run: final test error minus the lowest test error along the way. */
export function overtraining(rows: MetricRow[], key = 'test'): number {
  return rows[rows.length - 1][key] - Math.min(...rows.map((r) => r[key]));
}

/** Expected overtraining at ratio α (random-matrix average). */
export function theoryOvertraining(alpha: number, snr: number, init = 0, wd = 0): number {
  const q = mpQuadrature(alpha);
  const errs = Array.from(timeGrid(120), (t) => theoryTestError(alpha, t, 1 / snr, init * init, wd, q));
  return theoryTestError(alpha, 1e6, 1 / snr, init * init, wd, q) - Math.min(...errs);
}

/** The full time course is the point (analytic: every run reaches it at its end). */
export function reached(rows: MetricRow[]): boolean {
  return rows.length >= TOTAL_STEPS;
}
