/**
 * Counter-current learning (Kao & Hariharan, 2024) against backpropagation on two interleaved spirals.
 *
 * A forward network maps the input up: a_ℓ = tanh(W_ℓ a_{ℓ−1} + …), a_0 = x, a_L = W_L a_{L−1} (logits).
 * A feedback network of mirrored shape maps the one-hot target down: c_L = t, c_{ℓ−1} = tanh(B_ℓ c_ℓ),
 * c_0 = B_1 c_1. Each layer learns from a local loss only, with every layer's input detached. For
 * classification the authors compare the two signals through a similarity matrix against label
 * identity; with one feedback row per class k (p_k = c_ℓ(e_k)) that is
 *   ℓ_ℓ = mean_i Σ_k (a_ℓ,i · p_ℓ,k − 1[y_i = k])² / d_ℓ,   plus ‖a_L − t‖² at the top.
 * W_ℓ moves a_ℓ towards its class's feedback signal; B_{ℓ+1} moves the class signals towards the forward
 * activations. No error is carried through more than one layer, no forward weight is transported
 * backwards, and the feedback net runs on the target alone.
 * The same forward architecture trained end to end by backpropagation (MSE to the one-hot target) runs
 * alongside, and so does a "top layer only" control that trains just W_L on random fixed features.
 */
import type { MetricRow, PanelData, Sim, SimEnv, StepResult } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import type { ParamValues } from '../runtime/params';
import { adam, backward, forward, layer, type Layer } from './mlp';
import { params } from './params';

export { params };
export const usesTf = false;

export const N_TRAIN = 200;
const N_TEST = 400;
export const TOTAL_STEPS = 400;
const EVERY = 10;
const FRAME_EVERY = 40;
const GRID = 30;
const EXT = 1.3;

function spirals(rng: SimEnv['rng'], n: number, turns: number): { x: Float64Array; y: Uint8Array } {
  const x = new Float64Array(2 * n),
    y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % 2,
      r = 0.15 + 0.85 * rng.next();
    const a = 2 * Math.PI * turns * r + c * Math.PI;
    x[2 * i] = r * Math.cos(a) + 0.04 * rng.normal();
    x[2 * i + 1] = r * Math.sin(a) + 0.04 * rng.normal();
    y[i] = c;
  }
  return { x, y };
}

const oneHot = (y: Uint8Array) =>
  Float64Array.from({ length: 2 * y.length }, (_, k) => (y[k >> 1] === (k & 1) ? 1 : 0));

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const train = spirals(env.rng.fork('data'), N_TRAIN, p.turns);
  const test = spirals(env.rng.fork('test'), N_TEST, p.turns);
  const T = oneHot(train.y);
  const dims = [2, ...Array.from({ length: p.depth - 1 }, () => p.width), 2];
  const mk = (label: string, fromTop: boolean) => {
    const rng = env.rng.fork(label);
    return dims
      .slice(1)
      .map((_, l) =>
        fromTop ? layer(rng, dims[l + 1], dims[l], l > 0) : layer(rng, dims[l], dims[l + 1], l < dims.length - 2),
      );
  };
  // Forward nets: CCL, BP and the top-only control start from the same weights.
  const ccl = mk('forward', false),
    bp = mk('forward', false),
    top = mk('forward', false);
  // Feedback net: fb[ℓ] maps layer ℓ+1's space down to layer ℓ's (tanh except into the input space).
  const fb = mk('feedback', true);
  const n = N_TRAIN;
  let step = 0,
    stopped = false;
  const last = { ccl: NaN, bp: NaN };
  const align: number[] = [];

  const run = (net: Layer[], X: Float64Array, m: number) => {
    const acts = [X];
    for (const L of net) acts.push(forward(L, acts[acts.length - 1], m));
    return acts;
  };
  const mse = (A: Float64Array, B: Float64Array) => A.reduce((s, v, k) => s + (v - B[k]) ** 2, 0) / n;

  const I2 = Float64Array.from([1, 0, 0, 1]);
  const labelOf = Array.from(train.y);

  function cclStep(t: number): void {
    const a = run(ccl, train.x, n);
    // Feedback pass from each class's one-hot target down: c[ℓ] holds one row per class (K = 2).
    const Ld = ccl.length;
    const c: Float64Array[] = new Array(Ld + 1);
    c[Ld] = I2;
    for (let l = Ld - 1; l >= 0; l--) c[l] = forward(fb[l], c[l + 1], 2);
    let loss = 0;
    align.length = 0;
    // Top layer: the forward output itself should be the one-hot target (MSE).
    const dTop = Float64Array.from(a[Ld], (v, k) => (2 * (v - T[k])) / n);
    adam(ccl[Ld - 1], backward(ccl[Ld - 1], a[Ld - 1], a[Ld], dTop, n), p.lr, t);
    loss += mse(a[Ld], T);
    for (let l = 0; l < Ld; l++) {
      // Layer ℓ's local loss compares every forward activation a_i with every class's feedback
      // activation p_k through their dot product, against 1[y_i = k] (the paper's similarity-matrix
      // loss, here with K = 2 feedback rows): mean_i Σ_k (a_i·p_k − δ_ik)² / d.
      const d = dims[l],
        A = a[l],
        P = c[l];
      const dA = new Float64Array(n * d),
        dP = new Float64Array(2 * d);
      let ll = 0;
      for (let i = 0; i < n; i++)
        for (let k = 0; k < 2; k++) {
          let s = 0;
          for (let j = 0; j < d; j++) s += A[i * d + j] * P[k * d + j];
          const e = s - (labelOf[i] === k ? 1 : 0);
          ll += (e * e) / (n * d);
          const g = (2 * e) / (n * d);
          for (let j = 0; j < d; j++) {
            dA[i * d + j] += g * P[k * d + j];
            dP[k * d + j] += g * A[i * d + j];
          }
        }
      loss += ll;
      // Forward layer ℓ (ℓ ≥ 1; its input a[ℓ−1] detached) and feedback layer into ℓ (input c[ℓ+1] detached).
      if (l > 0) adam(ccl[l - 1], backward(ccl[l - 1], a[l - 1], a[l], dA, n), p.lr, t);
      adam(fb[l], backward(fb[l], c[l + 1], c[l], dP, 2), p.lr, t);
      if (l > 0) align.push(classAlignment(A, P, labelOf, d));
    }
    last.ccl = loss;
  }

  function bpStep(net: Layer[], t: number, onlyTop: boolean): number {
    const a = run(net, train.x, n);
    let d: Float64Array = Float64Array.from(a[net.length], (v, k) => (2 * (v - T[k])) / n);
    const loss = mse(a[net.length], T);
    for (let l = net.length - 1; l >= 0; l--) {
      const g = backward(net[l], a[l], a[l + 1], d, n);
      if (!onlyTop || l === net.length - 1) adam(net[l], g, p.lr, t);
      if (onlyTop) break;
      d = g.dX;
    }
    return loss;
  }

  const accuracy = (net: Layer[], set: { x: Float64Array; y: Uint8Array }) => {
    const m = set.y.length,
      out = run(net, set.x, m)[net.length];
    let ok = 0;
    for (let i = 0; i < m; i++) if ((out[2 * i + 1] > out[2 * i] ? 1 : 0) === set.y[i]) ok++;
    return ok / m;
  };

  function row(): MetricRow {
    const r: MetricRow = {
      step,
      cclTest: accuracy(ccl, test),
      bpTest: accuracy(bp, test),
      topTest: accuracy(top, test),
      cclTrain: accuracy(ccl, train),
      bpTrain: accuracy(bp, train),
    };
    if (Number.isFinite(last.ccl)) r.cclLoss = last.ccl;
    if (Number.isFinite(last.bp)) r.bpLoss = last.bp;
    align.forEach((v, i) => (r[`align${i + 1}`] = v));
    return r;
  }

  function frame(): Record<string, PanelData> {
    const g = new Float64Array(2 * GRID * GRID);
    for (let r = 0; r < GRID; r++)
      for (let c = 0; c < GRID; c++) {
        g[2 * (r * GRID + c)] = -EXT + (2 * EXT * (c + 0.5)) / GRID;
        g[2 * (r * GRID + c) + 1] = EXT - (2 * EXT * (r + 0.5)) / GRID;
      }
    const regions = (net: Layer[]) => {
      const out = run(net, g, GRID * GRID)[net.length];
      return Float32Array.from({ length: GRID * GRID }, (_, i) => (out[2 * i + 1] > out[2 * i] ? 1 : 0));
    };
    const data: PanelData = {
      kind: 'points',
      x: Float32Array.from({ length: N_TRAIN }, (_, i) => train.x[2 * i]),
      y: Float32Array.from({ length: N_TRAIN }, (_, i) => train.x[2 * i + 1]),
      group: Uint8Array.from(train.y),
      groupLabels: ['labelled class 1', 'labelled class 2'],
    };
    return {
      cclRegions: { kind: 'heatmap', rows: GRID, cols: GRID, values: regions(ccl), extent: [-EXT, EXT, -EXT, EXT] },
      bpRegions: { kind: 'heatmap', rows: GRID, cols: GRID, values: regions(bp), extent: [-EXT, EXT, -EXT, EXT] },
      data,
    };
  }

  return {
    totalSteps: TOTAL_STEPS,
    step(k: number): StepResult {
      const rows: MetricRow[] = [];
      let fr: StepResult['frame'];
      if (step === 0 && k > 0) {
        rows.push(row());
        fr = frame();
      }
      for (let i = 0; i < k && step < TOTAL_STEPS && !stopped; i++) {
        cclStep(step + 1);
        last.bp = bpStep(bp, step + 1, false);
        bpStep(top, step + 1, true);
        step++;
        if (!Number.isFinite(last.ccl) || !Number.isFinite(last.bp)) {
          rows.push({ step, [DIVERGED]: 1 });
          stopped = true;
          break;
        }
        if (step % EVERY === 0) rows.push(row());
        if (step % FRAME_EVERY === 0) fr = frame();
      }
      return fr ? { rows, frame: fr } : { rows };
    },
    dispose() {},
  };
}

/** Mean cosine between each forward activation and its own class's feedback activation. */
function classAlignment(A: Float64Array, P: Float64Array, y: number[], d: number): number {
  let total = 0;
  for (let i = 0; i < y.length; i++) {
    let ab = 0,
      aa = 0,
      bb = 0;
    for (let j = 0; j < d; j++) {
      const u = A[i * d + j],
        v = P[y[i] * d + j];
      ab += u * v;
      aa += u * u;
      bb += v * v;
    }
    total += ab / Math.sqrt(aa * bb + 1e-30);
  }
  return total / y.length;
}

/** Shown once counter-current learning classifies 90% of the test points correctly. */
export function reached(rows: MetricRow[]): boolean {
  return rows.some((r) => r.cclTest >= 0.9);
}
