/**
 * Compression against label noise, after the authors' own 1-D illustration: the same network
 * (1 → 100 → 1, ReLU, same initialisation) fitted with Adam to targets of which a fraction were
 * replaced by random values, three ways:
 *
 *   standard        all 100 hidden features, every step;
 *   Dropout         each feature zeroed with probability p (kept ones scaled by 1/(1 − p));
 *   Nested Dropout  a cut-off b ~ Geometric (mean set by a slider) is drawn each step and features
 *                   b+1 … 100 are zeroed, so the first features carry the most information (Eq. 1).
 *
 * Measured: the mean squared error against the clean function on a test grid, and how far each fit
 * has moved towards the corrupted targets.
 */
import type { ParamValues } from '../runtime/params';
import type { Frame, MetricRow, Sim, SimEnv } from '../runtime/types';
import type { Rng } from '../runtime/rng';
import { adam, backward, dense, forward, loopSim, relu, reluBack, zeroGrad, type Dense } from '../shared/classifier';
import { params } from './params';

export { params };
export const usesTf = false;

export const HIDDEN = 100,
  TOTAL = 3000,
  EVERY = 30,
  FRAME_EVERY = 300,
  N_TEST = 200;
export const METHODS = ['std', 'drop', 'nested'] as const;
type Method = (typeof METHODS)[number];

/** The clean regression function on [−1, 1]. */
export const target = (x: number) => Math.sin(3 * x) + 0.5 * x;

interface Net {
  l1: Dense;
  l2: Dense;
  opt: ReturnType<typeof adam>;
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const dr = env.rng.fork('data');
  const n = p.n;
  const x = Float32Array.from({ length: n }, () => dr.uniform(-1, 1));
  const corrupt = Uint8Array.from({ length: n }, () => (dr.next() < p.noise ? 1 : 0));
  // A corrupted target is pushed 0.5–1.5 away from the clean value, up or down at random (mean zero,
  // so the best fit in expectation is still the clean function: any wiggle towards them is memorisation).
  const y = Float32Array.from(
    x,
    (v, i) => target(v) + 0.05 * dr.normal() + (corrupt[i] ? (dr.next() < 0.5 ? -1 : 1) * dr.uniform(0.5, 1.5) : 0),
  );
  const xt = Float32Array.from({ length: N_TEST }, (_, i) => -1 + (2 * (i + 0.5)) / N_TEST);
  const yt = Float32Array.from(xt, target);
  const nets = Object.fromEntries(
    METHODS.map((m) => {
      const r = env.rng.fork('init');
      const l1 = dense(r, 1, HIDDEN),
        l2 = dense(r, HIDDEN, 1, 1);
      // Spread the units' kinks over the input range (x = −b/w uniform in [−1, 1]).
      for (let j = 0; j < HIDDEN; j++) l1.b[j] = -l1.w[j] * r.uniform(-1, 1);
      return [m, { l1, l2, opt: adam([l1, l2], p.lr) }];
    }),
  ) as Record<Method, Net>;
  const maskRng: Record<Method, Rng> = {
    std: env.rng.fork('std'),
    drop: env.rng.fork('drop'),
    nested: env.rng.fork('nested'),
  };
  const geomQ = 1 / p.nestedMean;

  /** Per-step feature mask (one mask for the whole batch, as a scale per feature). */
  function mask(m: Method): Float32Array {
    const s = new Float32Array(HIDDEN).fill(1);
    if (m === 'drop') for (let j = 0; j < HIDDEN; j++) s[j] = maskRng.drop.next() < p.drop ? 0 : 1 / (1 - p.drop);
    if (m === 'nested') {
      // b ~ Geometric(q) on {1, 2, …}, truncated at HIDDEN.
      const b = Math.min(HIDDEN, 1 + Math.floor(Math.log(1 - maskRng.nested.next()) / Math.log(1 - geomQ)));
      for (let j = b; j < HIDDEN; j++) s[j] = 0;
    }
    return s;
  }

  /** Predictions with features scaled by s (training mask, or the test-time truncation). */
  function predict(net: Net, xs: Float32Array, s: Float32Array): { h: Float32Array; out: Float32Array } {
    const h = relu(forward(net.l1, xs, xs.length));
    for (let i = 0; i < xs.length; i++) for (let j = 0; j < HIDDEN; j++) h[i * HIDDEN + j] *= s[j];
    return { h, out: forward(net.l2, h, xs.length) };
  }

  const testScale = (m: Method) =>
    Float32Array.from({ length: HIDDEN }, (_, j) => (m === 'nested' && j >= p.keep ? 0 : 1));

  function advance(step: number): number {
    let total = 0;
    for (const m of METHODS) {
      const net = nets[m];
      // Cosine decay to a tenth of the step size, so the dropout noise settles by the end.
      net.opt.lr = p.lr * (0.1 + 0.45 * (1 + Math.cos((Math.PI * step) / TOTAL)));
      zeroGrad(net.l1, net.l2);
      const s = mask(m);
      const { h, out } = predict(net, x, s);
      const g = new Float32Array(n);
      for (let i = 0; i < n; i++) {
        const r = out[i] - y[i];
        total += (r * r) / n;
        g[i] = (2 * r) / n;
      }
      const dh = backward(net.l2, h, g, n)!;
      for (let i = 0; i < n; i++) for (let j = 0; j < HIDDEN; j++) dh[i * HIDDEN + j] *= s[j];
      backward(net.l1, x, reluBack(h, dh), n, false);
      net.opt.step([net.l1, net.l2]);
    }
    return total;
  }

  function measure(): Record<string, number> {
    const m: Record<string, number> = {};
    for (const id of METHODS) {
      const s = testScale(id);
      const pt = predict(nets[id], xt, s).out;
      let e = 0;
      for (let i = 0; i < N_TEST; i++) e += (pt[i] - yt[i]) ** 2 / N_TEST;
      m[`test_${id}`] = e;
      // Memorisation: share of the corruption each fit reproduces, 1 − |f − y|² / |f* − y|² over corrupted points.
      const pr = predict(nets[id], x, s).out;
      let num = 0,
        den = 0;
      for (let i = 0; i < n; i++)
        if (corrupt[i]) {
          num += (pr[i] - y[i]) ** 2;
          den += (target(x[i]) - y[i]) ** 2;
        }
      m[`memo_${id}`] = den > 0 ? Math.max(0, 1 - num / den) : 0;
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
          { label: 'standard', y: predict(nets.std, xt, testScale('std')).out },
          { label: 'Dropout', y: predict(nets.drop, xt, testScale('drop')).out },
          { label: 'Nested Dropout', y: predict(nets.nested, xt, testScale('nested')).out },
        ],
      },
      data: { kind: 'points', x, y, group: corrupt, groupLabels: ['clean target', 'corrupted target'] },
    };
  }

  return loopSim({ total: TOTAL, every: EVERY, frameEvery: FRAME_EVERY, advance, measure, frame });
}

/** Overfitting of the standard network shows in the second half of the run. */
export function reached(rows: MetricRow[]): boolean {
  return rows.length > 0 && rows[rows.length - 1].step >= 2000;
}
