/**
 * EF21 on heterogeneous quadratics (Richtárik, Gasanov & Burlachenko, 2024).
 *
 * n workers hold f_i(x) = ½ (x − c_i)ᵀ A_i (x − c_i) with smoothness L_i; the server minimises
 * f = (1/n) Σ f_i while every worker sends only TopK(·) of a vector per round. Four runs share x⁰:
 *   EF21, step from the old theory γ = 1/(L + L_QM √(β/θ))   (quadratic mean of the L_i)
 *   EF21, step from the new theory γ = 1/(L + L_AM √(β/θ))   (arithmetic mean, never larger)
 *   compressed GD without error feedback, x ← x − γ (1/n) Σ TopK(∇f_i(x)), the same step.
 * EF21:  x⁺ = x − γ ḡ,  g_i⁺ = g_i + TopK(∇f_i(x⁺) − g_i),  ḡ = mean g_i.
 * (The paper's weighted EF21-W, g_i⁺ = g_i + C(∇f_i(x⁺)/(n w_i) − g_i) with x⁺ = x − γ Σ w_i g_i, gives
 * exactly EF21's iterates for TopK, which commutes with scaling; so it is not drawn separately.)
 */
import type { MetricRow, PanelData, Sim, SimEnv, StepResult } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import type { ParamValues } from '../runtime/params';
import {
  axpy,
  ef21Step,
  familyGrad,
  makeQuadraticFamily,
  norm2,
  project2,
  symEig,
  topK,
  workerGrad,
} from '../shared/linalg';
import { PathRecorder, pathsPanel } from '../shared/trajectory';
import { params } from './params';

export { params };
export const usesTf = false;

export const DIM = 20;
export const TOTAL_STEPS = 2000;
const EVERY = 10;
const FRAME_EVERY = 100;

export const METHODS = ['qm', 'am', 'cgd'] as const;
export const METHOD_LABELS = [
  'EF21, step from L_QM (old theory)',
  'EF21, step from L_AM (new theory)',
  'compressed GD, no feedback',
];

interface Run {
  x: Float64Array;
  g: Float64Array[];
  gamma: number;
  feedback: boolean;
  path: PathRecorder;
  dead: boolean;
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const d = DIM;
  const n = p.workers;
  const k = Math.min(p.k, d);
  const fam = makeQuadraticFamily(env.rng.fork('data'), n, d, p.lRatio, p.spread);
  const gammaQM = ef21Step(fam.L, fam.lQM, k, d);
  const gammaAM = ef21Step(fam.L, fam.lAM, k, d);
  const init = env.rng.fork('init');
  const x0 = Float64Array.from(fam.xStar, (v) => v + 2 * init.normal());
  const g0 = norm2(familyGrad(fam, x0));
  // Draw the iterates in the plane of the two flattest directions of f (the slowest to converge).
  const eig = symEig(fam.A, d);

  const tmp = new Float64Array(d),
    diff = new Float64Array(d),
    comp = new Float64Array(d);
  const runs: Run[] = METHODS.map((m) => ({
    x: Float64Array.from(x0),
    g: fam.workers.map((w) => workerGrad(w, x0, new Float64Array(d))),
    gamma: m === 'qm' ? gammaQM : gammaAM,
    feedback: m !== 'cgd',
    path: new PathRecorder(),
    dead: false,
  }));
  runs.forEach((r) => r.path.push(...project2(r.x, fam.xStar, eig.vectors, d, 0, 1)));
  let step = 0;

  function advance(r: Run): void {
    if (r.dead) return;
    if (!r.feedback) {
      const upd = new Float64Array(d);
      fam.workers.forEach((w) => axpy(upd, 1 / n, topK(workerGrad(w, r.x, tmp), k, comp)));
      axpy(r.x, -r.gamma, upd);
    } else {
      const upd = new Float64Array(d);
      r.g.forEach((gi) => axpy(upd, 1 / n, gi));
      axpy(r.x, -r.gamma, upd);
      fam.workers.forEach((w, i) => {
        workerGrad(w, r.x, tmp);
        for (let j = 0; j < d; j++) diff[j] = tmp[j] - r.g[i][j];
        axpy(r.g[i], 1, topK(diff, k, comp));
      });
    }
    if (!r.x.every(Number.isFinite) || norm2(r.x) > 1e12) r.dead = true;
    else r.path.push(...project2(r.x, fam.xStar, eig.vectors, d, 0, 1));
  }

  function row(): MetricRow {
    const out: MetricRow = { step, lAM: fam.lAM, lQM: fam.lQM, gammaAM, gammaQM };
    // A run that blew up leaves its key out (a gap in its curve); the others keep going.
    runs.forEach((r, i) => {
      if (!r.dead) out[METHODS[i]] = Math.max(norm2(familyGrad(fam, r.x)) / g0, 1e-30);
    });
    if (runs.every((r) => r.dead)) out[DIVERGED] = 1;
    return out;
  }

  function frame(): Record<string, PanelData> {
    return {
      paths: pathsPanel(runs.map((r, i) => ({ label: METHOD_LABELS[i], ...r.path.points() }))),
    };
  }

  return {
    totalSteps: TOTAL_STEPS,
    step(nSteps: number): StepResult {
      const rows: MetricRow[] = [];
      let fr: StepResult['frame'];
      if (step === 0 && nSteps > 0) {
        rows.push(row());
        fr = frame();
      }
      for (let i = 0; i < nSteps && step < TOTAL_STEPS; i++) {
        runs.forEach(advance);
        step++;
        if (step % EVERY === 0) rows.push(row());
        if (step % FRAME_EVERY === 0) fr = frame();
      }
      return fr ? { rows, frame: fr } : { rows };
    },
    dispose() {},
  };
}

/** First round at which a method's ‖∇f‖² has fallen below `tol` times its start (Infinity if never). */
export function roundsTo(rows: MetricRow[], key: string, tol: number): number {
  return rows.find((r) => r[key] <= tol)?.step ?? Infinity;
}

/** Shown once the new-theory EF21 has converged to 1e-8 of its starting gradient norm². */
export function reached(rows: MetricRow[]): boolean {
  return rows.some((r) => r.am <= 1e-8);
}
