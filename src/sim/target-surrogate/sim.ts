/**
 * Target-based surrogates (Lavington, Vaswani, Babanezhad, Schmidt & Le Roux, 2023) on 2-D
 * logistic regression, where the "expensive" call is the gradient of the loss with respect to the
 * targets z = Xθ (the logits).
 *
 * Per query at θ_t, SSO builds the surrogate in target space
 *   q_t(θ) = mean_i [ ℓ'(z_ti)(x_iᵀθ − z_ti) + (x_iᵀθ − z_ti)² / (2η) ],   z_t = Xθ_t,
 * an upper bound on the loss for η ≤ 4 (logistic curvature ≤ ¼), and takes m cheap GD steps on it
 * with step η/λ_max(XᵀX/b). With m = 1 that is exactly GD with step η/λ_max — the baseline here;
 * as m grows SSO approaches the projected target step z ← proj_{range X}(z_t − η ℓ'(z_t)), which is
 * blind to how elongated the parameter-space valley is.
 */
import type { MetricRow, PanelData, Sim, SimEnv, StepResult } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import type { ParamValues } from '../runtime/params';
import { symEig } from '../shared/linalg';
import { PathRecorder, pathsPanel } from '../shared/trajectory';
import { params } from './params';

export { params };
export const usesTf = false;

export const N = 400;
export const TOTAL_STEPS = 300;
const FRAME_EVERY = 10;

const sigmoid = (t: number) => 1 / (1 + Math.exp(-t));
const softplus = (t: number) => (t > 30 ? t : Math.log1p(Math.exp(t)));

type V2 = [number, number];

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  // Data: x = R · diag(1, 1/√cond) · z, labels drawn from a logistic teacher (not separable).
  const dr = env.rng.fork('data');
  const a = Math.PI / 5,
    ca = Math.cos(a),
    sa = Math.sin(a);
  const sx = 1,
    sy = 1 / Math.sqrt(p.cond);
  const X = new Float64Array(2 * N),
    Y = new Float64Array(N);
  const teacher: V2 = [1.2, 0.9];
  for (let i = 0; i < N; i++) {
    const u = sx * dr.normal(),
      v = sy * dr.normal();
    X[2 * i] = ca * u - sa * v;
    X[2 * i + 1] = sa * u + ca * v;
    // The teacher leans on the thin direction, so the optimum sits far along the slow valley.
    const s =
      teacher[0] * (ca * X[2 * i] + sa * X[2 * i + 1]) + (teacher[1] / sy) * (-sa * X[2 * i] + ca * X[2 * i + 1]);
    Y[i] = dr.next() < sigmoid(s) ? 1 : -1;
  }
  const loss = (th: V2): number => {
    let s = 0;
    for (let i = 0; i < N; i++) s += softplus(-Y[i] * (X[2 * i] * th[0] + X[2 * i + 1] * th[1]));
    return s / N;
  };
  // Reference optimum by Newton's method.
  let opt: V2 = [0, 0];
  for (let it = 0; it < 50; it++) {
    let g0 = 0,
      g1 = 0,
      h00 = 1e-12,
      h01 = 0,
      h11 = 1e-12;
    for (let i = 0; i < N; i++) {
      const x0 = X[2 * i],
        x1 = X[2 * i + 1],
        z = x0 * opt[0] + x1 * opt[1];
      const s = sigmoid(-Y[i] * z),
        w = s * (1 - s);
      g0 -= Y[i] * s * x0;
      g1 -= Y[i] * s * x1;
      h00 += w * x0 * x0;
      h01 += w * x0 * x1;
      h11 += w * x1 * x1;
    }
    const det = h00 * h11 - h01 * h01;
    opt = [opt[0] - (h11 * g0 - h01 * g1) / det, opt[1] - (h00 * g1 - h01 * g0) / det];
  }
  const lStar = loss(opt);

  const batchRng = env.rng.fork('batches');
  const b = Math.min(p.batch, N);
  let step = 0;
  const theta: { gd: V2; sso: V2 } = { gd: [0, 0], sso: [0, 0] };
  const paths = { gd: new PathRecorder(400), sso: new PathRecorder(400) };
  paths.gd.push(0, 0);
  paths.sso.push(0, 0);
  let lastInner = 0;

  /** Indices of this query's batch (the same batch for both methods: common random numbers). */
  function batch(): number[] {
    if (b >= N) return Array.from({ length: N }, (_, i) => i);
    return Array.from({ length: b }, () => batchRng.int(N));
  }

  function query(idx: number[]): void {
    // λ_max of the batch's XᵀX/b sets the exact smoothness of the surrogate in θ.
    const G = new Float64Array(4);
    for (const i of idx) {
      G[0] += X[2 * i] ** 2 / b;
      G[1] += (X[2 * i] * X[2 * i + 1]) / b;
      G[3] += X[2 * i + 1] ** 2 / b;
    }
    G[2] = G[1];
    const lmax = symEig(G, 2).values[1];
    const beta = p.eta / lmax;
    // GD: one step with the same effective step size as one inner SSO step.
    for (const key of ['gd', 'sso'] as const) {
      const th = theta[key];
      const z0 = idx.map((i) => X[2 * i] * th[0] + X[2 * i + 1] * th[1]);
      const dz = idx.map((i, k) => -Y[i] * sigmoid(-Y[i] * z0[k])); // ℓ'(z): the expensive part
      const inner = key === 'gd' ? 1 : p.m;
      let t: V2 = [th[0], th[1]];
      for (let s = 0; s < inner; s++) {
        let g0 = 0,
          g1 = 0;
        idx.forEach((i, k) => {
          const r = dz[k] + (X[2 * i] * t[0] + X[2 * i + 1] * t[1] - z0[k]) / p.eta;
          g0 += (r * X[2 * i]) / b;
          g1 += (r * X[2 * i + 1]) / b;
        });
        t = [t[0] - beta * g0, t[1] - beta * g1];
        paths[key].push(t[0], t[1]);
      }
      theta[key] = t;
      if (key === 'sso') lastInner = inner;
    }
  }

  function row(): MetricRow {
    return {
      step,
      gd: Math.max(loss(theta.gd) - lStar, 1e-16),
      sso: Math.max(loss(theta.sso) - lStar, 1e-16),
      distGd: Math.hypot(theta.gd[0] - opt[0], theta.gd[1] - opt[1]),
      distSso: Math.hypot(theta.sso[0] - opt[0], theta.sso[1] - opt[1]),
      lStar,
      inner: lastInner,
    };
  }

  const frame = (): Record<string, PanelData> => ({
    paths: pathsPanel([
      { label: 'GD (one update per query)', ...paths.gd.points() },
      { label: `SSO (m = ${p.m} updates per query)`, ...paths.sso.points() },
      { label: 'optimum θ*', xs: [opt[0]], ys: [opt[1]] },
    ]),
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
      for (let i = 0; i < n && step < TOTAL_STEPS; i++) {
        query(batch());
        step++;
        const r = row();
        if (!Number.isFinite(r.gd) || !Number.isFinite(r.sso) || r.sso > 1e6) {
          rows.push({ step, gd: Number.isFinite(r.gd) ? r.gd : 1e6, sso: 1e6, [DIVERGED]: 1 });
          step = TOTAL_STEPS;
          break;
        }
        rows.push(r);
        if (step % FRAME_EVERY === 0) fr = frame();
      }
      return fr ? { rows, frame: fr } : { rows };
    },
    dispose() {},
  };
}

/** Queries until a key's suboptimality first drops below tol (Infinity if never). */
export function queriesTo(rows: MetricRow[], key: string, tol: number): number {
  return rows.find((r) => r[key] < tol)?.step ?? Infinity;
}

/** Shown once SSO is within 1e-4 of the optimal loss. */
export function reached(rows: MetricRow[]): boolean {
  return rows.some((r) => r.sso < 1e-4);
}
