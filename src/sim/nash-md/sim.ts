/**
 * Nash-MD in the three-response preference game (exact, tabular). Each step forms the geometric
 * mixture π_t^μ ∝ π_t^{1−ητ} μ^{ητ} and takes a multiplicative-weights step against it (Eq. 2).
 * Alongside: plain self-play (multiplicative weights against the current policy, no regularisation),
 * the running average of its iterates, and RLHF on a Bradley–Terry reward fitted to comparisons from
 * μ. The figure tracks how close each last iterate is to an equilibrium.
 */
import type { ParamValues } from '../runtime/params';
import type { MetricRow, Sim, SimEnv } from '../runtime/types';
import {
  Trajectory,
  cornerLabels,
  expectedCounts,
  exploitability,
  fitBradleyTerry,
  kl,
  logFloor,
  loopSim,
  mixedPreference,
  nashMdStep,
  omdStep,
  regularisedNash,
  uniform,
  winRates,
  type Vec,
} from '../shared/preferences';
import { params } from './params';

export { params };
export const usesTf = false;
export const TOTAL = 400;
const K = 3;

export function createSim(p: ParamValues<typeof params>, _env: SimEnv): Sim {
  const g = mixedPreference(K, p.intrans);
  const mu = uniform(K);
  const nash = regularisedNash(g, p.tau, mu);
  const start = Float64Array.from([0.1, 0.15, 0.75]);
  let md: Vec = Float64Array.from(start),
    sp: Vec = Float64Array.from(start),
    bt: Vec = Float64Array.from(start);
  const avg = Float64Array.from(start);
  let n = 1;
  const btReward = fitBradleyTerry(K, expectedCounts(g, mu, 1000));
  const tr = { md: new Trajectory(), sp: new Trajectory(), avg: new Trajectory(), bt: new Trajectory() };
  const record = () => {
    tr.md.push(md);
    tr.sp.push(sp);
    tr.avg.push(avg);
    tr.bt.push(bt);
  };
  record();

  return loopSim({
    total: TOTAL,
    advance() {
      md = nashMdStep(g, md, p.eta, p.tau, mu);
      sp = omdStep(sp, winRates(g, sp), p.eta, 0, mu);
      n++;
      for (let i = 0; i < K; i++) avg[i] += (sp[i] - avg[i]) / n;
      bt = omdStep(bt, btReward, p.eta, Math.max(p.tau, 1e-3), mu);
      record();
    },
    measure: (step): MetricRow => ({
      step,
      klMd: logFloor(kl(nash, md)),
      explMd: exploitability(g, md),
      explSp: exploitability(g, sp),
      explAvg: exploitability(g, avg),
      explBt: exploitability(g, bt),
    }),
    frame: () => ({
      simplex: {
        kind: 'simplex',
        corners: cornerLabels(K),
        trajectories: [
          { label: 'Nash-MD', points: tr.md.points },
          { label: 'self-play (no regularisation)', points: tr.sp.points },
          { label: 'average of self-play', points: tr.avg.points },
          { label: 'RLHF on a Bradley–Terry reward', points: tr.bt.points },
          { label: 'regularised Nash π*_τ', points: Float32Array.from([nash[0], nash[1], nash[2]]) },
        ],
      },
    }),
  });
}

/** Shown once Nash-MD's last iterate sits within 10⁻³ (KL) of the regularised Nash policy. */
export function reached(rows: MetricRow[]): boolean {
  const r = rows[rows.length - 1];
  return !!r && r.klMd < 1e-3;
}
