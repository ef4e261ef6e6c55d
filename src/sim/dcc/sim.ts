/**
 * Why class-wise gradient matching loses the contrastive signal (Lee et al.), measured exactly for a
 * linear softmax classifier. Data: K Gaussian classes in two relevant features plus R = 8
 * task-irrelevant features that every class shares (value B, small spread), and a constant 1.
 *
 * A candidate synthetic set has one point per class. The matching losses, averaged over THETAS
 * random classifiers W (as gradient matching samples fresh initialisations), are
 *   DC:  (1/K) Σ_c Dist(G^S_c, G^T_c)          (Eq. 1 of the page; G = gradient of the mean CE)
 *   DCC: Dist(Σ_c G^S_c, Σ_c G^T_c)            (Eq. 2)
 * with Dist = Σ_rows (1 − cos). The sweep over B compares the "right" synthetic set (the class
 * means) with a "wrong" one whose relevant features are rotated by one class: the gap between
 * their losses is how strongly each objective tells them apart. At W ≈ 0 the class-wise gradient is
 * (u − e_c) μ_cᵀ, every row along μ_c, which B dominates: DC sees almost no difference. Summing over
 * classes cancels the shared part (Σ_c (u − e_c) = 0), so DCC compares the differences between
 * classes. The maps show both losses as class 1's synthetic point moves over the relevant plane.

 */
import type { ParamValues } from '../runtime/params';
import type { MetricRow, Sim, SimEnv } from '../runtime/types';
import type { Rng } from '../runtime/rng';
import { createSweepSim } from '../shared/online';
import { ceGrad, rowCosineDistance } from './match';
import { params } from './params';

export { params };
export const usesTf = false;

export const R = 8,
  PER_CLASS = 100,
  THETAS = 8,
  GRID = 25,
  EXTENT = 2;
export const SHARED_SWEEP = [0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 8];
const SPREAD = 0.3,
  IRR_SD = 0.2;

export interface World {
  x: Float64Array;
  y: Int32Array;
  n: number;
  K: number;
  D: number;
  rows: number[][];
}

export function makeWorld(rng: Rng, K: number, shared: number): World {
  const D = 2 + R + 1,
    n = PER_CLASS * K,
    x = new Float64Array(n * D),
    y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % K,
      a = (2 * Math.PI * c) / K,
      o = i * D;
    y[i] = c;
    x[o] = Math.cos(a) + SPREAD * rng.normal();
    x[o + 1] = Math.sin(a) + SPREAD * rng.normal();
    for (let r = 0; r < R; r++) x[o + 2 + r] = shared + IRR_SD * rng.normal();
    x[o + D - 1] = 1;
  }
  const rows = Array.from({ length: K }, (_, c) => Array.from({ length: PER_CLASS }, (_, i) => i * K + c));
  return { x, y, n, K, D, rows };
}

/** One synthetic point per class: the class means, optionally with the relevant part rotated by one class. */
export function classMeans(w: World, rotate: boolean): { x: Float64Array; y: Int32Array } {
  const { K, D } = w,
    x = new Float64Array(K * D),
    y = Int32Array.from({ length: K }, (_, c) => c);
  for (let c = 0; c < K; c++)
    for (const i of w.rows[c]) for (let a = 0; a < D; a++) x[c * D + a] += w.x[i * D + a] / PER_CLASS;
  if (rotate) {
    const rel = Float64Array.from({ length: K * 2 }, (_, q) => x[Math.floor(q / 2) * D + (q % 2)]);
    for (let c = 0; c < K; c++) for (let a = 0; a < 2; a++) x[c * D + a] = rel[((c + 1) % K) * 2 + a];
  }
  return { x, y };
}

/** DC and DCC matching losses of a synthetic set (one point per class) at the classifiers Ws. */
export function matchingLosses(
  w: World,
  s: { x: Float64Array; y: Int32Array },
  Ws: Float64Array[],
  GT: Float64Array[][],
): { dc: number; dcc: number } {
  const { K, D } = w,
    A = new Float64Array(K * D);
  let dc = 0,
    dcc = 0;
  Ws.forEach((W, t) => {
    const sumS = new Float64Array(K * D),
      sumT = new Float64Array(K * D);
    for (let c = 0; c < K; c++) {
      const GS = new Float64Array(K * D);
      ceGrad(W, K, D, s.x, s.y, [c], GS);
      dc += rowCosineDistance(GS, GT[t][c], K, D, A) / K / Ws.length;
      for (let q = 0; q < K * D; q++) {
        sumS[q] += GS[q];
        sumT[q] += GT[t][c][q];
      }
    }
    dcc += rowCosineDistance(sumS, sumT, K, D, A) / Ws.length;
  });
  return { dc, dcc };
}

function setup(rng: Rng, K: number, shared: number, thetaScale: number) {
  const w = makeWorld(rng, K, shared);
  const Ws = Array.from({ length: THETAS }, () =>
    Float64Array.from({ length: K * w.D }, () => thetaScale * rng.normal()),
  );
  const GT = Ws.map((W) =>
    w.rows.map((rows) => {
      const G = new Float64Array(K * w.D);
      ceGrad(W, K, w.D, w.x, w.y, rows, G);
      return G;
    }),
  );
  return { w, Ws, GT };
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const K = p.classes;
  return createSweepSim(SHARED_SWEEP.length + 1, (i) => {
    if (i < SHARED_SWEEP.length) {
      const B = SHARED_SWEEP[i];
      const { w, Ws, GT } = setup(env.rng.fork(`B${B}`), K, B, p.theta);
      const right = matchingLosses(w, classMeans(w, false), Ws, GT),
        wrong = matchingLosses(w, classMeans(w, true), Ws, GT);
      const row: MetricRow = {
        step: i + 1,
        shared: B,
        gapDc: Math.max(wrong.dc - right.dc, 1e-9),
        gapDcc: Math.max(wrong.dcc - right.dcc, 1e-9),
      };
      return { row };
    }
    // Last step: the two loss maps at the chosen B, moving class 1's point over the relevant plane.
    const { w, Ws, GT } = setup(env.rng.fork('map'), K, p.shared, p.theta);
    const s = classMeans(w, false);
    const dcMap = new Float32Array(GRID * GRID),
      dccMap = new Float32Array(GRID * GRID);
    let best = { dc: [Infinity, 0, 0], dcc: [Infinity, 0, 0] };
    for (let r = 0; r < GRID; r++)
      for (let c = 0; c < GRID; c++) {
        const gx = -EXTENT + (2 * EXTENT * (c + 0.5)) / GRID,
          gy = EXTENT - (2 * EXTENT * (r + 0.5)) / GRID;
        s.x[0] = gx;
        s.x[1] = gy;
        const l = matchingLosses(w, s, Ws, GT);
        dcMap[r * GRID + c] = l.dc;
        dccMap[r * GRID + c] = l.dcc;
        if (l.dc < best.dc[0]) best = { ...best, dc: [l.dc, gx, gy] };
        if (l.dcc < best.dcc[0]) best = { ...best, dcc: [l.dcc, gx, gy] };
      }
    // Distance of each map's minimum from class 1's true centre (1, 0) in the relevant plane.
    const miss = (b: number[]) => Math.hypot(b[1] - 1, b[2]);
    const range = (m: Float32Array) => Math.max(...m) - Math.min(...m);
    const norm = (m: Float32Array) => {
      const lo = Math.min(...m),
        d = range(m) || 1;
      return m.map((v) => (v - lo) / d);
    };
    const extent: [number, number, number, number] = [-EXTENT, EXTENT, -EXTENT, EXTENT];
    const angle = (c: number) => (2 * Math.PI * c) / K;
    return {
      row: {
        step: i + 1,
        missDc: miss(best.dc),
        missDcc: miss(best.dcc),
        rangeDc: range(dcMap),
        rangeDcc: range(dccMap),
      },
      frame: {
        dcMap: { kind: 'heatmap', rows: GRID, cols: GRID, values: norm(dcMap), extent },
        dccMap: { kind: 'heatmap', rows: GRID, cols: GRID, values: norm(dccMap), extent },
        centres: {
          kind: 'points',
          x: Float32Array.from({ length: K }, (_, c) => Math.cos(angle(c))),
          y: Float32Array.from({ length: K }, (_, c) => Math.sin(angle(c))),
          group: Uint8Array.from({ length: K }, (_, c) => c),
          groupLabels: Array.from({ length: K }, (_, c) => `class ${c + 1} centre`),
        },
      },
    };
  });
}

/** Analytic sweep: shown once the maps are drawn. */
export function reached(rows: MetricRow[]): boolean {
  return rows.length >= SHARED_SWEEP.length + 1;
}
