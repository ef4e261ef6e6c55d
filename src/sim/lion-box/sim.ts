/**
 * Lion as constrained optimisation (Chen, Liu, Liang & Liu, 2023), on a 2-D ill-conditioned
 * quadratic f(x) = ½ (x − c)ᵀ H (x − c).
 *
 * Lion:  u = β₁ m + (1 − β₁) ∇f(x),  x ← x − ε (∇κ(u) + λ x),  m ← β₂ m + (1 − β₂) ∇f(x),
 * with ∇κ = sign (κ = ‖·‖₁). The paper's Lyapunov analysis says Lion solves
 *   min f(x)  subject to  ‖x‖∞ ≤ 1/λ
 * (for Lion-κ: min f(x) + κ*(λx)/λ-type composite problems; with κ = ‖·‖₂ the set is ‖x‖₂ ≤ 1/λ):
 * the iterates first enter the set exponentially fast, then minimise f inside it. Two contrasts run
 * from the same start: Lion without weight decay (λ = 0: unconstrained) and GD on f + (λ/2)‖x‖²
 * (coupled L2 regularisation: a different, shrunken point, not the constrained minimiser).
 */
import type { MetricRow, PanelData, Sim, SimEnv, StepResult } from '../runtime/types';
import type { ParamValues } from '../runtime/params';
import { PathRecorder, pathsPanel, polygonPath, type NamedPath } from '../shared/trajectory';
import { params } from './params';

export { params };
export const usesTf = false;

export const TOTAL_STEPS = 1500;
const EVERY = 5;
const FRAME_EVERY = 50;
/** Hessian of f: eigenvalues 4 and 0.5 along axes rotated by 30°. */
const H = (() => {
  const a = Math.PI / 6,
    c = Math.cos(a),
    s = Math.sin(a),
    l1 = 4,
    l2 = 0.5;
  return [l1 * c * c + l2 * s * s, (l1 - l2) * c * s, l1 * s * s + l2 * c * c] as const; // [h11, h12, h22]
})();

type V2 = [number, number];
export const METHOD_LABELS = ['Lion', 'Lion without weight decay', 'GD on f + (λ/2)‖x‖²'];

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const c: V2 = [p.cx, p.cy];
  const grad = (x: V2): V2 => {
    const u = x[0] - c[0],
      v = x[1] - c[1];
    return [H[0] * u + H[1] * v, H[1] * u + H[2] * v];
  };
  const f = (x: V2): number => {
    const u = x[0] - c[0],
      v = x[1] - c[1];
    return 0.5 * (H[0] * u * u + 2 * H[1] * u * v + H[2] * v * v);
  };
  const r = 1 / p.lambda;
  const l2 = p.kappa === 'l2';
  const norm = (x: V2) => (l2 ? Math.hypot(x[0], x[1]) : Math.max(Math.abs(x[0]), Math.abs(x[1])));
  const project = (x: V2): V2 => {
    if (l2) {
      const nx = Math.hypot(x[0], x[1]);
      return nx <= r ? x : [(x[0] * r) / nx, (x[1] * r) / nx];
    }
    return [Math.max(-r, Math.min(r, x[0])), Math.max(-r, Math.min(r, x[1]))];
  };
  // The constrained minimiser, by projected gradient descent to machine precision.
  let xBox: V2 = project(c);
  for (let i = 0; i < 20000; i++) {
    const g = grad(xBox);
    xBox = project([xBox[0] - 0.2 * g[0], xBox[1] - 0.2 * g[1]]);
  }
  const fBox = f(xBox);
  // The coupled-L2 stationary point solves (H + λI) x = H c.
  const hc: V2 = [H[0] * c[0] + H[1] * c[1], H[1] * c[0] + H[2] * c[1]];
  const a11 = H[0] + p.lambda,
    a22 = H[2] + p.lambda,
    det = a11 * a22 - H[1] * H[1];
  const xRidge: V2 = [(a22 * hc[0] - H[1] * hc[1]) / det, (a11 * hc[1] - H[1] * hc[0]) / det];

  const rng = env.rng.fork('init');
  const ang = rng.uniform(Math.PI * 0.9, Math.PI * 1.4),
    rad = rng.uniform(2.6, 3.2);
  const x0: V2 = [rad * Math.cos(ang), rad * Math.sin(ang)];
  const dirOf = (u: V2): V2 => {
    if (l2) {
      const nu = Math.hypot(u[0], u[1]) || 1;
      return [u[0] / nu, u[1] / nu];
    }
    return [Math.sign(u[0]), Math.sign(u[1])];
  };
  const lion = (lambda: number) => {
    let x: V2 = [...x0];
    let m: V2 = [0, 0];
    return {
      get x() {
        return x;
      },
      step() {
        const g = grad(x);
        const d = dirOf([p.beta1 * m[0] + (1 - p.beta1) * g[0], p.beta1 * m[1] + (1 - p.beta1) * g[1]]);
        x = [x[0] - p.lr * (d[0] + lambda * x[0]), x[1] - p.lr * (d[1] + lambda * x[1])];
        m = [p.beta2 * m[0] + (1 - p.beta2) * g[0], p.beta2 * m[1] + (1 - p.beta2) * g[1]];
      },
    };
  };
  const ridge = () => {
    let x: V2 = [...x0];
    return {
      get x() {
        return x;
      },
      step() {
        const g = grad(x);
        x = [x[0] - p.lr * (g[0] + p.lambda * x[0]), x[1] - p.lr * (g[1] + p.lambda * x[1])];
      },
    };
  };
  const runs = [lion(p.lambda), lion(0), ridge()];
  const paths = runs.map(() => new PathRecorder(200));
  runs.forEach((run, i) => paths[i].push(...run.x));
  const outline: NamedPath = l2
    ? {
        label: `set ‖x‖₂ ≤ 1/λ`,
        xs: Array.from({ length: 65 }, (_, k) => r * Math.cos((k / 64) * 2 * Math.PI)),
        ys: Array.from({ length: 65 }, (_, k) => r * Math.sin((k / 64) * 2 * Math.PI)),
      }
    : polygonPath('box ‖x‖∞ ≤ 1/λ', [
        [-r, -r],
        [r, -r],
        [r, r],
        [-r, r],
      ]);
  let step = 0;

  function row(): MetricRow {
    const out: MetricRow = { step, fBox };
    const keys = ['lion', 'free', 'ridge'];
    runs.forEach((run, i) => {
      const x = run.x;
      out[`${keys[i]}Viol`] = Math.max(0, norm(x) - r);
      out[`${keys[i]}Dist`] = Math.max(Math.hypot(x[0] - xBox[0], x[1] - xBox[1]), 1e-6);
    });
    out.lionGap = f(runs[0].x) - fBox;
    return out;
  }

  const frame = (): Record<string, PanelData> => ({
    paths: pathsPanel([
      ...runs.map((_, i) => ({ label: METHOD_LABELS[i], ...paths[i].points() })),
      outline,
      { label: 'constrained minimiser', xs: [xBox[0]], ys: [xBox[1]] },
      { label: 'where the L2 penalty leads', xs: [xRidge[0]], ys: [xRidge[1]] },
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
        runs.forEach((run, k) => {
          run.step();
          paths[k].push(...run.x);
        });
        step++;
        if (step % EVERY === 0) rows.push(row());
        if (step % FRAME_EVERY === 0) fr = frame();
      }
      return fr ? { rows, frame: fr } : { rows };
    },
    dispose() {},
  };
}

/** Shown once Lion is inside the set and within 0.05 of the constrained minimiser. */
export function reached(rows: MetricRow[]): boolean {
  return rows.some((r) => r.lionViol === 0 && r.lionDist < 0.05);
}
