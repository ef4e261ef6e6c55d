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
import { applyA, Network, randomModes, solveExact } from './poisson';
import { params } from './params';

export { params };
export const usesTf = false;

export const TOTAL_STEPS = 100;
export const TOL = 1e-6;
const MAX_IT = 300;
const TRAIN_VECTORS = 12;
const EVAL_EVERY = 4;
const FRAME_EVERY = 4;

/**
 * Residual history ‖r_k‖/‖b‖ of a solve: CG when `dirOf` is null, else conjugate directions whose raw
 * search direction for residual r is `dirOf(r, out)` (written into out), made A-orthogonal to the last
 * `keep`. Buffers are reused across iterations: a solve runs up to MAX_IT of them.
 */
export function solve(
  b: Float64Array,
  g: number,
  dirOf: ((r: Float64Array, out: Float64Array) => void) | null,
  keep: number,
): number[] {
  const N = g * g;
  const r = Float64Array.from(b),
    nb = Math.sqrt(norm2(b));
  const hist = [1];
  // The kept directions p and their A p, oldest first; `spare` holds recycled buffers.
  type Dir = { p: Float64Array; Ap: Float64Array; pAp: number };
  const prev: Dir[] = [],
    spare: Dir[] = [];
  const cg: Dir = { p: Float64Array.from(r), Ap: new Float64Array(N), pAp: 0 };
  let rr = norm2(r);
  for (let it = 0; it < MAX_IT && Math.sqrt(rr) / nb > TOL; it++) {
    let d = cg;
    if (dirOf) {
      d = spare.pop() ?? { p: new Float64Array(N), Ap: new Float64Array(N), pAp: 0 };
      const p = d.p;
      dirOf(r, p);
      for (const q of prev) {
        const c = dot(p, q.Ap) / q.pAp;
        for (let k = 0; k < N; k++) p[k] -= c * q.p[k];
      }
    }
    const { p, Ap } = d;
    applyA(p, g, Ap);
    // pᵀAp and pᵀr, then r ← r − α A p and ‖r‖², each pair in one pass (sums in the same order as dot()).
    let pAp = 0,
      pr = 0;
    for (let k = 0; k < N; k++) {
      pAp += p[k] * Ap[k];
      pr += p[k] * r[k];
    }
    if (!(pAp > 0)) break;
    const alpha = pr / pAp;
    let rrNew = 0;
    for (let k = 0; k < N; k++) {
      r[k] -= alpha * Ap[k];
      rrNew += r[k] * r[k];
    }
    if (dirOf) {
      d.pAp = pAp;
      prev.push(d);
      if (prev.length > keep) spare.push(prev.shift()!);
    } else {
      const beta = rrNew / rr;
      for (let k = 0; k < N; k++) p[k] = r[k] + beta * p[k];
    }
    rr = rrNew;
    hist.push(Math.sqrt(rr) / nb);
  }
  return hist;
}

/** Iterations a residual history needed to reach TOL (its length − 1, or MAX_IT if it never did). */
export const iterations = (hist: number[]) => (hist[hist.length - 1] <= TOL ? hist.length - 1 : MAX_IT);

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  // createSim only sets up: a slider restarts the run, so it must return at once. The test system is
  // built by the first step (`testSystem`), the training data by the first Adam step (`trainingData`).
  const g = 2 ** p.k - 1,
    N = g * g;
  const net = new Network(g),
    P = net.P;
  const initRng = env.rng.fork('init');
  const theta = Float64Array.from({ length: P }, () => 0.1 * initRng.normal());
  const m = new Float64Array(P),
    v = new Float64Array(P);
  const dir = (r: Float64Array, out: Float64Array) => void net.apply(theta, r, out);

  let test: { b: Float64Array; cgHist: number[]; cgIts: number; exact: Float32Array } | undefined;
  function testSystem() {
    if (test) return test;
    const testRng = env.rng.fork('test');
    let b: Float64Array;
    if (p.rhs === 'smooth') b = randomModes(g, testRng, 0.75);
    else if (p.rhs === 'noise') b = Float64Array.from({ length: N }, () => testRng.normal());
    else {
      b = new Float64Array(N);
      b[Math.floor(g / 3) * g + Math.floor((2 * g) / 3)] = 1;
    }
    const cgHist = solve(b, g, null, 0);
    // A⁻¹ b for the picture only.
    test = { b, cgHist, cgIts: iterations(cgHist), exact: Float32Array.from(solveExact(b, g)) };
    return test;
  }

  // Per training vector r: r itself, ‖r‖², Ψ = [A φ_j(r)]_j (P×N, so A f(r) = Σ θ_j Ψ_j is cheap to
  // evaluate) and the fixed products rᵀΨ_j.
  let data: { r: Float64Array; rr: number; psi: Float64Array; rPsi: Float64Array }[] | undefined;
  function trainingData() {
    if (data) return data;
    const dataRng = env.rng.fork('data');
    data = Array.from({ length: TRAIN_VECTORS }, () => {
      const raw = randomModes(g, dataRng, 0.75);
      const s = Math.sqrt(norm2(raw));
      const r = raw.map((x) => x / s);
      const psi = net.basisResponses(r);
      const rPsi = new Float64Array(P);
      for (let j = 0; j < P; j++) rPsi[j] = dot(r, psi.subarray(j * N, (j + 1) * N));
      return { r, rr: norm2(r), psi, rPsi };
    });
    return data;
  }

  /** Adam steps taken; θ after `trained` steps is what the rows and frames at that step describe. */
  let trained = 0,
    loss = NaN,
    lastHist: number[] = [];
  const u = new Float64Array(N),
    grad = new Float64Array(P);

  function trainStep(): void {
    grad.fill(0);
    loss = 0;
    for (const { r, rr, psi, rPsi } of trainingData()) {
      u.fill(0);
      for (let j = 0; j < P; j++) {
        const th = theta[j],
          o = j * N;
        for (let k = 0; k < N; k++) u[k] += th * psi[o + k];
      }
      const ru = dot(r, u),
        uu = norm2(u) + 1e-30;
      loss += (1 - (ru * ru) / (rr * uu)) / TRAIN_VECTORS;
      // dℓ/du = −2(rᵀu) r/(‖r‖²‖u‖²) + 2(rᵀu)² u/(‖r‖²‖u‖⁴), then chain through u = Ψθ.
      const cr = (-2 * ru) / (rr * uu),
        cu = (2 * ru * ru) / (rr * uu * uu);
      for (let j = 0; j < P; j++) {
        let uPsi = 0;
        const o = j * N;
        for (let k = 0; k < N; k++) uPsi += u[k] * psi[o + k];
        grad[j] += (cr * rPsi[j] + cu * uPsi) / TRAIN_VECTORS;
      }
    }
    // Adam.
    const b1 = 0.9,
      b2 = 0.999,
      t = trained + 1;
    for (let j = 0; j < P; j++) {
      m[j] = b1 * m[j] + (1 - b1) * grad[j];
      v[j] = b2 * v[j] + (1 - b2) * grad[j] ** 2;
      theta[j] -= (p.lr * (m[j] / (1 - b1 ** t))) / (Math.sqrt(v[j] / (1 - b2 ** t)) + 1e-12);
    }
    trained++;
  }

  const row = (): MetricRow => {
    const { b, cgIts } = testSystem();
    const out: MetricRow = { step: trained, cgIts };
    if (Number.isFinite(loss)) out.loss = loss;
    if (trained % EVAL_EVERY === 0) {
      lastHist = solve(b, g, dir, p.dirs);
      out.dcdmIts = iterations(lastHist);
    }
    return out;
  };

  /** The picture; without the learned solve's history (`withLearned` false) it needs no DCDM solve. */
  function frame(withLearned = true): Record<string, PanelData> {
    const { b, cgHist, exact } = testSystem();
    const len = Math.max(cgHist.length, withLearned ? lastHist.length : 0);
    const pad = (h: number[]) => Float32Array.from({ length: len }, (_, i) => (i < h.length ? h[i] : NaN));
    const first = net.apply(theta, b, new Float64Array(N));
    // Scale the network's direction to best match A⁻¹b (the loss ignores scale).
    const Af = applyA(first, g, new Float64Array(N));
    const scale = dot(b, Af) / (norm2(Af) || 1);
    const series = [{ label: 'conjugate gradients', y: pad(cgHist) }];
    if (withLearned) series.push({ label: `learned directions (training step ${trained})`, y: pad(lastHist) });
    return {
      residual: { kind: 'curves', x: Float32Array.from({ length: len }, (_, i) => i), series },
      netOut: { kind: 'heatmap', rows: g, cols: g, values: Float32Array.from(first, (x) => x * scale) },
      exact: { kind: 'heatmap', rows: g, cols: g, values: exact.slice() },
    };
  }

  let step = 0;
  return {
    totalSteps: TOTAL_STEPS,
    step(n: number): StepResult {
      const rows: MetricRow[] = [];
      let fr: StepResult['frame'];
      for (let i = 0; i < n && step < TOTAL_STEPS; i++) {
        step++;
        if (step === 1) {
          // Lazy: the first step only draws the cheap part of the picture (CG's history, A⁻¹b, the
          // untrained network's output), so a slider answers within a frame. The untrained network's
          // solve (MAX_IT network applications, ~100 ms at k = 6) and the first Adam step follow in
          // the second step, which emits row 0 before row 2: the rows do not change, only when the
          // work is done (still fixed by the absolute step, so chunking cannot change them).
          fr = frame(false);
          continue;
        }
        // Adam steps catch up with the counter (two of them at step 2, one at every later step).
        while (trained < step) {
          if (trained === 0) {
            rows.push(row());
            fr = frame();
          }
          trainStep();
          if (trained % 2 === 0) rows.push(row());
          if (trained % FRAME_EVERY === 0) fr = frame();
        }
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
