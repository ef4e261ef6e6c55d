/**
 * A learned conjugate-direction solver (Kaneda et al., 2023) at toy scale, against conjugate
 * gradients, on a 2-D Poisson system A x = b.
 *
 * Training (unsupervised): the network f should act like A⁻¹ up to an unknown scale, so on training
 * residuals r it minimises the scale-free loss  min_α ‖r − α A f(r)‖² / ‖r‖² = 1 − (rᵀAf)² / (‖r‖²‖Af‖²),
 * with Adam. Training residuals are smooth random fields (dominated by A's small eigenvalues, like the
 * paper's Ritz-vector data).
 * Solving (DCDM): at each iteration the search direction is d = f(r_k), made A-orthogonal to the last
 * few directions, then the exact line search α = dᵀr / dᵀAd. Every few training steps the current
 * network solves the test system, so the reader watches the iteration count fall as it learns.
 */
import type { MetricRow, PanelData, Sim, SimEnv, StepResult } from '../runtime/types';
import type { ParamValues } from '../runtime/params';
import { dot, norm2 } from '../shared/linalg';
import { applyA, basis, network, randomModes, weightCount } from './poisson';
import { params } from './params';

export { params };
export const usesTf = false;

export const TOTAL_STEPS = 100;
export const TOL = 1e-6;
const MAX_IT = 300;
const TRAIN_VECTORS = 12;
const EVAL_EVERY = 4;
const FRAME_EVERY = 4;

/** Residual history ‖r_k‖/‖b‖ of a solve; `dirOf` gives the raw search direction for residual r. */
export function solve(
  b: Float64Array,
  g: number,
  dirOf: ((r: Float64Array) => Float64Array) | null,
  keep: number,
): number[] {
  const N = g * g;
  const x = new Float64Array(N),
    r = Float64Array.from(b),
    Ap = new Float64Array(N);
  const nb = Math.sqrt(norm2(b));
  const hist = [1];
  const prev: { p: Float64Array; Ap: Float64Array; pAp: number }[] = [];
  let rr = norm2(r),
    pCg = Float64Array.from(r);
  for (let it = 0; it < MAX_IT && Math.sqrt(rr) / nb > TOL; it++) {
    let p: Float64Array;
    if (dirOf) {
      p = dirOf(r);
      for (const q of prev) {
        const c = dot(p, q.Ap) / q.pAp;
        for (let k = 0; k < N; k++) p[k] -= c * q.p[k];
      }
    } else p = pCg;
    applyA(p, g, Ap);
    const pAp = dot(p, Ap);
    if (!(pAp > 0)) break;
    const alpha = dot(p, r) / pAp;
    for (let k = 0; k < N; k++) {
      x[k] += alpha * p[k];
      r[k] -= alpha * Ap[k];
    }
    const rrNew = norm2(r);
    if (dirOf) {
      prev.push({ p, Ap: Float64Array.from(Ap), pAp });
      if (prev.length > keep) prev.shift();
    } else {
      const beta = rrNew / rr;
      pCg = Float64Array.from(r, (v, k) => v + beta * p[k]);
    }
    rr = rrNew;
    hist.push(Math.sqrt(rr) / nb);
  }
  return hist;
}

/** Iterations a residual history needed to reach TOL (its length − 1, or MAX_IT if it never did). */
export const iterations = (hist: number[]) => (hist[hist.length - 1] <= TOL ? hist.length - 1 : MAX_IT);

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const g = 2 ** p.k - 1,
    N = g * g,
    P = weightCount(g);
  const dataRng = env.rng.fork('data');
  const unit = (v: Float64Array) => {
    const s = Math.sqrt(norm2(v));
    return v.map((x) => x / s);
  };
  const train = Array.from({ length: TRAIN_VECTORS }, () => unit(randomModes(g, dataRng, 0.75)));
  // Ψ_j = A φ_j(r) for every training vector: A f(r) = Σ θ_j Ψ_j, so the loss is cheap to evaluate.
  const psi = train.map((r) => basis(r, g).map((phi) => applyA(phi, g, new Float64Array(N))));
  const testRng = env.rng.fork('test');
  let b: Float64Array;
  if (p.rhs === 'smooth') b = randomModes(g, testRng, 0.75);
  else if (p.rhs === 'noise') b = Float64Array.from({ length: N }, () => testRng.normal());
  else {
    b = new Float64Array(N);
    b[Math.floor(g / 3) * g + Math.floor((2 * g) / 3)] = 1;
  }
  const cgHist = solve(b, g, null, 0);
  const cgIts = iterations(cgHist);
  const exact = (() => {
    // A⁻¹ b by CG to high accuracy (for the picture only).
    const x = new Float64Array(N),
      r = Float64Array.from(b),
      Ap = new Float64Array(N);
    let d = Float64Array.from(r),
      rr = norm2(r);
    for (let it = 0; it < 4 * N && rr > 1e-24 * norm2(b); it++) {
      applyA(d, g, Ap);
      const a = rr / dot(d, Ap);
      for (let k = 0; k < N; k++) {
        x[k] += a * d[k];
        r[k] -= a * Ap[k];
      }
      const rn = norm2(r);
      d = Float64Array.from(r, (v, k) => v + (rn / rr) * d[k]);
      rr = rn;
    }
    return x;
  })();

  const initRng = env.rng.fork('init');
  const theta = Float64Array.from({ length: P }, () => 0.1 * initRng.normal());
  const m = new Float64Array(P),
    v = new Float64Array(P);
  const u = new Float64Array(N);
  let step = 0,
    loss = NaN,
    lastHist = solve(b, g, (r) => network(theta, r, g), p.dirs);

  function trainStep(): void {
    const grad = new Float64Array(P);
    loss = 0;
    train.forEach((r, t) => {
      u.fill(0);
      psi[t].forEach((col, j) => {
        const th = theta[j];
        for (let k = 0; k < N; k++) u[k] += th * col[k];
      });
      const ru = dot(r, u),
        uu = norm2(u) + 1e-30,
        rr = norm2(r);
      loss += (1 - (ru * ru) / (rr * uu)) / TRAIN_VECTORS;
      // dℓ/du = −2(rᵀu) r/(‖r‖²‖u‖²) + 2(rᵀu)² u/(‖r‖²‖u‖⁴), then chain through u = Ψθ.
      const cr = (-2 * ru) / (rr * uu),
        cu = (2 * ru * ru) / (rr * uu * uu);
      psi[t].forEach((col, j) => {
        grad[j] += (cr * dot(r, col) + cu * dot(u, col)) / TRAIN_VECTORS;
      });
    });
    // Adam.
    const b1 = 0.9,
      b2 = 0.999,
      t = step + 1;
    for (let j = 0; j < P; j++) {
      m[j] = b1 * m[j] + (1 - b1) * grad[j];
      v[j] = b2 * v[j] + (1 - b2) * grad[j] ** 2;
      theta[j] -= (p.lr * (m[j] / (1 - b1 ** t))) / (Math.sqrt(v[j] / (1 - b2 ** t)) + 1e-12);
    }
  }

  const row = (): MetricRow => {
    const out: MetricRow = { step, cgIts };
    if (Number.isFinite(loss)) out.loss = loss;
    if (step % EVAL_EVERY === 0) {
      lastHist = solve(b, g, (r) => network(theta, r, g), p.dirs);
      out.dcdmIts = iterations(lastHist);
    }
    return out;
  };

  function frame(): Record<string, PanelData> {
    const len = Math.max(cgHist.length, lastHist.length);
    const pad = (h: number[]) => Float32Array.from({ length: len }, (_, i) => (i < h.length ? h[i] : NaN));
    const first = network(theta, b, g);
    // Scale the network's direction to best match A⁻¹b (the loss ignores scale).
    const Af = applyA(first, g, new Float64Array(N));
    const scale = dot(b, Af) / (norm2(Af) || 1);
    return {
      residual: {
        kind: 'curves',
        x: Float32Array.from({ length: len }, (_, i) => i),
        series: [
          { label: 'conjugate gradients', y: pad(cgHist) },
          { label: `learned directions (training step ${step})`, y: pad(lastHist) },
        ],
      },
      netOut: { kind: 'heatmap', rows: g, cols: g, values: Float32Array.from(first, (x) => x * scale) },
      exact: { kind: 'heatmap', rows: g, cols: g, values: Float32Array.from(exact) },
    };
  }

  return {
    totalSteps: TOTAL_STEPS,
    step(n: number): StepResult {
      const rows: MetricRow[] = [];
      let fr: StepResult['frame'];
      if (step === 0 && n > 0) {
        rows.push(row());
        fr = frame();
      }
      for (let i = 0; i < n && step < TOTAL_STEPS; i++) {
        trainStep();
        step++;
        if (step % 2 === 0) rows.push(row());
        if (step % FRAME_EVERY === 0) fr = frame();
      }
      return fr ? { rows, frame: fr } : { rows };
    },
    dispose() {},
  };
}

/** Shown once the learned directions need at most half the iterations of CG. */
export function reached(rows: MetricRow[]): boolean {
  return rows.some((r) => r.dcdmIts !== undefined && r.dcdmIts <= r.cgIts / 2);
}
