/**
 * f-DPG on twenty "sequences" x = 0…19. The base model a is broad; the reward r has two bumps, so
 * the target p(x) ∝ a(x) exp(r(x)/β) has two modes (the second holds about a fifth of the mass). The policy family cannot represent two modes:
 * π_θ(x) ∝ exp(−(x − m)²/(2s²)), θ = (m, log s), started at a's own shape (fine-tuning starts
 * from the base model). Three copies are trained with the sampled f-DPG gradient (Eq. 2),
 *   ĝ = (1/n) Σ_k (f'(π_θ(x_k)/p(x_k)) − b) ∇_θ log π_θ(x_k),   x_k ~ π_θ,  b = batch mean of f',
 * for reverse KL (f' = log t + 1, the RLHF objective), forward KL (f' = −1/t, DPG) and
 * Jensen–Shannon (f' = ½ log(2t/(1+t))). With a family too narrow for the target, the choice of
 * divergence decides what is kept: one mode (reverse KL) or a blur over both (forward KL).
 */
import type { ParamValues } from '../runtime/params';
import type { MetricRow, Sim, SimEnv } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import { entropy, loopSim, softmax } from '../shared/preferences';
import { params } from './params';

export { params };
export const usesTf = false;
export const STEPS = 600;
export const N = 20;
const XS = Array.from({ length: N }, (_, i) => i);
const MODES = [4, 15];
/** The base model a: a discretised Gaussian, nearer the first good region than the second. */
const A_MEAN = 7;
const A_STD = 4;

export const DIVS = {
  rkl: { label: 'reverse KL (RLHF)', fp: (t: number) => Math.log(t) + 1 },
  fkl: { label: 'forward KL (DPG)', fp: (t: number) => -1 / t },
  js: { label: 'Jensen–Shannon', fp: (t: number) => 0.5 * Math.log((2 * t) / (1 + t)) },
} as const;
type DivKey = keyof typeof DIVS;
const KEYS = Object.keys(DIVS) as DivKey[];

export function world(beta: number, second: number) {
  const a = softmax(XS.map((x) => -((x - A_MEAN) ** 2) / (2 * A_STD ** 2)));
  const bump = (x: number, c: number) => Math.exp(-((x - c) ** 2) / (2 * 1.5 ** 2));
  const r = XS.map((x) => 3 * bump(x, MODES[0]) + 3 * second * bump(x, MODES[1]));
  const p = softmax(XS.map((x, i) => Math.log(a[i]) + r[i] / beta));
  return { a, r, p };
}

const policy = (m: number, ls: number) => softmax(XS.map((x) => -((x - m) ** 2) / (2 * Math.exp(2 * ls))));

export function createSim(pr: ParamValues<typeof params>, env: SimEnv): Sim {
  const { r, p } = world(pr.beta, pr.second);
  const st = KEYS.map((key) => ({
    key,
    th: [A_MEAN, Math.log(A_STD)],
    m1: [0, 0],
    m2: [0, 0],
    rng: env.rng.fork(key),
  }));
  let t = 0;

  function advance() {
    t++;
    for (const s of st) {
      const [m, ls] = s.th;
      const pi = policy(m, ls);
      const s2 = Math.exp(2 * ls);
      // E_π of the sufficient statistics, for ∇ log π = φ(x) − E_π φ(x)
      let e1 = 0,
        e2 = 0;
      for (let i = 0; i < N; i++) {
        e1 += (pi[i] * (XS[i] - m)) / s2;
        e2 += (pi[i] * (XS[i] - m) ** 2) / s2;
      }
      const xs: number[] = [],
        fps: number[] = [];
      for (let k = 0; k < pr.samples; k++) {
        const i = s.rng.categorical(pi);
        xs.push(i);
        fps.push(DIVS[s.key].fp(pi[i] / p[i]));
      }
      const b = fps.reduce((u, v) => u + v, 0) / fps.length;
      const g = [0, 0];
      for (let k = 0; k < xs.length; k++) {
        const x = XS[xs[k]];
        g[0] += ((fps[k] - b) * ((x - m) / s2 - e1)) / xs.length;
        g[1] += ((fps[k] - b) * ((x - m) ** 2 / s2 - e2)) / xs.length;
      }
      // Adam on θ (descent on the divergence)
      for (let j = 0; j < 2; j++) {
        s.m1[j] = 0.9 * s.m1[j] + 0.1 * g[j];
        s.m2[j] = 0.999 * s.m2[j] + 0.001 * g[j] * g[j];
        const mh = s.m1[j] / (1 - 0.9 ** t),
          vh = s.m2[j] / (1 - 0.999 ** t);
        s.th[j] -= (pr.lr * mh) / (Math.sqrt(vh) + 1e-8);
      }
      s.th[1] = Math.min(Math.max(s.th[1], Math.log(0.3)), Math.log(20));
    }
  }

  function measure(step: number): MetricRow {
    const row: MetricRow = { step };
    for (const s of st) {
      const pi = policy(s.th[0], s.th[1]);
      let er = 0,
        second = 0,
        tv = 0;
      for (let i = 0; i < N; i++) {
        er += pi[i] * r[i];
        if (i >= 10) second += pi[i];
        tv += 0.5 * Math.abs(pi[i] - p[i]);
      }
      if (!Number.isFinite(er)) return { step, [DIVERGED]: 1 };
      Object.assign(row, {
        [`${s.key}Reward`]: er,
        [`${s.key}Entropy`]: entropy(pi),
        [`${s.key}Second`]: second,
        [`${s.key}Tv`]: tv,
      });
    }
    let targetSecond = 0;
    for (let i = 10; i < N; i++) targetSecond += p[i];
    row.targetSecond = targetSecond;
    row.targetEntropy = entropy(p);
    return row;
  }

  return loopSim({
    total: STEPS,
    emitEvery: 5,
    frameEvery: 20,
    advance,
    measure,
    frame: () => ({
      dist: {
        kind: 'bars',
        labels: XS.map((x) => String(x + 1)),
        series: [
          { label: 'target p', values: Float32Array.from(p) },
          ...st.map((s) => ({ label: DIVS[s.key].label, values: Float32Array.from(policy(s.th[0], s.th[1])) })),
        ],
      },
    }),
  });
}

/** Shown once the fits have separated: reverse KL on one mode, forward KL spread over both. */
export function reached(rows: MetricRow[]): boolean {
  const r = rows[rows.length - 1];
  return !!r && r.step >= 100 && r.rklSecond < 0.02 && r.fklSecond > 0.15;
}
