/**
 * Nearly-Gaussian outputs of random deep networks (Roberts, Yaida & Hanin, The Principles of Deep
 * Learning Theory): draw many networks at initialisation, feed each the same input, and measure the
 * distribution of every layer's preactivations across the ensemble.
 *
 * Sampling: for one fixed input, layer ℓ+1's preactivations given layer ℓ are exactly
 *   z^{ℓ+1}_i | h^ℓ ~ N(0, C_b + C_W ‖h^ℓ‖² / n), independently over i,
 * because W^{ℓ+1} is fresh Gaussian noise independent of everything below. So sampling z layer by
 * layer from that conditional is the same as sampling whole weight matrices, at n instead of n²
 * random numbers per layer, and lets the figure draw tens of thousands of networks in a second.
 *
 * Theory (our derivation, C_b = 0): z^ℓ is a Gaussian scale mixture with scale s_ℓ, and
 * s_{ℓ+1} = s_ℓ · (C_W/n) Σ_i φ(g_i)² with g_i iid N(0,1). Its excess kurtosis is therefore
 *   κ_ℓ = 3[(1 + c/n)^{ℓ−1} − 1],   c = 5 for ReLU (Var φ(g)² / (Eφ(g)²)² = 5), 2 for linear,
 * ≈ 3c(ℓ−1)/n while ℓ ≪ n: the depth-to-width ratio sets the non-Gaussianity.
 */
import type { MetricRow, PanelData, Sim, SimEnv, StepResult } from '../runtime/types';
import type { ParamValues } from '../runtime/params';
import { params } from './params';

export { params };
export const usesTf = false;

export const NETS_PER_STEP = 200;
export const TOTAL_STEPS = 100;
const FRAME_EVERY = 5;
const BINS = 61;
const RANGE = 6;

const acts = {
  relu: (x: number) => (x > 0 ? x : 0),
  tanh: Math.tanh,
  linear: (x: number) => x,
};

/** Exact excess kurtosis of layer ℓ's preactivation for C_b = 0 (NaN where no closed form here). */
export function theoryKurtosis(act: string, width: number, layer: number, cb: number): number {
  const c = act === 'relu' ? 5 : act === 'linear' ? 2 : NaN;
  if (cb !== 0) return NaN;
  return 3 * ((1 + c / width) ** (layer - 1) - 1);
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const n = p.width,
    L = p.depth;
  const phi = acts[p.act];
  const rng = env.rng.fork('nets');
  // Per-layer moment sums over every neuron of every network drawn.
  const m2 = new Float64Array(L),
    m4 = new Float64Array(L);
  let count = 0;
  const hist = new Float64Array(BINS);
  // Layer-L samples are kept to histogram them in units of the current kernel estimate.
  const lastLayer: number[] = [];
  const z = new Float64Array(n);
  let step = 0;

  function drawNetwork(): void {
    // The input: |x|²/n₀ = 1, so the first layer's variance is C_b + C_W.
    let sq = n; // ‖h⁰‖² with n₀ = n
    for (let l = 0; l < L; l++) {
      const sd = Math.sqrt(p.cb + (p.cw * sq) / n);
      sq = 0;
      for (let i = 0; i < n; i++) {
        const v = sd * rng.normal();
        z[i] = v;
        const v2 = v * v;
        m2[l] += v2;
        m4[l] += v2 * v2;
        const h = phi(v);
        sq += h * h;
      }
      if (l === L - 1) lastLayer.push(z[0]);
    }
    count += n;
  }

  const kernel = (l: number) => m2[l] / count;
  const kurt = (l: number) => m4[l] / count / kernel(l) ** 2 - 3;

  function row(): MetricRow {
    return {
      step,
      networks: step * NETS_PER_STEP,
      kurtLast: kurt(L - 1),
      theoryLast: theoryKurtosis(p.act, n, L, p.cb),
      kurtMid: kurt(Math.max(0, Math.floor(L / 2) - 1)),
      kernelLast: kernel(L - 1),
      depthOverWidth: L / n,
    };
  }

  function frame(): Record<string, PanelData> {
    const layers = Float32Array.from({ length: L }, (_, l) => (l + 1) / n);
    const K = kernel(L - 1);
    hist.fill(0);
    const w = (2 * RANGE) / BINS;
    for (const v of lastLayer) {
      const b = Math.floor((v / Math.sqrt(K) + RANGE) / w);
      if (b >= 0 && b < BINS) hist[b]++;
    }
    const centres = Float32Array.from({ length: BINS }, (_, b) => -RANGE + (b + 0.5) * w);
    return {
      kurt: {
        kind: 'curves',
        x: layers,
        series: [
          { label: 'measured', y: Float32Array.from({ length: L }, (_, l) => kurt(l)) },
          {
            label: 'exact theory (C_b = 0)',
            y: Float32Array.from({ length: L }, (_, l) => theoryKurtosis(p.act, n, l + 1, p.cb)),
          },
        ],
      },
      hist: {
        kind: 'curves',
        x: centres,
        series: [
          {
            label: `layer ${L}, measured`,
            y: Float32Array.from(hist, (c) => (c > 0 ? c / (lastLayer.length * w) : NaN)),
          },
          { label: 'Gaussian', y: Float32Array.from(centres, (x) => Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)) },
        ],
      },
      kernel: {
        kind: 'curves',
        x: Float32Array.from({ length: L }, (_, l) => l + 1),
        series: [{ label: 'kernel K^(ℓ) = E[z²]', y: Float32Array.from({ length: L }, (_, l) => kernel(l)) }],
      },
    };
  }

  return {
    totalSteps: TOTAL_STEPS,
    step(k: number): StepResult {
      const rows: MetricRow[] = [];
      let fr: StepResult['frame'];
      for (let i = 0; i < k && step < TOTAL_STEPS; i++) {
        for (let j = 0; j < NETS_PER_STEP; j++) drawNetwork();
        step++;
        rows.push(row());
        if (step % FRAME_EVERY === 0 || step === 1) fr = frame();
      }
      return fr ? { rows, frame: fr } : { rows };
    },
    dispose() {},
  };
}

/** Shown once 10,000 networks have been drawn: the kurtosis estimate has settled. */
export function reached(rows: MetricRow[]): boolean {
  return rows.some((r) => r.networks >= 10000);
}
