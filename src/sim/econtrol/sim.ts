/**
 * EControl (Gao, Islamov & Stich, 2023) against other uses of a TopK compressor C, with
 * stochastic gradients g_i = ∇f_i(x) + σξ on heterogeneous quadratics (the shared world of the
 * error-feedback figures). Every method takes the same step γ:
 *   compressed SGD:  x ← x − γ mean C(g_i)                                   (biased, no memory)
 *   EF14 (classic error compensation): p_i = C(e_i + γ g_i), e_i ← e_i + γ g_i − p_i, x ← x − mean p_i
 *   EF21-SGD:  h_i ← h_i + C(g_i − h_i),  x ← x − γ mean h_i
 *   EControl:  Δ_i = C(η e_i + g_i − h_i), e_i ← e_i + g_i − h_i − Δ_i, h_i ← h_i + Δ_i, x ← x − γ mean h_i
 * EControl with η = 0 is EF21; η scales how much of the accumulated error e_i is fed back.
 */
import type { MetricRow, PanelData, Sim, SimEnv, StepResult } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import type { ParamValues } from '../runtime/params';
import { axpy, familyLoss, makeQuadraticFamily, project2, symEig, topK, workerGrad } from '../shared/linalg';
import { PathRecorder, pathsPanel } from '../shared/trajectory';
import { params } from './params';

export { params };
export const usesTf = false;

export const DIM = 20;
export const WORKERS = 10;
export const L_RATIO = 10;
export const TOTAL_STEPS = 2500;
const EVERY = 10;
const FRAME_EVERY = 100;

export const METHODS = ['csgd', 'ef14', 'ef21', 'ec'] as const;
type Method = (typeof METHODS)[number];
export const METHOD_LABELS = ['compressed SGD', 'EF14 (error compensation)', 'EF21-SGD', 'EControl'];

interface Run {
  m: Method;
  x: Float64Array;
  e: Float64Array[];
  h: Float64Array[];
  path: PathRecorder;
  dead: boolean;
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const d = DIM,
    n = WORKERS,
    k = Math.min(p.k, d);
  const fam = makeQuadraticFamily(env.rng.fork('data'), n, d, L_RATIO, p.spread);
  const init = env.rng.fork('init');
  const x0 = Float64Array.from(fam.xStar, (v) => v + 2 * init.normal());
  const f0 = familyLoss(fam, x0) - fam.fStar;
  const eig = symEig(fam.A, d);
  // Common random numbers: each method gets its own copy of the same noise stream, so the
  // methods differ only in what they do with the same noisy gradients.
  const noise = METHODS.map(() => env.rng.fork('noise'));
  const g = new Float64Array(d),
    v = new Float64Array(d),
    c = new Float64Array(d);

  const stochGrad = (wi: number, x: Float64Array, r: number): Float64Array => {
    workerGrad(fam.workers[wi], x, g);
    if (p.sigma > 0) for (let j = 0; j < d; j++) g[j] += p.sigma * noise[r].normal();
    return g;
  };

  const runs: Run[] = METHODS.map((m, r) => ({
    m,
    x: Float64Array.from(x0),
    e: fam.workers.map(() => new Float64Array(d)),
    // EF21 and EControl start from one uncompressed stochastic gradient per worker.
    h: fam.workers.map((_, i) =>
      m === 'ef21' || m === 'ec' ? Float64Array.from(stochGrad(i, x0, r)) : new Float64Array(d),
    ),
    path: new PathRecorder(),
    dead: false,
  }));
  runs.forEach((run) => run.path.push(...project2(run.x, fam.xStar, eig.vectors, d, 0, 1)));
  let step = 0;

  function advance(run: Run, r: number): void {
    if (run.dead) return;
    const upd = new Float64Array(d);
    for (let i = 0; i < n; i++) {
      const gi = stochGrad(i, run.x, r);
      const e = run.e[i],
        h = run.h[i];
      if (run.m === 'csgd') axpy(upd, p.lr / n, topK(gi, k, c));
      else if (run.m === 'ef14') {
        for (let j = 0; j < d; j++) v[j] = e[j] + p.lr * gi[j];
        topK(v, k, c);
        for (let j = 0; j < d; j++) e[j] = v[j] - c[j];
        axpy(upd, 1 / n, c);
      } else {
        const eta = run.m === 'ec' ? p.eta : 0;
        for (let j = 0; j < d; j++) v[j] = eta * e[j] + gi[j] - h[j];
        topK(v, k, c);
        if (run.m === 'ec') for (let j = 0; j < d; j++) e[j] += gi[j] - h[j] - c[j];
        axpy(h, 1, c);
        axpy(upd, p.lr / n, h);
      }
    }
    axpy(run.x, -1, upd);
    const bad = !run.x.every(Number.isFinite) || familyLoss(fam, run.x) - fam.fStar > 1e8 * (f0 + 1);
    if (bad) run.dead = true;
    else run.path.push(...project2(run.x, fam.xStar, eig.vectors, d, 0, 1));
  }

  function row(): MetricRow {
    const out: MetricRow = { step, blownUp: runs.filter((r) => r.dead).length };
    // A method that blew up leaves its key out (a gap in its curve); the others keep going.
    runs.forEach((run) => {
      if (!run.dead) out[run.m] = Math.max((familyLoss(fam, run.x) - fam.fStar) / f0, 1e-30);
    });
    if (runs.every((r) => r.dead)) out[DIVERGED] = 1;
    return out;
  }

  const frame = (): Record<string, PanelData> => ({
    paths: pathsPanel(runs.map((run, i) => ({ label: METHOD_LABELS[i], ...run.path.points() }))),
  });

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

/** Mean of a key over the last `frac` of the rows (the plateau each method settles on). */
export function plateau(rows: MetricRow[], key: string, frac = 0.2): number {
  const tail = rows.slice(Math.floor(rows.length * (1 - frac)));
  return tail.reduce((a, r) => a + (r[key] ?? Infinity), 0) / tail.length;
}

/** Shown once the run is past 1500 rounds: every method has settled on its plateau. */
export function reached(rows: MetricRow[]): boolean {
  return rows.length > 0 && rows[rows.length - 1].step >= 1500;
}
