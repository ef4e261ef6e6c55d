/**
 * INPO in the three-response preference game. Each iteration samples pairs (y, y') from the current
 * policy π_t, asks the preference oracle which wins, and minimises INPO's squared loss (Eq. 3):
 *   Σ (h_t(π, y_w, y_l) − η/2)²,  h_t = log π(y_w)/π(y_l) − ητ log μ(y_w)/μ(y_l) − (1−ητ) log π_t(y_w)/π_t(y_l).
 * For a tabular policy, h_t is a difference f(y_w) − f(y_l) of one vector f, so the loss is a small
 * least-squares problem solved exactly; no win rate is ever estimated. Alongside run the exact
 * mirror-descent step (Eq. 1) that the loss's population minimiser equals, and the RLHF baseline:
 * a Bradley–Terry reward fitted on the same number of labels drawn from the reference policy,
 * followed by the same KL-regularised mirror descent on that reward.
 */
import type { ParamValues } from '../runtime/params';
import type { MetricRow, Sim, SimEnv } from '../runtime/types';
import {
  Trajectory,
  countWins,
  logFloor,
  cornerLabels,
  expectedCounts,
  exploitability,
  fitBradleyTerry,
  kl,
  loopSim,
  mixedPreference,
  omdStep,
  regGap,
  regularisedNash,
  sampleComparisons,
  solve,
  softmax,
  uniform,
  winRates,
  type Comparison,
  type Pref,
  type Vec,
} from '../shared/preferences';
import { params } from './params';

export { params };
export const usesTf = false;
export const TOTAL = 300;
const K = 3;

/** One INPO iteration from sampled comparisons: the exact minimiser of the squared loss of Eq. (3). */
export function inpoStep(pi: Vec, cs: Comparison[], eta: number, tau: number, mu: Vec, ridge = 1e-2): Vec {
  const L = new Float64Array(K * K);
  const b = new Float64Array(K);
  for (const c of cs) {
    if (c.a === c.b) continue; // identical responses carry no information (h ≡ 0)
    const w = c.aWins ? c.a : c.b;
    const l = c.aWins ? c.b : c.a;
    L[w * K + w]++;
    L[l * K + l]++;
    L[w * K + l]--;
    L[l * K + w]--;
    b[w] += eta / 2;
    b[l] -= eta / 2;
  }
  for (let i = 0; i < K; i++) L[i * K + i] += ridge;
  const f = solve(K, L, b);
  const logits = new Float64Array(K);
  const a = Math.min(eta * tau, 1); // as in omdStep
  for (let i = 0; i < K; i++) logits[i] = f[i] + a * Math.log(mu[i]) + (1 - a) * Math.log(pi[i]);
  return softmax(logits);
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const g: Pref = mixedPreference(K, p.intrans);
  const mu = uniform(K);
  const nash = regularisedNash(g, p.tau, mu);
  const start = Float64Array.from([0.1, 0.15, 0.75]);
  let inpo: Vec = Float64Array.from(start),
    omd: Vec = Float64Array.from(start),
    bt: Vec = Float64Array.from(start);
  const pairRng = env.rng.fork('pairs');
  const refRng = env.rng.fork('reference');
  const btCounts = new Float64Array(K * K);
  const tr = { inpo: new Trajectory(), omd: new Trajectory(), bt: new Trajectory() };
  const record = () => {
    tr.inpo.push(inpo);
    tr.omd.push(omd);
    tr.bt.push(bt);
  };
  record();

  return loopSim({
    total: TOTAL,
    advance() {
      const exact = p.pairs === 0;
      omd = omdStep(omd, winRates(g, omd), p.eta, p.tau, mu);
      inpo = exact
        ? Float64Array.from(omd)
        : inpoStep(inpo, sampleComparisons(pairRng, g, inpo, p.pairs), p.eta, p.tau, mu);
      // RLHF: the same label budget, drawn from the reference policy, fitted by Bradley–Terry.
      const add = exact ? expectedCounts(g, mu, 200) : countWins(K, sampleComparisons(refRng, g, mu, p.pairs));
      for (let i = 0; i < K * K; i++) btCounts[i] += add[i];
      bt = omdStep(bt, fitBradleyTerry(K, btCounts), p.eta, p.tau, mu);
      record();
    },
    measure(step): MetricRow {
      return {
        step,
        gapInpo: logFloor(regGap(g, inpo, p.tau, mu)),
        gapOmd: logFloor(regGap(g, omd, p.tau, mu)),
        gapBt: logFloor(regGap(g, bt, p.tau, mu)),
        klInpo: logFloor(kl(nash, inpo)),
        klOmd: logFloor(kl(nash, omd)),
        klBt: logFloor(kl(nash, bt)),
        explInpo: exploitability(g, inpo),
        explBt: exploitability(g, bt),
      };
    },
    frame: () => ({
      simplex: {
        kind: 'simplex',
        corners: cornerLabels(K),
        trajectories: [
          { label: 'INPO (sampled pairs)', points: tr.inpo.points },
          { label: 'exact mirror descent (Eq. 1)', points: tr.omd.points },
          { label: 'Bradley–Terry reward + RLHF', points: tr.bt.points },
          { label: 'regularised Nash π*', points: Float32Array.from([nash[0], nash[1], nash[2]]) },
        ],
      },
    }),
  });
}

/** Shown once INPO has settled near the Nash policy while the Bradley–Terry policy stays exploitable. */
export function reached(rows: MetricRow[]): boolean {
  const r = rows[rows.length - 1];
  return !!r && r.step >= 60 && r.klInpo < 0.05;
}
