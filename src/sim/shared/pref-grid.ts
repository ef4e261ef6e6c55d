/**
 * The sequential preference world shared by the regret-model and CPL figures: a 5×5 deterministic
 * gridworld with a terminal goal, random trajectory segments, and the two models of how a person
 * compares two segments (partial return vs regret). Rewards are "reward for entering a cell", one
 * number per cell; the discount is γ = 0.95 (it keeps values finite for any learned reward).
 */
import type { Rng } from '../runtime/rng';
import type { PanelData } from '../runtime/types';
import { logSigmoid, sigmoid } from './preferences';

export const W = 5,
  H = 5,
  S = W * H,
  A = 4,
  GAMMA = 0.95;
/** The goal (top-right corner) ends the episode once entered. */
export const GOAL = W - 1;
/** Mud cells: entering one costs 4 on top of the usual step cost of 1. */
export const MUD = [6, 7, 8, 11, 13, 16, 17, 18].filter((s) => s !== GOAL);
const DIRS: [number, number][] = [
  [-1, 0],
  [1, 0],
  [0, -1],
  [0, 1],
]; // up, down, left, right

/** Next cell after action a in cell s (bumping into a wall leaves the agent in place). */
export function next(s: number, a: number): number {
  const r = Math.floor(s / W) + DIRS[a][0],
    c = (s % W) + DIRS[a][1];
  return r < 0 || r >= H || c < 0 || c >= W ? s : r * W + c;
}

/** The true reward: −1 per step, −5 for entering mud. */
export function trueReward(): Float64Array {
  const w = new Float64Array(S).fill(-1);
  for (const m of MUD) w[m] = -5;
  return w;
}

/** Optimal values, greedy policy and (optionally, soft with temperature α) Q-values for reward w. */
export function solveMdp(w: ArrayLike<number>, alpha = 0) {
  const V = new Float64Array(S),
    Q = new Float64Array(S * A);
  for (let it = 0; it < 400; it++) {
    let delta = 0;
    for (let s = 0; s < S; s++) {
      if (s === GOAL) continue;
      let m = -Infinity;
      for (let a = 0; a < A; a++) {
        const n = next(s, a);
        const q = w[n] + (n === GOAL ? 0 : GAMMA * V[n]);
        Q[s * A + a] = q;
        m = Math.max(m, q);
      }
      let v = m;
      if (alpha > 0) {
        let z = 0;
        for (let a = 0; a < A; a++) z += Math.exp((Q[s * A + a] - m) / alpha);
        v = m + alpha * Math.log(z);
      }
      delta = Math.max(delta, Math.abs(v - V[s]));
      V[s] = v;
    }
    if (delta < 1e-10) break;
  }
  const greedy = new Int8Array(S);
  for (let s = 0; s < S; s++) {
    let best = 0;
    for (let a = 1; a < A; a++) if (Q[s * A + a] > Q[s * A + best] + 1e-12) best = a;
    greedy[s] = best;
  }
  return { V, Q, greedy };
}

/** Discounted visit counts of entered cells when following `policy` from each cell: occ[s*S + c]. */
export function occupancy(policy: Int8Array): Float64Array {
  const occ = new Float64Array(S * S);
  for (let it = 0; it < 300; it++) {
    let delta = 0;
    for (let s = 0; s < S; s++) {
      if (s === GOAL) continue;
      const n = next(s, policy[s]);
      for (let c = 0; c < S; c++) {
        const v = (c === n ? 1 : 0) + (n === GOAL ? 0 : GAMMA * occ[n * S + c]);
        delta = Math.max(delta, Math.abs(v - occ[s * S + c]));
        occ[s * S + c] = v;
      }
    }
    if (delta < 1e-9) break;
  }
  return occ;
}

export interface Segment {
  states: number[]; // s_0 … s_T (the state after the goal stays the goal)
  actions: number[]; // a_0 … a_{T-1}; −1 once the episode has ended
  /** Discounted counts of entered cells, Σ_t γ^t e_{s_{t+1}} (so the partial return is w·phi). */
  phi: Float64Array;
}

/** A segment of length T from a random non-goal cell with uniformly random actions. */
export function randomSegment(rng: Rng, T: number): Segment {
  let s = rng.int(S - 1);
  if (s >= GOAL) s++;
  const states = [s],
    actions: number[] = [],
    phi = new Float64Array(S);
  for (let t = 0; t < T; t++) {
    if (s === GOAL) {
      actions.push(-1);
      states.push(s);
      continue;
    }
    const a = rng.int(A);
    const n = next(s, a);
    phi[n] += GAMMA ** t;
    actions.push(a);
    states.push(n);
    s = n;
  }
  return { states, actions, phi };
}

/** Partial (discounted) return of a segment under reward w. */
export function partialReturn(seg: Segment, w: ArrayLike<number>): number {
  let r = 0;
  for (let c = 0; c < S; c++) r += seg.phi[c] * w[c];
  return r;
}

/** Regret V*(s_0) − (partial return + γ^T V*(s_T)) of a segment, given optimal values V. */
export function regret(seg: Segment, w: ArrayLike<number>, V: ArrayLike<number>): number {
  const T = seg.actions.length;
  return V[seg.states[0]] - partialReturn(seg, w) - GAMMA ** T * V[seg.states[T]];
}

export type PrefModel = 'regret' | 'partial';

export interface Pair {
  a: Segment;
  b: Segment;
  aWins: boolean;
}

/** n labelled segment pairs, labels drawn from the chosen preference model with the true reward. */
export function labelPairs(rng: Rng, n: number, T: number, model: PrefModel, temp: number): Pair[] {
  const w = trueReward();
  const { V } = solveMdp(w);
  const score = (g: Segment) => (model === 'regret' ? -regret(g, w, V) : partialReturn(g, w));
  return Array.from({ length: n }, () => {
    const a = randomSegment(rng, T),
      b = randomSegment(rng, T);
    return { a, b, aWins: rng.next() < sigmoid((score(a) - score(b)) / temp) };
  });
}

/**
 * One gradient step (ascent on the mean log-likelihood, with a small ridge) of a per-cell reward
 * under either preference model. For the regret model the gradient of V*_w(s) is the discounted
 * occupancy of the greedy policy from s (Danskin), recomputed at every step.
 */
export function rewardStep(w: Float64Array, pairs: Pair[], model: PrefModel, lr: number, ridge = 1e-3): number {
  const g = new Float64Array(S);
  let ll = 0;
  let V: Float64Array | null = null,
    occ: Float64Array | null = null;
  if (model === 'regret') {
    const sol = solveMdp(w);
    V = sol.V;
    occ = occupancy(sol.greedy);
  }
  // d score(σ)/dw: partial return → phi; negated regret → phi + γ^T occ(s_T) − occ(s_0)
  const dScore = (seg: Segment, out: Float64Array, sign: number) => {
    for (let c = 0; c < S; c++) out[c] += sign * seg.phi[c];
    if (!occ) return;
    const T = seg.actions.length,
      s0 = seg.states[0],
      sT = seg.states[T];
    for (let c = 0; c < S; c++) out[c] += sign * ((sT === GOAL ? 0 : GAMMA ** T * occ[sT * S + c]) - occ[s0 * S + c]);
  };
  const score = (seg: Segment) => (model === 'regret' ? -regret(seg, w, V!) : partialReturn(seg, w));
  for (const p of pairs) {
    const z = (score(p.a) - score(p.b)) * (p.aWins ? 1 : -1);
    ll += logSigmoid(z);
    const coef = (sigmoid(-z) * (p.aWins ? 1 : -1)) / pairs.length; // d log σ(z) / d(score_a − score_b)
    dScore(p.a, g, coef);
    dScore(p.b, g, -coef);
  }
  for (let c = 0; c < S; c++) w[c] += lr * (g[c] - ridge * w[c]);
  return ll / pairs.length;
}

/** Rollout of a deterministic policy under the true reward from every non-goal cell (horizon 40). */
let trueV: Float64Array | null = null;
export function evaluate(policy: Int8Array) {
  const w = trueReward();
  const V = (trueV ??= solveMdp(w).V);
  let success = 0,
    gap = 0;
  for (let s0 = 0; s0 < S; s0++) {
    if (s0 === GOAL) continue;
    let s = s0,
      ret = 0;
    for (let t = 0; t < 40 && s !== GOAL; t++) {
      const n = next(s, policy[s]);
      ret += GAMMA ** t * w[n];
      s = n;
    }
    if (s === GOAL) success++;
    gap += V[s0] - ret;
  }
  return { success: success / (S - 1), returnGap: gap / (S - 1) };
}

/** Heatmap of a per-cell quantity plus the policy as arrows (a 'points' panel with segments). */
export function gridPanels(values: ArrayLike<number>, policy: Int8Array): { heat: PanelData; arrows: PanelData } {
  const x: number[] = [],
    y: number[] = [],
    seg: number[] = [];
  for (let s = 0; s < S; s++) {
    const cx = (s % W) + 0.5,
      cy = H - Math.floor(s / W) - 0.5;
    x.push(cx);
    y.push(cy);
    if (s === GOAL) continue;
    const [dr, dc] = DIRS[policy[s]];
    seg.push(cx, cy, cx + 0.35 * dc, cy - 0.35 * dr);
  }
  return {
    heat: { kind: 'heatmap', rows: H, cols: W, values: Float32Array.from(values), extent: [0, W, 0, H] },
    arrows: { kind: 'points', x: Float32Array.from(x), y: Float32Array.from(y), segments: Float32Array.from(seg) },
  };
}
