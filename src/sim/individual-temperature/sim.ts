/**
 * Individual temperatures on frozen similarities (iSogCLR, Qiu et al. 2023; config C3 of
 * flagships.md §C.2). For one anchor, τ* solves the per-sample robust problem of iSogCLR; the
 * figure shows it against how common the anchor's semantics are (q) and the robustness radius ρ.
 * At small ρ, τ* ≈ √(Var(s)/2ρ): an anchor with many same-semantics negatives has a bimodal,
 * high-variance similarity profile and gets the larger τ (the paper's claim). At large ρ, τ* is
 * set by the upper tail, and the order reverses. The figure shows both regimes.
 *
 * Each step reveals one point of a 30-point log grid of q (rows: τ* against q, for the line panel
 * and the CSV); the figure is instant, so all of them are computed on every slider move.
 */
import { defaultsOf, type ParamValues } from '../runtime/params';
import type { Frame, MetricRow, Sim, SimEnv, SimModule } from '../runtime/types';
import { relativePenalty } from '../shared/contrastive';
import { anchorSimilarities, NEGATIVES, smallRhoTau, solveTauStar } from './taustar';
import { params } from './params';

export { params };
export const usesTf = false;
export type Params = ParamValues<typeof params>;

const logGrid = (lo: number, hi: number, count: number) =>
  Float64Array.from({ length: count }, (_, k) => lo * Math.pow(hi / lo, k / (count - 1)));
/** The q axis of the rows, and the ρ axis of the second panel. */
export const Q_GRID = logGrid(0.005, 0.5, 30);
export const RHO_GRID = logGrid(0.05, 4, 30);
/** Reference radii drawn dashed (the rows of the calibration table in flagships.md §C.2). */
export const REFERENCE_RHOS = [0.1, 0.4, 1, 2] as const;
const refKeys = ['tauRho01', 'tauRho04', 'tauRho1', 'tauRho2'] as const;
/** Rare and frequent semantics for the ρ panel. */
export const RARE_Q = 0.01;
export const FREQUENT_Q = 0.5;
const BINS = 24;
const BIN_LO = -0.6;
const BIN_HI = 1;

/** τ* along a path of problems, each solve warm-started from the previous solution. */
function continuation(count: number, problem: (k: number) => [Float64Array, number]): Float64Array {
  const out = new Float64Array(count);
  let guess: number | undefined;
  for (let k = 0; k < count; k++) {
    const [s, rho] = problem(k);
    out[k] = solveTauStar(s, rho, guess).tau;
    guess = out[k];
  }
  return out;
}

/** The anchor's fixed standard normals (one draw per negative). */
export function anchorNoise(env: SimEnv): Float64Array {
  const rng = env.rng.fork('similarities');
  return Float64Array.from({ length: NEGATIVES }, () => rng.normal());
}

/**
 * The parts of the figure that do not depend on the sliders (only on the seed): the dashed
 * reference curves over q and the rare/frequent curves over ρ. Memoised per seed, so a slider
 * move only solves the ~60 problems that change (a pure cache: same values either way).
 */
const fixedCache = new Map<number, { refs: Float64Array[]; rare: Float32Array; frequent: Float32Array }>();
function fixedCurves(seed: number, z: Float64Array) {
  let hit = fixedCache.get(seed);
  if (!hit) {
    const qS = Array.from(Q_GRID, (q) => anchorSimilarities(z, q));
    const overRho = (q: number) => {
      const s = anchorSimilarities(z, q);
      return Float32Array.from(continuation(RHO_GRID.length, (k) => [s, RHO_GRID[k]]));
    };
    hit = {
      refs: REFERENCE_RHOS.map((rho) => continuation(qS.length, (k) => [qS[k], rho])),
      rare: overRho(RARE_Q),
      frequent: overRho(FREQUENT_Q),
    };
    if (fixedCache.size > 8) fixedCache.clear();
    fixedCache.set(seed, hit);
  }
  return hit;
}

export function createSim(p: Params, env: SimEnv): Sim {
  const z = anchorNoise(env);
  const fixed = fixedCurves(p.seed, z);
  const tauAt = (q: number, rho: number) => solveTauStar(anchorSimilarities(z, q), rho).tau;
  const tauRare = tauAt(RARE_Q, p.rho);
  const tauFrequent = tauAt(FREQUENT_Q, p.rho);
  const sNow = anchorSimilarities(z, p.q);
  const now = solveTauStar(sNow, p.rho);
  let nearest = 0;
  Q_GRID.forEach((q, k) => {
    if (Math.abs(Math.log(q / p.q)) < Math.abs(Math.log(Q_GRID[nearest] / p.q))) nearest = k;
  });

  const qS = Array.from(Q_GRID, (q) => anchorSimilarities(z, q));
  const byQ = continuation(Q_GRID.length, (k) => [qS[k], p.rho]);
  const rowAt = (k: number): MetricRow => {
    const q = Q_GRID[k];
    const s = qS[k];
    const row: MetricRow = {
      step: k,
      q,
      tauStar: byQ[k],
      tauApprox: smallRhoTau(s, p.rho),
      atQ: k === nearest ? 1 : 0,
      tauNow: now.tau,
      klNow: now.kl,
      rho: p.rho,
      tauRare,
      tauFrequent,
    };
    REFERENCE_RHOS.forEach((_, i) => (row[refKeys[i]] = fixed.refs[i][k]));
    return row;
  };

  const frame = buildFrame(z, sNow, now.tau, p, fixed);
  let done = 0;
  return {
    totalSteps: Q_GRID.length,
    step(count: number) {
      const rows: MetricRow[] = [];
      for (let k = 0; k < count && done < Q_GRID.length; k++) rows.push(rowAt(done++));
      return { rows, frame };
    },
    dispose() {},
  };
}

/** τ* against ρ for rare, frequent and the current semantics; and the anchor's worst-case weights. */
function buildFrame(
  z: Float64Array,
  sNow: Float64Array,
  tauNow: number,
  p: Params,
  fixed: ReturnType<typeof fixedCurves>,
): Frame {
  const curve = (q: number) => {
    const s = anchorSimilarities(z, q);
    return Float32Array.from(continuation(RHO_GRID.length, (k) => [s, RHO_GRID[k]]));
  };
  const weights = relativePenalty(sNow, tauNow);
  const share = new Float32Array(BINS);
  const mass = new Float32Array(BINS);
  sNow.forEach((s, k) => {
    const b = Math.min(BINS - 1, Math.max(0, Math.floor(((s - BIN_LO) / (BIN_HI - BIN_LO)) * BINS)));
    share[b] += 1 / sNow.length;
    mass[b] += weights[k];
  });
  const binLabels = Array.from({ length: BINS }, (_, b) =>
    (BIN_LO + ((b + 0.5) * (BIN_HI - BIN_LO)) / BINS).toFixed(2),
  );
  return {
    byRho: {
      kind: 'curves',
      x: Float32Array.from(RHO_GRID),
      series: [
        { label: `rare semantics (q = ${RARE_Q})`, y: fixed.rare },
        { label: `frequent semantics (q = ${FREQUENT_Q})`, y: fixed.frequent },
        { label: `this anchor (q = ${p.q.toPrecision(2)})`, y: curve(p.q) },
      ],
      markers: [{ x: p.rho, label: `ρ = ${p.rho.toPrecision(2)}` }],
    },
    weights: {
      kind: 'bars',
      labels: binLabels,
      series: [
        { label: 'negatives (uniform weight)', values: share },
        { label: 'worst-case weight at τ*', values: mass },
      ],
    },
  };
}

/** The whole curve is out (the figure is analytic). */
export function reached(rows: MetricRow[]): boolean {
  return rows.length >= Q_GRID.length;
}

export const defaults = defaultsOf(params);

// Compile-time check that this file is a SimModule.
({ params, usesTf, createSim, reached }) satisfies SimModule<typeof params>;
