/**
 * DPO, conservative DPO (label smoothing) and rDPO on a log-linear policy π_θ(y|x) ∝ exp(θᵀφ(x, y))
 * with π_ref uniform (θ = 0), so the DPO margin is h_θ = θᵀ(φ(x, y_w) − φ(x, y_l)). Pairs of
 * distinct responses are drawn uniformly, labelled by the Bradley–Terry–Luce model
 * P(y₁ ≻ y₂) = σ(β θ*ᵀ(φ₁ − φ₂)) (DPO's own model, so θ* is the clean optimum) and then swapped
 * with probability ε. Per pair, with ℓ(z) = −log σ(z):
 *   DPO   ℓ(βh)
 *   cDPO  (1−ε) ℓ(βh) + ε ℓ(−βh)
 *   rDPO  [(1−ε) ℓ(βh) − ε ℓ(−βh)] / (1 − 2ε)   (Eq. 2; unbiased for the clean loss, still convex)
 * Each is minimised by full-batch gradient descent; a side panel repeats the fit over a sweep of ε.
 */
import type { Rng } from '../runtime/rng';
import type { ParamValues } from '../runtime/params';
import type { Frame, MetricRow, Sim, SimEnv, StepResult } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import { sigmoid, softmax } from '../shared/preferences';
import { params } from './params';

export { params };
export const usesTf = false;
export const STEPS = 150;
/** The side panel's ε grid (0, 0.05, …, 0.45) and its fits, one per loss and ε. */
export const SWEEP_EPS = 10;
export const SWEEP_FITS = 3 * SWEEP_EPS;
const D = 4,
  PROMPTS = 20,
  RESP = 8,
  LR = 1;
export const LOSSES = ['dpo', 'cdpo', 'rdpo'] as const;
type Loss = (typeof LOSSES)[number];

interface Data {
  dphi: Float64Array;
  label: Int8Array;
  u: Float64Array;
  n: number;
}

/** Weights (a, b) of a loss written as a·ℓ(βh) + b·ℓ(−βh) for an observed pair. */
function weights(loss: Loss, eps: number): [number, number] {
  if (loss === 'dpo') return [1, 0];
  if (loss === 'cdpo') return [1 - eps, eps];
  return [(1 - eps) / (1 - 2 * eps), -eps / (1 - 2 * eps)];
}

/** Gradient (w.r.t. θ) of the mean loss; the observed label sign s = ±1 orients each pair. */
function grad(th: Float64Array, d: Data, eps: number, loss: Loss, beta: number): Float64Array {
  const [a, b] = weights(loss, eps);
  const g = new Float64Array(D);
  for (let k = 0; k < d.n; k++) {
    const s = (d.u[k] < eps ? -1 : 1) * d.label[k];
    let h = 0;
    for (let j = 0; j < D; j++) h += th[j] * d.dphi[k * D + j];
    const z = beta * s * h;
    // d/dz [a ℓ(z) + b ℓ(−z)] = −a σ(−z) + b σ(z). Both sigmoids from one exponential, written as
    // the stable `sigmoid` writes each (the ε sweep runs this 4.5 million times).
    const e = Math.exp(-Math.abs(z));
    const sigZ = z >= 0 ? 1 / (1 + e) : e / (1 + e);
    const sigMinusZ = z >= 0 ? e / (1 + e) : 1 / (1 + e);
    const dz = -a * sigMinusZ + b * sigZ;
    const c = dz * beta * s;
    for (let i = 0; i < D; i++) g[i] += (c * d.dphi[k * D + i]) / d.n;
  }
  return g;
}

function makeData(rng: Rng, phi: Float64Array, thStar: Float64Array, n: number, beta: number): Data {
  const dphi = new Float64Array(n * D),
    label = new Int8Array(n),
    u = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const x = rng.int(PROMPTS);
    const y1 = rng.int(RESP);
    const y2 = (y1 + 1 + rng.int(RESP - 1)) % RESP;
    let m = 0;
    for (let j = 0; j < D; j++) {
      dphi[k * D + j] = phi[(x * RESP + y1) * D + j] - phi[(x * RESP + y2) * D + j];
      m += thStar[j] * dphi[k * D + j];
    }
    label[k] = rng.next() < sigmoid(beta * m) ? 1 : -1; // +1: y₁ truly preferred
    u[k] = rng.next(); // the pair's label is flipped when u < ε (shared across ε, so sweeps are coupled)
  }
  return { dphi, label, u, n };
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const wr = env.rng.fork('world');
  const phi = Float64Array.from({ length: PROMPTS * RESP * D }, () => wr.normal());
  const thStar = Float64Array.from({ length: D }, () => wr.normal());
  const data = makeData(env.rng.fork('data'), phi, thStar, p.pairs, p.beta);
  const norm = (v: ArrayLike<number>) => Math.hypot(...Array.from(v));
  const err = (th: Float64Array) => norm(th.map((t, j) => t - thStar[j])) / norm(thStar);
  /** Expected true reward r* = θ*ᵀφ of π_θ, averaged over prompts. */
  const reward = (th: ArrayLike<number>) => {
    let s = 0;
    for (let x = 0; x < PROMPTS; x++) {
      const logits = Array.from({ length: RESP }, (_, y) => {
        let l = 0;
        for (let j = 0; j < D; j++) l += th[j] * phi[(x * RESP + y) * D + j];
        return l;
      });
      const pi = softmax(logits);
      for (let y = 0; y < RESP; y++) {
        let r = 0;
        for (let j = 0; j < D; j++) r += thStar[j] * phi[(x * RESP + y) * D + j];
        s += (pi[y] * r) / PROMPTS;
      }
    }
    return s;
  };
  /** The same fit as the live runs: STEPS full-batch gradient steps from θ = 0. (The rDPO loss is
   * convex but not bounded below on nearly separable data, so "run to the exact minimiser" is not
   * an option; like practitioners, we stop after a fixed budget.) */
  const fit = (loss: Loss, eps: number) => {
    const t = new Float64Array(D);
    for (let it = 0; it < STEPS; it++) {
      const g = grad(t, data, eps, loss, p.beta);
      for (let j = 0; j < D; j++) t[j] -= LR * g[j];
    }
    return t;
  };
  // The ε sweep (side panel): parameter error of each loss after the same training budget. Its 30
  // fits cost as much as ten whole runs, so they are spread over the first SWEEP_FITS steps, one
  // per step (createSim and the first step must answer a slider within a frame); the panel's frame
  // is sent once the sweep is complete.
  const sweepEps = Array.from({ length: SWEEP_EPS }, (_, i) => i * 0.05);
  const sweep = LOSSES.map(() => new Float32Array(SWEEP_EPS));
  let fitted = 0;
  const fitUpTo = (n: number) => {
    for (; fitted < Math.min(n, SWEEP_FITS); fitted++) {
      const l = Math.floor(fitted / SWEEP_EPS);
      const e = fitted % SWEEP_EPS;
      sweep[l][e] = err(fit(LOSSES[l], sweepEps[e]));
    }
  };
  const th: Record<Loss, Float64Array> = {
    dpo: new Float64Array(D),
    cdpo: new Float64Array(D),
    rdpo: new Float64Array(D),
  };
  const clean = reward(thStar);

  const advance = () => {
    for (const loss of LOSSES) {
      const g = grad(th[loss], data, p.eps, loss, p.beta);
      for (let j = 0; j < D; j++) th[loss][j] -= LR * g[j];
    }
  };
  const measure = (step: number): MetricRow => {
    const row: MetricRow = { step, rewardClean: clean };
    for (const loss of LOSSES) {
      row[`err_${loss}`] = err(th[loss]);
      row[`reward_${loss}`] = reward(th[loss]);
    }
    if (Object.values(row).some((v) => !Number.isFinite(v))) return { step, [DIVERGED]: 1 };
    return row;
  };
  const frame = (): Frame => {
    fitUpTo(SWEEP_FITS);
    return {
      sweep: {
        kind: 'curves',
        x: Float32Array.from(sweepEps),
        series: [
          { label: 'DPO', y: sweep[0].slice() },
          { label: 'conservative DPO', y: sweep[1].slice() },
          { label: 'rDPO', y: sweep[2].slice() },
        ],
        markers: [{ x: p.eps, label: 'this run’s ε' }],
      },
    };
  };

  // A row every step (step 0 first); the sweep frame when the sweep completes, at the end, and
  // when a run stops early (which then finishes the sweep). All by absolute step, never by chunk.
  let step = 0;
  let started = false;
  let stopped = false;
  return {
    totalSteps: STEPS,
    step(n: number): StepResult {
      const rows: MetricRow[] = [];
      let fr: Frame | undefined;
      if (!started && n > 0) {
        started = true;
        rows.push(measure(0));
      }
      for (let i = 0; i < n && step < STEPS && !stopped; i++) {
        fitUpTo(step + 1);
        advance();
        step++;
        const row = measure(step);
        rows.push(row);
        if (row[DIVERGED]) stopped = true;
        if (step === SWEEP_FITS || step === STEPS || stopped) fr = frame();
      }
      return fr ? { rows, frame: fr } : { rows };
    },
    dispose() {},
  };
}

/** Shown once the three fits have separated (gradient descent is near its optimum by then). */
export function reached(rows: MetricRow[]): boolean {
  const r = rows[rows.length - 1];
  return !!r && r.step >= 100;
}
