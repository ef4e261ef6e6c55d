/**
 * Nash Mirror Prox against single-step methods on the β-regularised preference game (exact, tabular).
 * The x axis counts preference queries N: one query is one evaluation of the win-rate vector
 * P(y ≻ π') against some opponent. Mirror descent (the exact proximal step against the current
 * policy) and Nash-MD use one query per iteration; Nash-MP uses two (look-ahead, then the real step),
 * so it advances every second query. Every method's distance to π*_β is KL(π*_β ‖ π).
 */
import type { ParamValues } from '../runtime/params';
import type { MetricRow, Sim, SimEnv } from '../runtime/types';
import {
  Trajectory,
  cornerLabels,
  kl,
  logFloor,
  loopSim,
  mixedPreference,
  mirrorProxStep,
  nashMdStep,
  proxStep,
  regularisedNash,
  softmax,
  uniform,
  winRates,
  type Vec,
} from '../shared/preferences';
import { params } from './params';

export { params };
export const usesTf = false;
export const QUERIES = 300;

export function createSim(p: ParamValues<typeof params>, _env: SimEnv): Sim {
  const K = p.k;
  const g = mixedPreference(K, p.intrans);
  const mu = uniform(K);
  const nash = regularisedNash(g, p.beta, mu, 100000);
  // Start far from equilibrium: most mass on the last response.
  const start = softmax(Array.from({ length: K }, (_, i) => (i === K - 1 ? 2 : 0)));
  let mp: Vec = Float64Array.from(start),
    md: Vec = Float64Array.from(start),
    nmd: Vec = Float64Array.from(start);
  const kl0 = kl(nash, start);
  const tr = { mp: new Trajectory(), md: new Trajectory(), nmd: new Trajectory() };
  const record = () => {
    tr.mp.push(mp);
    tr.md.push(md);
    tr.nmd.push(nmd);
  };
  record();

  return loopSim({
    total: QUERIES,
    advance(step) {
      md = proxStep(md, winRates(g, md), p.eta, p.beta, mu);
      nmd = nashMdStep(g, nmd, p.eta, p.beta, mu);
      if (step % 2 === 1) mp = mirrorProxStep(g, mp, p.eta, p.beta, mu);
      record();
    },
    measure: (step): MetricRow => ({
      step,
      klMp: logFloor(kl(nash, mp)),
      klMd: logFloor(kl(nash, md)),
      klNmd: logFloor(kl(nash, nmd)),
      rate: logFloor(kl0 * Math.pow(1 + 2 * p.beta, -step / 2)),
    }),
    frame: () => ({
      simplex: {
        kind: 'simplex',
        corners: cornerLabels(K),
        trajectories: [
          { label: 'Nash-MP', points: tr.mp.points },
          { label: 'mirror descent', points: tr.md.points },
          { label: 'Nash-MD', points: tr.nmd.points },
          { label: 'π*_β', points: Float32Array.from([nash[0], nash[1], 1 - nash[0] - nash[1]]) },
        ],
      },
    }),
  });
}

/** Shown once Nash-MP is within 10⁻¹⁰ (KL) of the regularised Nash policy. */
export function reached(rows: MetricRow[]): boolean {
  const r = rows[rows.length - 1];
  return !!r && r.klMp < 1e-10;
}
