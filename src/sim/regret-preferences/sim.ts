/**
 * Two reward learners on the same segment-pair preferences in a 5×5 gridworld (goal top right,
 * a ring of mud). One assumes the partial-return model (Eq. 1), the other the regret model (Eq. 3);
 * both fit a per-cell reward by gradient ascent on the log-likelihood, the regret learner solving
 * for V*_w inside every step. Each learned reward is judged by what matters: the optimal policy it
 * induces, rolled out under the true reward.
 */
import type { ParamValues } from '../runtime/params';
import type { MetricRow, Sim, SimEnv } from '../runtime/types';
import { loopSim } from '../shared/preferences';
import { evaluate, gridPanels, labelPairs, rewardStep, S, solveMdp, trueReward } from '../shared/pref-grid';
import { params } from './params';

export { params };
export const usesTf = false;
export const STEPS = 200;
const LR = 0.5;

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const pairs = labelPairs(env.rng.fork('data'), p.pairs, p.segLen, p.labels, p.temp);
  const wPr = new Float64Array(S),
    wRg = new Float64Array(S);
  let llPr = NaN,
    llRg = NaN;

  return loopSim({
    total: STEPS,
    emitEvery: 2,
    frameEvery: 20,
    advance() {
      llPr = rewardStep(wPr, pairs, 'partial', LR);
      llRg = rewardStep(wRg, pairs, 'regret', LR);
    },
    measure(step): MetricRow {
      const ePr = evaluate(solveMdp(wPr).greedy),
        eRg = evaluate(solveMdp(wRg).greedy);
      const row: MetricRow = {
        step,
        successPr: ePr.success,
        successRg: eRg.success,
        gapPr: ePr.returnGap,
        gapRg: eRg.returnGap,
      };
      if (step > 0) Object.assign(row, { llPr, llRg });
      return row;
    },
    frame() {
      const pr = gridPanels(wPr, solveMdp(wPr).greedy),
        rg = gridPanels(wRg, solveMdp(wRg).greedy);
      const tr = gridPanels(trueReward(), solveMdp(trueReward()).greedy);
      return {
        truth: tr.heat,
        truthArrows: tr.arrows,
        partial: pr.heat,
        partialArrows: pr.arrows,
        regret: rg.heat,
        regretArrows: rg.arrows,
      };
    },
  });
}

/** Shown once the regret learner's policy reaches the goal from every cell. */
export function reached(rows: MetricRow[]): boolean {
  const r = rows[rows.length - 1];
  return !!r && r.successRg === 1;
}
