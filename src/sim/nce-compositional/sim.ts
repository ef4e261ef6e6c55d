/**
 * Learning an unnormalised model: the 1-D Gaussian-mean example of Jiang et al. (2023).
 *
 * Model p̃_μ(x) = exp(−(x − μ)²/2) with its partition function treated as unknown; data x ~ N(μ*, 1);
 * noise q = N(0, s²). Two methods with the same step size, either with exact expectations (quadrature:
 * the landscapes alone) or with sampled batches of B data and B noise points (the same for both):
 *  NCE: learn (μ, c) with G(x) = −(x − μ)²/2 − c − log q(x) by logistic regression of data vs noise,
 *       J = −E_data log σ(G) − E_q log σ(−G).
 *  Compositional NLL: minimise E_data (x − μ)²/2 + log Z(μ), where Z(μ) = E_q[p̃_μ(y)/q(y)] is an inner
 *       expectation; sampled, it is tracked by a moving average u ← (1 − β)u + β·mean_B[p̃_μ(y)/q(y)] and
 *       the gradient uses ∇ log Z ≈ mean_B[(y − μ) p̃_μ(y)/q(y)] / u (stochastic compositional optimisation).
 * When the data sit far from the noise, NCE's classifier separates them easily, its logistic loss
 * saturates and its gradient in μ becomes exponentially small: the flat landscape the paper analyses.
 */
import type { MetricRow, PanelData, Sim, SimEnv, StepResult } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import type { ParamValues } from '../runtime/params';
import { PathRecorder, pathsPanel } from '../shared/trajectory';
import { params } from './params';

export { params };
export const usesTf = false;

export const TOTAL_STEPS = 2000;
const EVERY = 10;
const FRAME_EVERY = 100;
const LOG_Z = 0.5 * Math.log(2 * Math.PI); // the true log-partition of p̃ (unknown to the methods)

const sigmoid = (t: number) => (t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t)));
const logSigmoid = (t: number) => (t >= 0 ? -Math.log1p(Math.exp(-t)) : t - Math.log1p(Math.exp(t)));

/** Expected gradients in μ of the two objectives at μ (NCE at the true c), by quadrature. */
export function landscape(muStar: number, s: number, mu: number): { nce: number; nll: number; nceLoss: number } {
  const logQ = (y: number) => -(y * y) / (2 * s * s) - Math.log(s) - LOG_Z;
  const G = (x: number) => -((x - mu) ** 2) / 2 - LOG_Z - logQ(x);
  let gData = 0,
    gNoise = 0,
    loss = 0;
  const lo = Math.min(muStar - 10, -10 * s),
    hi = Math.max(muStar + 10, 10 * s),
    K = 2000,
    h = (hi - lo) / K;
  for (let k = 0; k < K; k++) {
    const x = lo + (k + 0.5) * h;
    const pd = Math.exp(-((x - muStar) ** 2) / 2 - LOG_Z) * h,
      pq = Math.exp(logQ(x)) * h;
    const g = G(x);
    gData += pd * -(1 - sigmoid(g)) * (x - mu);
    gNoise += pq * sigmoid(g) * (x - mu);
    loss += -pd * logSigmoid(g) - pq * logSigmoid(-g);
  }
  return { nce: gData + gNoise, nll: mu - muStar, nceLoss: loss };
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const muStar = p.gap,
    s = p.noiseSd,
    B = p.batch;
  const data = env.rng.fork('data'),
    noise = env.rng.fork('noise');
  const logQ = (y: number) => -(y * y) / (2 * s * s) - Math.log(s) - LOG_Z;
  const nce = { mu: p.mu0, c: 0 };
  const comp = { mu: p.mu0, u: 1 };
  const paths = { nce: new PathRecorder(), comp: new PathRecorder() };
  paths.nce.push(nce.mu, nce.c);
  paths.comp.push(comp.mu, Math.log(comp.u));
  let step = 0,
    dead = false;

  /** Quadrature nodes covering data and noise: x, data weight, noise weight. */
  const lo = Math.min(muStar - 9, -9 * s),
    hi = Math.max(muStar + 9, 9 * s),
    K = 600,
    h = (hi - lo) / K;
  const nodes = Float64Array.from({ length: K }, (_, k) => lo + (k + 0.5) * h);
  const wData = Float64Array.from(nodes, (x) => Math.exp(-((x - muStar) ** 2) / 2 - LOG_Z) * h);
  const wNoise = Float64Array.from(nodes, (x) => Math.exp(logQ(x)) * h);

  /** NCE's gradient in (μ, c): over a batch (sampled) or against the exact distributions. */
  function nceGrad(
    xs: ArrayLike<number>,
    wx: ArrayLike<number>,
    ys: ArrayLike<number>,
    wy: ArrayLike<number>,
  ): [number, number] {
    let gm = 0,
      gc = 0;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      const w = -(1 - sigmoid(-((x - nce.mu) ** 2) / 2 - nce.c - logQ(x))) * wx[i];
      gm += w * (x - nce.mu);
      gc -= w;
    }
    for (let i = 0; i < ys.length; i++) {
      const y = ys[i];
      const w = sigmoid(-((y - nce.mu) ** 2) / 2 - nce.c - logQ(y)) * wy[i];
      gm += w * (y - nce.mu);
      gc -= w;
    }
    return [gm, gc];
  }

  function advance(): void {
    let g: [number, number];
    let zHat = 0,
      dzHat = 0,
      xbar = 0;
    if (p.grad === 'exact') {
      g = nceGrad(nodes, wData, nodes, wNoise);
      // Exact inner expectations: Z(μ) = E_q[p̃_μ/q] and its derivative, by quadrature.
      for (let k = 0; k < K; k++) {
        const r = Math.exp(-((nodes[k] - comp.mu) ** 2) / 2) * h;
        zHat += r;
        dzHat += r * (nodes[k] - comp.mu);
      }
      xbar = muStar;
      comp.u = zHat;
    } else {
      const xs = Array.from({ length: B }, () => muStar + data.normal());
      const ys = Array.from({ length: B }, () => s * noise.normal());
      const w = new Float64Array(B).fill(1 / B);
      g = nceGrad(xs, w, ys, w);
      for (const y of ys) {
        const r = Math.exp(-((y - comp.mu) ** 2) / 2 - logQ(y));
        zHat += r / B;
        dzHat += (r * (y - comp.mu)) / B;
      }
      for (const x of xs) xbar += x / B;
      comp.u = (1 - p.beta) * comp.u + p.beta * zHat;
    }
    nce.mu -= p.lr * g[0];
    nce.c -= p.lr * g[1];
    comp.mu -= p.lr * (comp.mu - xbar + dzHat / Math.max(comp.u, 1e-300));
    if (![nce.mu, nce.c, comp.mu, comp.u].every(Number.isFinite) || Math.abs(comp.mu) > 1e6) dead = true;
    paths.nce.push(nce.mu, nce.c);
    paths.comp.push(comp.mu, Math.log(Math.max(comp.u, 1e-300)));
  }

  const row = (): MetricRow => ({
    step,
    nceErr: Math.max(Math.abs(nce.mu - muStar), 1e-6),
    compErr: Math.max(Math.abs(comp.mu - muStar), 1e-6),
    nceMu: nce.mu,
    compMu: comp.mu,
    nceC: nce.c,
    compLogZ: Math.log(Math.max(comp.u, 1e-300)),
  });

  // The expected gradients as functions of μ: NCE's is flat far from the noise.
  const grid = Float32Array.from({ length: 81 }, (_, i) => -4 + (14 * i) / 80);
  const land = Array.from(grid, (m) => landscape(muStar, s, m));
  const landPanel: PanelData = {
    kind: 'curves',
    x: grid,
    series: [
      { label: '|∂/∂μ| NCE (c at its true value)', y: Float32Array.from(land, (l) => Math.abs(l.nce)) },
      { label: '|∂/∂μ| negative log-likelihood', y: Float32Array.from(land, (l) => Math.abs(l.nll)) },
    ],
    markers: [{ x: muStar, label: 'μ*' }],
  };

  const frame = (): Record<string, PanelData> => ({
    paths: pathsPanel([
      { label: 'NCE: (μ, learned c)', ...paths.nce.points() },
      { label: 'compositional: (μ, log u)', ...paths.comp.points() },
      { label: 'target (μ*, log Z)', xs: [muStar], ys: [LOG_Z] },
    ]),
    land: landPanel,
  });

  return {
    totalSteps: TOTAL_STEPS,
    step(n: number): StepResult {
      const rows: MetricRow[] = [];
      let fr: StepResult['frame'];
      if (step === 0 && n > 0) {
        rows.push(row());
        fr = frame();
      }
      for (let i = 0; i < n && step < TOTAL_STEPS && !dead; i++) {
        advance();
        step++;
        if (dead) {
          rows.push({ step, nceErr: 1e6, compErr: 1e6, [DIVERGED]: 1 });
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

/** First step at which a method's |μ − μ*| falls below tol and stays there. */
export function settledAt(rows: MetricRow[], key: string, tol: number): number {
  let at = Infinity;
  for (let i = rows.length - 1; i >= 0 && rows[i][key] < tol; i--) at = rows[i].step;
  return at;
}

/** Shown after 500 steps: the compositional run has long settled and NCE is still crawling (defaults). */
export function reached(rows: MetricRow[]): boolean {
  return rows.some((r) => r.step >= 500);
}
