/**
 * DNO as batched on-policy rounds in the three-response preference game. Round t: for each prompt,
 * sample 4 responses from π_t and add one from a fixed teacher (DNO-Prct does this with GPT-4's
 * answer); the oracle compares every pair (a Bernoulli draw from P); each
 * response's win fraction in the batch estimates r_t(y) = P(y ≻ π_t); the best and worst responses
 * form a pair (y_w, y_l) if their win fractions differ by at least the margin. Then π_{t+1} minimises
 * the DPO-like loss of Eq. (2) with π_t as reference: a logistic regression of the implicit reward
 * z(y) = η log π(y)/π_t(y) on the kept pairs (with a unit ridge, which keeps z finite when a pair is
 * always won by the same side), so π_{t+1} ∝ π_t exp(z/η).
 * Baseline, "iterative DPO on a Bradley–Terry reward": the same rounds, but the judge is a BT reward
 * fitted once to comparisons of uniformly drawn responses.
 */
import type { Rng } from '../runtime/rng';
import type { ParamValues } from '../runtime/params';
import type { MetricRow, Sim, SimEnv } from '../runtime/types';
import {
  Trajectory,
  btPreference,
  cornerLabels,
  countWins,
  exploitability,
  fitBradleyTerry,
  loopSim,
  mixedPreference,
  prefOf,
  sampleComparisons,
  sigmoid,
  softmax,
  solve,
  uniform,
  type Pref,
  type Vec,
} from '../shared/preferences';
import { params } from './params';

export { params };
export const usesTf = false;
export const ROUNDS = 40;
const K = 3;
/** Candidates per prompt: four samples from π_t plus one response from the teacher (as in DNO-Prct). */
const PER_PROMPT = 5;
/** A fixed "teacher" policy to measure progress against (it favours response A, like the BT optimum). */
export const TEACHER = Float64Array.from([0.6, 0.3, 0.1]);

/** The best-vs-worst pairs of one round, judged by `judge` (Bernoulli draws from its matrix). */
export function roundPairs(rng: Rng, judge: Pref, pi: Vec, prompts: number, margin: number): [number, number][] {
  const pairs: [number, number][] = [];
  const ys = new Array<number>(PER_PROMPT);
  const wins = new Array<number>(PER_PROMPT);
  for (let q = 0; q < prompts; q++) {
    for (let i = 0; i < PER_PROMPT; i++) {
      ys[i] = rng.categorical(i === 0 ? TEACHER : pi);
      wins[i] = 0;
    }
    for (let i = 0; i < PER_PROMPT; i++)
      for (let j = i + 1; j < PER_PROMPT; j++) {
        if (rng.next() < judge.P[ys[i] * K + ys[j]]) wins[i]++;
        else wins[j]++;
      }
    let best = 0,
      worst = 0;
    for (let i = 1; i < PER_PROMPT; i++) {
      if (wins[i] > wins[best]) best = i;
      if (wins[i] < wins[worst]) worst = i;
    }
    const gap = (wins[best] - wins[worst]) / (PER_PROMPT - 1);
    if (ys[best] !== ys[worst] && gap >= margin) pairs.push([ys[best], ys[worst]]);
  }
  return pairs;
}

/** The exact minimiser of Eq. (2) on the pairs (Newton on the logistic loss plus ½‖z‖²), then π_{t+1}. */
export function dnoUpdate(pi: Vec, pairs: [number, number][], eta: number): Vec {
  const z = new Float64Array(K);
  for (let it = 0; it < 30; it++) {
    const grad = new Float64Array(K);
    const H = new Float64Array(K * K);
    for (let i = 0; i < K; i++) {
      grad[i] = -z[i];
      H[i * K + i] = 1;
    }
    for (const [w, l] of pairs) {
      const s = sigmoid(z[w] - z[l]);
      grad[w] += 1 - s;
      grad[l] -= 1 - s;
      const h = s * (1 - s);
      H[w * K + w] += h;
      H[l * K + l] += h;
      H[w * K + l] -= h;
      H[l * K + w] -= h;
    }
    const d = solve(K, H, grad);
    let m = 0;
    for (let i = 0; i < K; i++) {
      z[i] += d[i];
      m = Math.max(m, Math.abs(d[i]));
    }
    if (m < 1e-10) break;
  }
  const logits = new Float64Array(K);
  for (let i = 0; i < K; i++) logits[i] = Math.log(pi[i]) + z[i] / eta;
  return softmax(logits);
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const g = mixedPreference(K, p.intrans);
  const dnoRng = env.rng.fork('dno');
  const btRng = env.rng.fork('bt');
  // The baseline's judge: a BT reward fitted on 6 comparisons per prompt of uniformly drawn responses.
  const btJudge = btPreference(
    fitBradleyTerry(K, countWins(K, sampleComparisons(env.rng.fork('ref'), g, uniform(K), 6 * p.prompts))),
  );
  const start = Float64Array.from([0.1, 0.15, 0.75]);
  let dno: Vec = Float64Array.from(start),
    bt: Vec = Float64Array.from(start);
  const avg = Float64Array.from(start);
  let winPrev = NaN,
    btWinPrev = NaN,
    kept = NaN;
  const tr = { dno: new Trajectory(), avg: new Trajectory(), bt: new Trajectory() };
  const record = () => {
    tr.dno.push(dno);
    tr.avg.push(avg);
    tr.bt.push(bt);
  };
  record();

  return loopSim({
    total: ROUNDS,
    frameEvery: 1,
    advance(step) {
      const pairs = roundPairs(dnoRng, g, dno, p.prompts, p.margin);
      kept = pairs.length / p.prompts;
      const next = dnoUpdate(dno, pairs, p.eta);
      winPrev = prefOf(g, next, dno);
      dno = next;
      for (let i = 0; i < K; i++) avg[i] += (dno[i] - avg[i]) / (step + 2);
      const nextBt = dnoUpdate(bt, roundPairs(btRng, btJudge, bt, p.prompts, p.margin), p.eta);
      btWinPrev = prefOf(g, nextBt, bt);
      bt = nextBt;
      record();
    },
    measure(step): MetricRow {
      const row: MetricRow = {
        step,
        teacherDno: prefOf(g, dno, TEACHER),
        teacherAvg: prefOf(g, avg, TEACHER),
        teacherBt: prefOf(g, bt, TEACHER),
        explDno: exploitability(g, dno),
        explAvg: exploitability(g, avg),
        explBt: exploitability(g, bt),
      };
      if (step > 0) Object.assign(row, { winPrev, btWinPrev, kept });
      return row;
    },
    frame: () => ({
      simplex: {
        kind: 'simplex',
        corners: cornerLabels(K),
        trajectories: [
          { label: 'DNO (last iterate)', points: tr.dno.points },
          { label: 'DNO (average of iterates)', points: tr.avg.points },
          { label: 'iterative DPO on a Bradley–Terry reward', points: tr.bt.points },
          { label: 'teacher', points: Float32Array.from(TEACHER) },
        ],
      },
    }),
  });
}

/** Shown once ten rounds have run (each one has beaten its predecessor by then). */
export function reached(rows: MetricRow[]): boolean {
  const r = rows[rows.length - 1];
  return !!r && r.step >= 10;
}
