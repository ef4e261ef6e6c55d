/**
 * The CS information bottleneck against an MSE-based one in 1-D regression. Both train the same
 * network (x → 32 → t ∈ ℝ⁴ → 32 → ŷ, ReLU, same initialisation) with the same compression term
 * β·I_CS(x; t); they differ only in the prediction term:
 *
 *   MSE-IB   mean (ŷ − y)²          (the KL bottleneck's prediction term under a Gaussian model)
 *   CS-IB    D_CS(p(y|x) ‖ q(ŷ|x))  (kernel estimate; see kernels.ts)
 *
 * Training targets carry Gaussian noise and, optionally, one-sided outliers; the test set is the
 * clean function. Measured: test RMSE and the compression I_CS(x; t) of each network.
 */
import type { ParamValues } from '../runtime/params';
import type { Frame, MetricRow, Sim, SimEnv } from '../runtime/types';
import {
  adam,
  backward,
  dense,
  forward,
  loopSim,
  relu,
  reluBack,
  zeroGrad,
  type Adam,
  type Dense,
} from '../shared/classifier';
import { csDivergence, csQmi, gram1 } from './kernels';
import { params } from './params';

export { params };
export const usesTf = false;

export const N_TRAIN = 120,
  N_TEST = 200,
  T_DIM = 4,
  WIDTH = 32,
  LR = 0.005;
export const TOTAL = 1500,
  EVERY = 15,
  FRAME_EVERY = 150;
/** Kernel widths on the inputs (the conditioning in D_CS, and I_CS) and on the representation. */
const SIGMA_X = 0.1,
  SIGMA_T = 1;
export const METHODS = ['mse', 'cs'] as const;
type Method = (typeof METHODS)[number];

export const target = (x: number) => Math.sin(2.5 * x) + 0.3 * x * x;

interface Net {
  layers: Dense[];
  opt: Adam;
}

function run(net: Net, x: Float32Array, n: number) {
  const [e1, e2, d1, d2] = net.layers;
  const h1 = relu(forward(e1, x, n));
  const t = forward(e2, h1, n);
  const h2 = relu(forward(d1, t, n));
  return { h1, t, h2, out: forward(d2, h2, n) };
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const dr = env.rng.fork('data');
  const x = Float32Array.from({ length: N_TRAIN }, () => dr.uniform(-1, 1));
  const isOut = Uint8Array.from({ length: N_TRAIN }, () => (p.noise === 'outliers' && dr.next() < p.outliers ? 1 : 0));
  const y = Float32Array.from(x, (v, i) => target(v) + 0.1 * dr.normal() + (isOut[i] ? dr.uniform(2, 4) : 0));
  const xt = Float32Array.from({ length: N_TEST }, (_, i) => -1 + (2 * (i + 0.5)) / N_TEST);
  const yt = Float32Array.from(xt, target);
  const Kx = gram1(x, SIGMA_X);
  const nets = Object.fromEntries(
    METHODS.map((m) => {
      const r = env.rng.fork('init');
      const layers = [dense(r, 1, WIDTH), dense(r, WIDTH, T_DIM, 1), dense(r, T_DIM, WIDTH), dense(r, WIDTH, 1, 1)];
      for (let j = 0; j < WIDTH; j++) layers[0].b[j] = -layers[0].w[j] * r.uniform(-1, 1); // kinks spread over [−1, 1]
      return [m, { layers, opt: adam(layers, LR) }];
    }),
  ) as Record<Method, Net>;
  const info: Record<Method, number> = { mse: 0, cs: 0 };

  function advance(): number {
    let total = 0;
    for (const m of METHODS) {
      const net = nets[m];
      const [e1, e2, d1, d2] = net.layers;
      zeroGrad(...net.layers);
      const { h1, t, h2, out } = run(net, x, N_TRAIN);
      const gOut = new Float32Array(N_TRAIN);
      let pred = 0;
      if (m === 'mse')
        for (let i = 0; i < N_TRAIN; i++) {
          const r = out[i] - y[i];
          pred += (r * r) / N_TRAIN;
          gOut[i] = (2 * r) / N_TRAIN;
        }
      else pred = csDivergence(Kx, y, out, p.sigma, gOut);
      const gT = new Float32Array(N_TRAIN * T_DIM);
      info[m] = csQmi(Kx, t, N_TRAIN, T_DIM, SIGMA_T, gT);
      for (let i = 0; i < gT.length; i++) gT[i] *= p.beta;
      const dh2 = reluBack(h2, backward(d2, h2, gOut, N_TRAIN)!);
      const dt = backward(d1, t, dh2, N_TRAIN)!;
      for (let i = 0; i < dt.length; i++) dt[i] += gT[i];
      const dh1 = reluBack(h1, backward(e2, h1, dt, N_TRAIN)!);
      backward(e1, x, dh1, N_TRAIN, false);
      net.opt.step(net.layers);
      total += pred + p.beta * info[m];
    }
    return total;
  }

  function measure(): Record<string, number> {
    const m: Record<string, number> = {};
    for (const id of METHODS) {
      const pt = run(nets[id], xt, N_TEST).out;
      let e = 0;
      for (let i = 0; i < N_TEST; i++) e += (pt[i] - yt[i]) ** 2 / N_TEST;
      m[`rmse_${id}`] = Math.sqrt(e);
      m[`ixt_${id}`] = csQmi(Kx, run(nets[id], x, N_TRAIN).t, N_TRAIN, T_DIM, SIGMA_T);
    }
    return m;
  }

  function frame(): Frame {
    return {
      fits: {
        kind: 'curves',
        x: xt,
        series: [
          { label: 'clean function', y: yt },
          { label: 'MSE-IB', y: run(nets.mse, xt, N_TEST).out },
          { label: 'CS-IB', y: run(nets.cs, xt, N_TEST).out },
        ],
      },
      data: { kind: 'points', x, y, group: isOut, groupLabels: ['noisy target', 'outlier'] },
    };
  }

  return loopSim({ total: TOTAL, every: EVERY, frameEvery: FRAME_EVERY, advance, measure, frame });
}

/** The fits have settled by two thirds of the run. */
export function reached(rows: MetricRow[]): boolean {
  return rows.length > 0 && rows[rows.length - 1].step >= 1000;
}
