/**
 * iTool (Zeng et al., 2025) at toy scale: iterative, failure-mined preference optimisation against
 * continued supervised fine-tuning (SFT) on the same stream of synthetic tool calls.
 *
 * The world. A tool call fills SLOTS = 3 argument slots, each with one of V = 8 values. In every slot
 * the query mentions a value m and carries a "composition cue" c ∈ [0, 1] (how strongly its wording
 * says the argument is derived, as in "the day after the 14th"). In an easy query every slot copies
 * its mention (cue c ~ U[0, 0.45]); in a complex query one slot must be composed: its value is
 * m + 1 (mod V) and its cue c ~ U[0.55, 1]. A call is correct only if every slot is.
 *
 * The "model". One log-linear softmax per slot over the V values, with four shared weights θ:
 *   logit(m) = θ₀ + θ₃·c,  logit(m+1) = θ₁ + θ₂·c,  logit(other) = 0,
 * so the greedy call is correct on every query when the copy–compose boundary sits between
 * c = 0.45 and 0.55 (e.g. θ = (2, 0, 2, −2)). Capacity is limited: both methods project θ onto the
 * ball ‖θ‖ ≤ `capacity` after each step. This is the toy's stand-in for a model that cannot be
 * confident about everything: each objective decides where to spend its weight.
 *
 * SFT ascends the mean log-likelihood of the demonstrated values over all slots of a batch. Easy
 * slots are the vast majority, so its constrained optimum spends the budget on confident copying
 * and leaves the boundary above the complex cues: its loss is (nearly) minimised and more synthetic
 * data from the same distribution cannot move it.
 * iTool (after a shared SFT warm-up) each round decodes the same batch greedily, mines the calls it
 * gets wrong, locates the first wrong slot (the step an exhaustive search over slots finds, our
 * stand-in for MCTS), and builds a fine-grained pair: the ground-truth value ≻ the model's value at
 * that slot, all else shared. It then takes DPO steps (Eq. 1) with the round's starting policy as
 * reference. For a log-linear policy ∇log π(y_w) − ∇log π(y_l) = φ(y_w) − φ(y_l) exactly.
 * With `mine` off, every call in the batch contributes a pair (its first wrong slot, or a random
 * slot against the model's best wrong value): the same loss, untargeted.
 */
import type { ParamValues } from '../runtime/params';
import type { Rng } from '../runtime/rng';
import type { Frame, MetricRow, SimEnv } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import { loopSim } from '../shared/preferences';
import { sigmoid } from '../shared/policy';
import { params } from './params';

export { params };
export const usesTf = false;
export const SLOTS = 3;
export const V = 8;
export const EASY_CUE_MAX = 0.45;
export const COMPLEX_CUE_MIN = 0.55;
/** Rounds (= steps) after the warm-up. */
export const ROUNDS = 240;
/** Synthetic calls per step: SFT trains on their demonstrations, iTool decodes them and mines failures. */
export const BATCH = 64;
/** DPO gradient steps per iTool round. */
export const INNER = 2;
const TEST_PER_KIND = 300;

/** One slot of a query: mentioned value is index 0 of the candidate kinds; `composed` = target is m + 1. */
export interface Slot {
  c: number;
  composed: boolean;
}
export type Query = Slot[];
/** Candidate kinds per slot: 0 = copy the mention, 1 = compose (m + 1), 2 = any other value. */
export type Kind = 0 | 1 | 2;
export type Theta = Float64Array;

export function sampleQuery(rng: Rng, complex: boolean): Query {
  const q: Query = [];
  const hard = complex ? rng.int(SLOTS) : -1;
  for (let s = 0; s < SLOTS; s++)
    q.push(
      s === hard
        ? { c: rng.uniform(COMPLEX_CUE_MIN, 1), composed: true }
        : { c: rng.uniform(0, EASY_CUE_MAX), composed: false },
    );
  return q;
}

/** Feature vector φ(kind | slot) ∈ R⁴ (others are 0). */
export function phi(slot: Slot, k: Kind): Float64Array {
  const f = new Float64Array(4);
  if (k === 0) {
    f[0] = 1;
    f[3] = slot.c;
  } else if (k === 1) {
    f[1] = 1;
    f[2] = slot.c;
  }
  return f;
}

/** Logits of (copy, compose); every one of the V − 2 other values has logit 0. */
function logits(th: Theta, slot: Slot): [number, number] {
  return [th[0] + th[3] * slot.c, th[1] + th[2] * slot.c];
}

/** Probabilities of (copy, compose, one particular other value). */
export function slotProbs(th: Theta, slot: Slot): [number, number, number] {
  const [a, b] = logits(th, slot);
  const mx = Math.max(a, b, 0);
  const ea = Math.exp(a - mx);
  const eb = Math.exp(b - mx);
  const e0 = Math.exp(-mx);
  const s = ea + eb + (V - 2) * e0;
  return [ea / s, eb / s, e0 / s];
}

/** Greedy value kind (ties go to copy, then compose). */
export function greedy(th: Theta, slot: Slot): Kind {
  const [a, b] = logits(th, slot);
  if (a >= b && a >= 0) return 0;
  if (b >= 0) return 1;
  return 2;
}

export const target = (slot: Slot): Kind => (slot.composed ? 1 : 0);

/** The demonstrated call's mean log-likelihood per slot. */
export function sftLoss(th: Theta, qs: Query[]): number {
  let l = 0;
  let n = 0;
  for (const q of qs)
    for (const s of q) {
      l -= Math.log(slotProbs(th, s)[target(s)]);
      n++;
    }
  return l / n;
}

/** Greedy call accuracy on a set of queries. */
export function callAccuracy(th: Theta, qs: Query[]): number {
  let ok = 0;
  for (const q of qs) if (q.every((s) => greedy(th, s) === target(s))) ok++;
  return ok / qs.length;
}

function project(th: Theta, radius: number) {
  let n = 0;
  for (let j = 0; j < 4; j++) n += th[j] * th[j];
  n = Math.sqrt(n);
  if (n > radius) for (let j = 0; j < 4; j++) th[j] *= radius / n;
}

/** One SFT step: ascend the mean log-likelihood per slot, then project onto the capacity ball. */
export function sftStep(th: Theta, batch: Query[], lr: number, radius: number) {
  const g = new Float64Array(4);
  let n = 0;
  for (const q of batch)
    for (const s of q) {
      const p = slotProbs(th, s);
      const fw = phi(s, target(s));
      const f0 = phi(s, 0);
      const f1 = phi(s, 1);
      for (let j = 0; j < 4; j++) g[j] += fw[j] - p[0] * f0[j] - p[1] * f1[j];
      n++;
    }
  for (let j = 0; j < 4; j++) th[j] += (lr * g[j]) / n;
  project(th, radius);
}

/** A fine-grained pair: at `slot`, the ground-truth kind `w` is preferred to the model's kind `l`. */
export interface Pair {
  slot: Slot;
  w: Kind;
  l: Kind;
}

/**
 * Pairs for one round. `mine`: only failed calls, at their first wrong slot (the erroneous step).
 * Otherwise every call gives a pair: its first wrong slot if any, else a random slot against the
 * model's most likely wrong value there.
 */
export function buildPairs(th: Theta, batch: Query[], mine: boolean, rng: Rng): Pair[] {
  const pairs: Pair[] = [];
  for (const q of batch) {
    const r = rng.int(SLOTS); // drawn for every call so mining does not shift the random stream
    const bad = q.findIndex((s) => greedy(th, s) !== target(s));
    if (bad >= 0) pairs.push({ slot: q[bad], w: target(q[bad]), l: greedy(th, q[bad]) });
    else if (!mine) {
      const s = q[r];
      const p = slotProbs(th, s);
      const t = target(s);
      const rival: Kind = t === 0 ? (p[1] >= p[2] ? 1 : 2) : p[0] >= p[2] ? 0 : 2;
      pairs.push({ slot: s, w: t, l: rival });
    }
  }
  return pairs;
}

/** DPO steps on the pairs with the round's starting policy as reference; gradient averaged over the batch. */
export function dpoRound(
  th: Theta,
  pairs: Pair[],
  batchSize: number,
  beta: number,
  lr: number,
  radius: number,
  inner = INNER,
) {
  const ref = Float64Array.from(th);
  const dphi = pairs.map((pr) => {
    const fw = phi(pr.slot, pr.w);
    const fl = phi(pr.slot, pr.l);
    return fw.map((x, j) => x - fl[j]);
  });
  for (let it = 0; it < inner; it++) {
    const g = new Float64Array(4);
    pairs.forEach((_, i) => {
      const d = dphi[i];
      let m = 0;
      for (let j = 0; j < 4; j++) m += d[j] * (th[j] - ref[j]); // log-ratio margin (normalisers cancel)
      const wgt = beta * sigmoid(-beta * m);
      for (let j = 0; j < 4; j++) g[j] += wgt * d[j];
    });
    for (let j = 0; j < 4; j++) th[j] += (lr * g[j]) / batchSize;
    project(th, radius);
  }
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv) {
  const testRng = env.rng.fork('test');
  const testEasy = Array.from({ length: TEST_PER_KIND }, () => sampleQuery(testRng, false));
  const testComplex = Array.from({ length: TEST_PER_KIND }, () => sampleQuery(testRng, true));
  const testMix = [
    ...testEasy.slice(0, Math.round(TEST_PER_KIND * (1 - p.complexShare))),
    ...testComplex.slice(0, Math.round(TEST_PER_KIND * p.complexShare)),
  ];
  const dataRng = env.rng.fork('data');
  const pairRng = env.rng.fork('pairs');
  const sft = new Float64Array(4);
  const itool = new Float64Array(4);
  const total = p.warmup + ROUNDS;
  let mined = 0;
  let pairsLast = 0;

  const cues = Float32Array.from({ length: 51 }, (_, i) => i / 50);
  // Of the two plausible values, the share the model gives the composed one: greedy composes above 1/2.
  const composeCurve = (th: Theta) =>
    Float32Array.from(cues, (c) => {
      const pr = slotProbs(th, { c, composed: false });
      return pr[1] / (pr[0] + pr[1]);
    });

  return loopSim({
    total,
    advance(step) {
      const batch = Array.from({ length: BATCH }, () => sampleQuery(dataRng, dataRng.next() < p.complexShare));
      if (step < p.warmup) {
        sftStep(sft, batch, p.lr, p.capacity);
        itool.set(sft);
        return;
      }
      sftStep(sft, batch, p.lr, p.capacity); // SFT on the demonstrations of this batch of fresh data
      const pairs = buildPairs(itool, batch, p.mine, pairRng);
      mined = batch.filter((q) => q.some((s) => greedy(itool, s) !== target(s))).length / BATCH;
      pairsLast = pairs.length;
      dpoRound(itool, pairs, BATCH, p.beta, p.lr, p.capacity);
    },
    measure(step): MetricRow {
      const row: MetricRow = { step };
      for (const [name, th] of [
        ['sft', sft],
        ['itool', itool],
      ] as const) {
        const loss = sftLoss(th, testMix);
        if (!Number.isFinite(loss)) return { step, [DIVERGED]: 1 };
        row[`easy_${name}`] = callAccuracy(th, testEasy);
        row[`complex_${name}`] = callAccuracy(th, testComplex);
        row[`loss_${name}`] = loss;
      }
      row.phase = step <= p.warmup ? 0 : 1;
      if (step > p.warmup) {
        row.failRate = mined;
        row.pairs = pairsLast;
      }
      if (step === p.warmup && p.warmup > 0) row.branch = 1;
      return row;
    },
    frameEvery: 10,
    frame(): Frame {
      return {
        boundary: {
          kind: 'curves',
          x: cues,
          series: [
            { label: 'SFT', y: composeCurve(sft) },
            { label: 'iTool', y: composeCurve(itool) },
          ],
          markers: [
            { x: EASY_CUE_MAX, label: 'easy cues end' },
            { x: COMPLEX_CUE_MIN, label: 'complex cues start' },
          ],
        },
      };
    },
  });
}

/** Shown once iTool has run enough rounds to pull clear of SFT on complex queries. */
export function reached(rows: MetricRow[]): boolean {
  const last = rows[rows.length - 1];
  return !!last && last.phase === 1 && last.complex_itool - last.complex_sft > 0.3;
}
