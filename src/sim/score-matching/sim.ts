/**
 * Denoising score matching as regression with noisy labels (Han, Razaviyayn & Xu, 2024).
 *
 * Data: x₀ from an equal mixture of N(±a, 0.5²). Forward (Ornstein–Uhlenbeck) process:
 * x_t = e^{−t} x₀ + σ_t ε, σ_t² = 1 − e^{−2t}. A fixed training set of n triples (x₀, t, ε), t uniform
 * on [0.05, 2], gives inputs (x_t, t) and labels −ε/σ_t whose conditional mean is the true score
 * ∇log p_t(x_t) but whose noise is large. The network is s(x, t) = f(x, t)/σ_t with a two-layer ReLU
 * network f in the NTK scaling f = (1/√m) Σ_j a_j relu(w_jᵀ[x, t, 1]), trained by full-batch GD on
 * the σ_t²-weighted loss mean (f + ε)². Training error keeps falling as the net fits the label noise;
 * the error against the true score (held-out, exact) falls, bottoms out and rises: early stopping
 * is what the paper's generalisation bound needs.
 */
import type { MetricRow, PanelData, Sim, SimEnv, StepResult } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import type { ParamValues } from '../runtime/params';
import { params } from './params';

export { params };
export const usesTf = false;

export const TOTAL_STEPS = 2000;
const EVERY = 20;
const FRAME_EVERY = 150;
const N_TEST = 1000;
const T_MIN = 0.05,
  T_MAX = 2;
const SD0 = 0.5;
const SHOW_T = [0.1, 0.5];

/** The exact score ∇log p_t(x) of the diffused two-component mixture. */
export function trueScore(x: number, t: number, a: number): number {
  const m = a * Math.exp(-t),
    v = SD0 * SD0 * Math.exp(-2 * t) + 1 - Math.exp(-2 * t);
  const lp = -((x - m) ** 2) / (2 * v),
    lm = -((x + m) ** 2) / (2 * v);
  const mx = Math.max(lp, lm),
    wp = Math.exp(lp - mx),
    wm = Math.exp(lm - mx);
  return (wp * (m - x) + wm * (-m - x)) / (v * (wp + wm));
}

const sigmaOf = (t: number) => Math.sqrt(1 - Math.exp(-2 * t));

interface Set {
  x: Float64Array;
  t: Float64Array;
  eps: Float64Array;
}

function makeSet(rng: SimEnv['rng'], n: number, a: number): Set {
  const x = new Float64Array(n),
    t = new Float64Array(n),
    eps = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x0 = (rng.next() < 0.5 ? -a : a) + SD0 * rng.normal();
    t[i] = T_MIN + (T_MAX - T_MIN) * rng.next();
    eps[i] = rng.normal();
    x[i] = Math.exp(-t[i]) * x0 + sigmaOf(t[i]) * eps[i];
  }
  return { x, t, eps };
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const m = p.width,
    n = p.n;
  const train = makeSet(env.rng.fork('data'), n, p.sep);
  const test = makeSet(env.rng.fork('test'), N_TEST, p.sep);
  const init = env.rng.fork('init');
  // Symmetric initialisation (pairs with opposite output weights) so f ≡ 0 at the start.
  const W = new Float64Array(3 * m),
    A = new Float64Array(m);
  for (let j = 0; j < m / 2; j++) {
    const w = [init.normal(), init.normal(), init.normal()],
      a = init.normal();
    for (const k of [j, j + Math.floor(m / 2)]) {
      W.set(w, 3 * k);
      A[k] = k === j ? a : -a;
    }
  }
  const scale = 1 / Math.sqrt(m);
  const h = new Float64Array(m);
  const gW = new Float64Array(3 * m),
    gA = new Float64Array(m);
  const f = (x: number, t: number): number => {
    let s = 0;
    for (let j = 0; j < m; j++) {
      const z = W[3 * j] * x + W[3 * j + 1] * t + W[3 * j + 2];
      if (z > 0) s += A[j] * z;
    }
    return s * scale;
  };
  let step = 0,
    stopped = false,
    trainLoss = NaN;

  function gdStep(): void {
    gW.fill(0);
    gA.fill(0);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const x = train.x[i],
        t = train.t[i];
      let out = 0;
      for (let j = 0; j < m; j++) {
        const z = W[3 * j] * x + W[3 * j + 1] * t + W[3 * j + 2];
        h[j] = z > 0 ? z : 0;
        out += A[j] * h[j];
      }
      const r = out * scale + train.eps[i];
      loss += r * r;
      const g = (2 * r * scale) / n;
      for (let j = 0; j < m; j++) {
        if (h[j] === 0) continue;
        gA[j] += g * h[j];
        const ga = g * A[j];
        gW[3 * j] += ga * x;
        gW[3 * j + 1] += ga * t;
        gW[3 * j + 2] += ga;
      }
    }
    for (let j = 0; j < m; j++) A[j] -= p.lr * gA[j];
    for (let k = 0; k < 3 * m; k++) W[k] -= p.lr * gW[k];
    trainLoss = loss / n;
  }

  function measure(): MetricRow {
    // σ_t²-weighted squared error against the exact score, and the DSM loss with fresh noise.
    let err = 0,
      dsm = 0;
    for (let i = 0; i < N_TEST; i++) {
      const t = test.t[i],
        s = sigmaOf(t),
        out = f(test.x[i], t);
      err += (out - s * trueScore(test.x[i], t, p.sep)) ** 2;
      dsm += (out + test.eps[i]) ** 2;
    }
    return { step, trainLoss, scoreErr: err / N_TEST, testLoss: dsm / N_TEST };
  }

  function frame(): Record<string, PanelData> {
    const xs = Float32Array.from({ length: 81 }, (_, i) => -4 + (8 * i) / 80);
    const series = SHOW_T.flatMap((t) => [
      { label: `learned, t = ${t}`, y: Float32Array.from(xs, (x) => f(x, t) / sigmaOf(t)) },
      { label: `true, t = ${t}`, y: Float32Array.from(xs, (x) => trueScore(x, t, p.sep)) },
    ]);
    // The training inputs themselves, coloured by noise level, with their noisy labels.
    return {
      score: { kind: 'curves', x: xs, series },
      labels: {
        kind: 'points',
        x: Float32Array.from(train.x),
        y: Float32Array.from(train.x, (_, i) => -train.eps[i] / sigmaOf(train.t[i])),
        group: Uint8Array.from(train.t, (t) => (t < 0.5 ? 0 : 1)),
        groupLabels: ['label −ε/σ_t, t < 0.5', 'label −ε/σ_t, t ≥ 0.5'],
      },
    };
  }

  return {
    totalSteps: TOTAL_STEPS,
    step(k: number): StepResult {
      const rows: MetricRow[] = [];
      let fr: StepResult['frame'];
      if (step === 0 && k > 0) {
        rows.push(measure());
        fr = frame();
      }
      for (let i = 0; i < k && step < TOTAL_STEPS && !stopped; i++) {
        gdStep();
        step++;
        if (!Number.isFinite(trainLoss) || trainLoss > 1e6) {
          rows.push({ step, trainLoss: Number.isFinite(trainLoss) ? trainLoss : 1e6, [DIVERGED]: 1 });
          stopped = true;
          break;
        }
        if (step % EVERY === 0) rows.push(measure());
        if (step % FRAME_EVERY === 0) fr = frame();
      }
      return fr ? { rows, frame: fr } : { rows };
    },
    dispose() {},
  };
}

/** The lowest true-score error along the run and where it happened. */
export function bestStop(rows: MetricRow[]): { step: number; err: number } {
  let best = { step: 0, err: Infinity };
  for (const r of rows) if (r.scoreErr < best.err) best = { step: r.step, err: r.scoreErr };
  return best;
}

/** Shown once, past step 200, the score error has risen 30% above its minimum (overfitting visible). */
export function reached(rows: MetricRow[]): boolean {
  if (!rows.length || rows[rows.length - 1].step < 200) return false;
  return rows[rows.length - 1].scoreErr > 1.3 * bestStop(rows).err;
}
