/**
 * CPL against reward-then-RL in the 5×5 gridworld. Labels come from the regret model in its
 * maximum-entropy form (as in CPL's synthetic data): P(σ⁺ ≻ σ⁻) = σ(Σ_t γ^t A*(s_t⁺,a_t⁺) − Σ_t γ^t A*(s_t⁻,a_t⁻)),
 * with A* = α log π* the soft-optimal advantage of the true reward. CPL fits tabular policy logits
 * directly by Eq. (2) (with the conservative weight λ on the dispreferred term); the baseline fits a
 * per-cell reward under the partial-return model and runs value iteration on it. Both policies act
 * greedily and are rolled out under the true reward.
 */
import type { ParamValues } from '../runtime/params';
import type { MetricRow, Sim, SimEnv } from '../runtime/types';
import { logSigmoid, loopSim, sigmoid, softmax } from '../shared/preferences';
import {
  A,
  GAMMA,
  GOAL,
  S,
  evaluate,
  gridPanels,
  randomSegment,
  rewardStep,
  solveMdp,
  trueReward,
  type Pair,
  type Segment,
} from '../shared/pref-grid';
import { params } from './params';

export { params };
export const usesTf = false;
export const STEPS = 150;
const LR_POLICY = 10,
  LR_REWARD = 0.5;

/** Log-probabilities and probabilities of the tabular policy, one row of A per cell. */
function tables(logits: Float64Array) {
  const logp = new Float64Array(S * A),
    prob = new Float64Array(S * A);
  for (let s = 0; s < S; s++) {
    const pi = softmax(logits.subarray(s * A, s * A + A));
    for (let a = 0; a < A; a++) {
      prob[s * A + a] = pi[a];
      logp[s * A + a] = Math.log(pi[a]);
    }
  }
  return { logp, prob };
}

/** Σ_t γ^t log π(a_t|s_t) over a segment's steps before the goal. */
function segLogLik(seg: Segment, logp: Float64Array): number {
  let s = 0;
  seg.actions.forEach((a, t) => {
    if (a >= 0) s += GAMMA ** t * logp[seg.states[t] * A + a];
  });
  return s;
}

/** Adds scale × ∇_logits of segLogLik into g. */
function segGrad(seg: Segment, prob: Float64Array, g: Float64Array, scale: number): void {
  seg.actions.forEach((a, t) => {
    if (a < 0) return;
    const st = seg.states[t],
      c = scale * GAMMA ** t;
    for (let k = 0; k < A; k++) g[st * A + k] += c * ((k === a ? 1 : 0) - prob[st * A + k]);
  });
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const rng = env.rng.fork('data');
  const { Q, V, greedy: optimal } = solveMdp(trueReward(), p.alpha);
  const adv = (seg: Segment) =>
    seg.actions.reduce(
      (acc, a, t) => (a < 0 ? acc : acc + GAMMA ** t * (Q[seg.states[t] * A + a] - V[seg.states[t]])),
      0,
    );
  const pairs: Pair[] = Array.from({ length: p.pairs }, () => {
    const a = randomSegment(rng, p.segLen),
      b = randomSegment(rng, p.segLen);
    return { a, b, aWins: rng.next() < sigmoid(adv(a) - adv(b)) };
  });
  const logits = new Float64Array(S * A);
  const w = new Float64Array(S);
  let lossCpl = NaN;

  const cplPolicy = () => {
    const pol = new Int8Array(S);
    for (let s = 0; s < S; s++) {
      let b = 0;
      for (let a = 1; a < A; a++) if (logits[s * A + a] > logits[s * A + b]) b = a;
      pol[s] = b;
    }
    return pol;
  };

  return loopSim({
    total: STEPS,
    emitEvery: 3,
    frameEvery: 30,
    advance() {
      const g = new Float64Array(S * A);
      const { logp, prob } = tables(logits);
      let loss = 0;
      for (const pr of pairs) {
        const pos = pr.aWins ? pr.a : pr.b,
          neg = pr.aWins ? pr.b : pr.a;
        const z = p.alpha * segLogLik(pos, logp) - p.lambda * p.alpha * segLogLik(neg, logp);
        loss -= logSigmoid(z) / pairs.length;
        const c = sigmoid(-z) / pairs.length; // d(−log σ(z))/dz = −σ(−z): ascend z with weight σ(−z)
        segGrad(pos, prob, g, c * p.alpha);
        segGrad(neg, prob, g, -c * p.lambda * p.alpha);
      }
      for (let i = 0; i < g.length; i++) logits[i] += LR_POLICY * g[i];
      lossCpl = loss;
      rewardStep(w, pairs, 'partial', LR_REWARD);
    },
    measure(step): MetricRow {
      const pc = cplPolicy(),
        pb = solveMdp(w).greedy;
      const c = evaluate(pc),
        b = evaluate(pb);
      let agreeCpl = 0,
        agreeBase = 0;
      for (let s = 0; s < S; s++)
        if (s !== GOAL) {
          agreeCpl += +(pc[s] === optimal[s]) / (S - 1);
          agreeBase += +(pb[s] === optimal[s]) / (S - 1);
        }
      const row: MetricRow = {
        step,
        successCpl: c.success,
        successBase: b.success,
        gapCpl: c.returnGap,
        gapBase: b.returnGap,
        agreeCpl,
        agreeBase,
      };
      if (step > 0) row.lossCpl = lossCpl;
      return row;
    },
    frame() {
      const conf = new Float64Array(S);
      for (let s = 0; s < S; s++) conf[s] = s === GOAL ? 1 : Math.max(...softmax(logits.subarray(s * A, s * A + A)));
      const c = gridPanels(conf, cplPolicy()),
        b = gridPanels(w, solveMdp(w).greedy);
      return { cpl: c.heat, cplArrows: c.arrows, base: b.heat, baseArrows: b.arrows };
    },
  });
}

/** Shown once CPL's policy loses less than half the return the reward-then-RL policy loses. */
export function reached(rows: MetricRow[]): boolean {
  const r = rows[rows.length - 1];
  return !!r && r.step >= 30 && r.gapCpl < 0.5 * r.gapBase;
}
