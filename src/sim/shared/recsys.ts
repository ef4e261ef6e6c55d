/**
 * A synthetic recommender world with a known truth, shared by the recommender figures of issue 12
 * (unbiased MNAR learning, personalised denoising, SSL for item recommendations).
 *
 * - Users and items have hidden taste vectors; the true relevance probability of item i for user u
 *   is γ_ui = σ(κ_u · (a_u · b_i) + bias) (κ_u: how sharply the user's taste is defined).
 * - Items have a popularity θ_i (Zipf over a random order: θ_i = (rank_i + 1)^(−skew)); exposure
 *   follows it, P(O_ui = 1) = θ_i^η (η = `exposureBias`; η = 0 shows every item to everyone).
 * - One draw of the world: R_ui ~ Bernoulli(γ_ui), O_ui ~ Bernoulli(θ_i^η), clicks Y = O·R.
 * - Noisy interactions: each user u adds accidental clicks on non-relevant items at a personal
 *   rate ε_u (mean `noise`, heterogeneity `noiseSpread`); they are flagged so figures can score
 *   denoising against the truth.
 * - Optional categorical item features in correlated groups (`featureGroups` × `featuresPerGroup`):
 *   each group carries one hidden topic per item, each feature of the group is a noisy copy of it,
 *   and the item's taste vector is the sum of its topics' vectors. Features within a group are
 *   strongly correlated; features across groups are independent.
 *
 * Also: matrix factorisation (squared-loss regression, BPR) and ranking metrics on the true relevance.
 */
import type { Rng } from '../runtime/rng';

export interface RecWorldOpts {
  users: number;
  items: number;
  /** Dimension of the hidden taste vectors. */
  rank: number;
  /** Zipf exponent of item popularity. */
  skew: number;
  /** η: exposure probability θ_i^η (0 = uniform exposure). */
  exposureBias: number;
  /** Mean taste sharpness κ. */
  sharpness?: number;
  /** Spread of κ_u across users (κ_u = sharpness · e^{sharpSpread·N(0,1)}). */
  sharpSpread?: number;
  /** Offset of the relevance logit (sets the base rate). */
  bias?: number;
  /** Mean accidental-click rate ε (share of a user's non-relevant items clicked by mistake, relative to clicks). */
  noise?: number;
  /** Heterogeneity of ε_u across users in [0, 1]: 0 = the same rate for everyone. */
  noiseSpread?: number;
  /** Feature groups and features per group (0 = no features: taste vectors are Gaussian). */
  featureGroups?: number;
  featuresPerGroup?: number;
  /** Values (topics) per feature group. */
  topics?: number;
  /** Probability that a feature copies its group's topic (else a random value). */
  featureFidelity?: number;
}

export interface RecWorld {
  users: number;
  items: number;
  rank: number;
  /** γ_ui, row-major users × items. */
  relevance: Float64Array;
  /** θ_i: popularity in (0, 1]. */
  popularity: Float64Array;
  /** P(O_ui = 1) = θ_i^η per item. */
  propensity: Float64Array;
  /** One draw of relevance, exposure and clicks (users × items). */
  rel: Uint8Array;
  exposed: Uint8Array;
  clicks: Uint8Array;
  /** Accidental clicks added on top (1 where the observed interaction is noise). */
  noisy: Uint8Array;
  /** Observed implicit feedback: clicks ∪ accidental clicks. */
  observed: Uint8Array;
  /** ε_u and κ_u per user. */
  noiseRate: Float64Array;
  sharp: Float64Array;
  /** Hidden taste vectors (users × rank, items × rank). */
  userVec: Float64Array;
  itemVec: Float64Array;
  /** Item features (items × featureGroups·featuresPerGroup), values in [0, topics). */
  features?: Uint8Array;
  featureCount: number;
  featureGroupOf?: Uint8Array;
  topics: number;
}

export const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

/** Builds one world and one draw of its feedback. Uses forks of `rng` so parts are independent. */
export function makeRecWorld(rng: Rng, o: RecWorldOpts): RecWorld {
  const U = o.users;
  const I = o.items;
  const k = o.rank;
  const sharpness = o.sharpness ?? 4;
  const bias = o.bias ?? -1;
  const taste = rng.fork('taste');
  const userVec = new Float64Array(U * k);
  for (let i = 0; i < userVec.length; i++) userVec[i] = taste.normal() / Math.sqrt(k);
  const itemVec = new Float64Array(I * k);
  const G = o.featureGroups ?? 0;
  const F = o.featuresPerGroup ?? 0;
  const T = o.topics ?? 8;
  let features: Uint8Array | undefined;
  let featureGroupOf: Uint8Array | undefined;
  if (G > 0 && F > 0) {
    const fr = rng.fork('features');
    const topicVec = new Float64Array(G * T * k);
    for (let i = 0; i < topicVec.length; i++) topicVec[i] = fr.normal() / Math.sqrt(k * G);
    features = new Uint8Array(I * G * F);
    featureGroupOf = Uint8Array.from({ length: G * F }, (_, f) => Math.floor(f / F));
    const fid = o.featureFidelity ?? 0.8;
    for (let i = 0; i < I; i++) {
      for (let g = 0; g < G; g++) {
        const t = fr.int(T);
        for (let c = 0; c < k; c++) itemVec[i * k + c] += topicVec[(g * T + t) * k + c];
        for (let f = 0; f < F; f++) features[i * G * F + g * F + f] = fr.next() < fid ? t : fr.int(T);
      }
      // A little item-specific taste the features cannot explain.
      for (let c = 0; c < k; c++) itemVec[i * k + c] += (0.3 * fr.normal()) / Math.sqrt(k);
    }
  } else {
    for (let i = 0; i < itemVec.length; i++) itemVec[i] = taste.normal() / Math.sqrt(k);
  }
  const sharp = new Float64Array(U);
  const ss = o.sharpSpread ?? 0;
  for (let u = 0; u < U; u++) sharp[u] = sharpness * Math.exp(ss * taste.normal());
  const relevance = new Float64Array(U * I);
  for (let u = 0; u < U; u++) {
    for (let i = 0; i < I; i++) {
      let s = 0;
      for (let c = 0; c < k; c++) s += userVec[u * k + c] * itemVec[i * k + c];
      relevance[u * I + i] = sigmoid(sharp[u] * s * Math.sqrt(k) + bias);
    }
  }
  // Popularity: Zipf over a random order of the items, independent of relevance.
  const pr = rng.fork('popularity');
  const order = pr.shuffle(Array.from({ length: I }, (_, i) => i));
  const popularity = new Float64Array(I);
  order.forEach((item, r) => (popularity[item] = Math.pow(r + 1, -o.skew)));
  const propensity = Float64Array.from(popularity, (p) => Math.pow(p, o.exposureBias));
  // One draw of the feedback.
  const dr = rng.fork('draw');
  const rel = new Uint8Array(U * I);
  const exposed = new Uint8Array(U * I);
  const clicks = new Uint8Array(U * I);
  for (let u = 0; u < U; u++) {
    for (let i = 0; i < I; i++) {
      const j = u * I + i;
      rel[j] = dr.next() < relevance[j] ? 1 : 0;
      exposed[j] = dr.next() < propensity[i] ? 1 : 0;
      clicks[j] = rel[j] & exposed[j];
    }
  }
  // Accidental clicks: user u adds round(ε_u · clicks_u) clicks on items that are not relevant.
  const nr = rng.fork('noise');
  const noiseRate = new Float64Array(U);
  const mean = o.noise ?? 0;
  const spread = o.noiseSpread ?? 0;
  const noisy = new Uint8Array(U * I);
  const observed = clicks.slice();
  for (let u = 0; u < U; u++) {
    // ε_u = mean · (1 − spread + 2·spread·w), w ~ Beta-ish skewed draw in [0, 1]: some users are much noisier.
    const w = Math.pow(nr.next(), 2) * 3;
    noiseRate[u] = Math.max(0, mean * (1 - spread + spread * w));
    let count = 0;
    for (let i = 0; i < I; i++) count += clicks[u * I + i];
    let extra = Math.round(noiseRate[u] * count);
    const pool: number[] = [];
    for (let i = 0; i < I; i++) if (!observed[u * I + i] && relevance[u * I + i] < 0.5) pool.push(i);
    nr.shuffle(pool);
    for (let r = 0; r < pool.length && extra > 0; r++, extra--) {
      noisy[u * I + pool[r]] = 1;
      observed[u * I + pool[r]] = 1;
    }
  }
  return {
    users: U,
    items: I,
    rank: k,
    relevance,
    popularity,
    propensity,
    rel,
    exposed,
    clicks,
    noisy,
    observed,
    noiseRate,
    sharp,
    userVec,
    itemVec,
    features,
    featureCount: G * F,
    featureGroupOf,
    topics: T,
  };
}

/** A matrix-factorisation model: score_ui = p_u · q_i + c_i. */
export interface MF {
  users: number;
  items: number;
  dim: number;
  P: Float64Array;
  Q: Float64Array;
  c: Float64Array;
}

export function createMF(rng: Rng, users: number, items: number, dim: number, scale = 0.1): MF {
  const P = Float64Array.from({ length: users * dim }, () => scale * rng.normal());
  const Q = Float64Array.from({ length: items * dim }, () => scale * rng.normal());
  return { users, items, dim, P, Q, c: new Float64Array(items) };
}

export function mfScore(m: MF, u: number, i: number): number {
  let s = m.c[i];
  const d = m.dim;
  for (let k = 0; k < d; k++) s += m.P[u * d + k] * m.Q[i * d + k];
  return s;
}

/** All scores, users × items. */
export function mfScores(m: MF): Float64Array {
  const out = new Float64Array(m.users * m.items);
  for (let u = 0; u < m.users; u++) for (let i = 0; i < m.items; i++) out[u * m.items + i] = mfScore(m, u, i);
  return out;
}

/**
 * One full-batch gradient step of MF regression with squared loss: the pointwise loss
 * t·(1 − ŝ)² + (1 − t)·ŝ² of Saito et al.'s Eqs. (1)–(2) with δ⁽¹⁾ = (1 − ŝ)², δ⁽⁰⁾ = ŝ², which equals
 * (ŝ − t)² + t(1 − t): a regression of the score ŝ_ui = p_u·q_i + c_i on the target t_ui (Y for the
 * naive loss, Y/θ for IPS, R for the ideal loss). Unlike log loss it stays bounded below when
 * t > 1, so the unbiased targets can be fitted as they are. Returns the mean of (ŝ − t)².
 */
export function mfSquareStep(m: MF, target: ArrayLike<number>, lr: number, l2: number): number {
  const { users: U, items: I, dim: d, P, Q, c } = m;
  const gP = new Float64Array(P.length);
  const gQ = new Float64Array(Q.length);
  const gc = new Float64Array(I);
  let loss = 0;
  for (let u = 0; u < U; u++) {
    const pu = u * d;
    for (let i = 0; i < I; i++) {
      const qi = i * d;
      let s = c[i];
      for (let k = 0; k < d; k++) s += P[pu + k] * Q[qi + k];
      const g = s - target[u * I + i];
      loss += g * g;
      gc[i] += g;
      for (let k = 0; k < d; k++) {
        gP[pu + k] += g * Q[qi + k];
        gQ[qi + k] += g * P[pu + k];
      }
    }
  }
  for (let x = 0; x < P.length; x++) P[x] -= lr * (gP[x] / I + l2 * P[x]);
  for (let x = 0; x < Q.length; x++) Q[x] -= lr * (gQ[x] / U + l2 * Q[x]);
  for (let x = 0; x < I; x++) c[x] -= (lr * gc[x]) / U;
  return loss / (U * I);
}

/** BPR loss −log σ(s_ui − s_un) of one triple and an SGD step on it (returns the loss before). */
export function bprStep(m: MF, u: number, i: number, n: number, lr: number, l2: number, weight = 1): number {
  const d = m.dim;
  const x = mfScore(m, u, i) - mfScore(m, u, n);
  const loss = -Math.log(sigmoid(x));
  const g = -weight * (1 - sigmoid(x));
  for (let k = 0; k < d; k++) {
    const pu = m.P[u * d + k];
    const qi = m.Q[i * d + k];
    const qn = m.Q[n * d + k];
    m.P[u * d + k] -= lr * (g * (qi - qn) + l2 * pu);
    m.Q[i * d + k] -= lr * (g * pu + l2 * qi);
    m.Q[n * d + k] -= lr * (-g * pu + l2 * qn);
  }
  m.c[i] -= lr * g;
  m.c[n] += lr * g;
  return loss;
}

/** BPR loss of a pair without updating. */
export function bprLoss(m: MF, u: number, i: number, n: number): number {
  return -Math.log(sigmoid(mfScore(m, u, i) - mfScore(m, u, n)));
}

/** Indices of the k largest entries of row u of `scores` (users × items), skipping `exclude` where 1; ties to the lower index. */
export function topK(scores: ArrayLike<number>, items: number, u: number, k: number, exclude?: Uint8Array): number[] {
  const topI = topKInto(scores, items, u, new Float64Array(k), new Int32Array(k), exclude);
  const out: number[] = [];
  for (let r = 0; r < k; r++) if (topI[r] >= 0) out.push(topI[r]);
  return out;
}

/**
 * `topK` without allocating, for loops over every user: fills topI (length k) with the indices,
 * best first, −1 where the row has fewer than k candidates; topS is scratch of the same length.
 */
export function topKInto(
  scores: ArrayLike<number>,
  items: number,
  u: number,
  topS: Float64Array,
  topI: Int32Array,
  exclude?: Uint8Array,
): Int32Array {
  const k = topI.length;
  topS.fill(-Infinity);
  topI.fill(-1);
  const o = u * items;
  for (let i = 0; i < items; i++) {
    if (exclude && exclude[o + i]) continue;
    const s = scores[o + i];
    if (!(s > topS[k - 1])) continue;
    let p = k - 1;
    while (p > 0 && topS[p - 1] < s) {
      topS[p] = topS[p - 1];
      topI[p] = topI[p - 1];
      p--;
    }
    topS[p] = s;
    topI[p] = i;
  }
  return topI;
}

/** The ideal DCG@k of each user on the true relevance (pass to `ndcgAtK` to skip recomputing it). */
export function idealDcg(
  relevance: ArrayLike<number>,
  users: number,
  items: number,
  k: number,
  exclude?: Uint8Array,
): Float64Array {
  const out = new Float64Array(users);
  for (let u = 0; u < users; u++) {
    const ideal = topK(relevance, items, u, k, exclude);
    for (let r = 0; r < ideal.length; r++) out[u] += relevance[u * items + ideal[r]] / Math.log2(r + 2);
  }
  return out;
}

/**
 * Mean nDCG@k on the true relevance γ (gain γ_ui, discount 1/log2(rank + 1)), ranking every item
 * (or only those not in `exclude`).
 */
export function ndcgAtK(
  scores: ArrayLike<number>,
  relevance: ArrayLike<number>,
  users: number,
  items: number,
  k: number,
  exclude?: Uint8Array,
  ideal: Float64Array = idealDcg(relevance, users, items, k, exclude),
): number {
  let total = 0;
  for (let u = 0; u < users; u++) {
    const top = topK(scores, items, u, k, exclude);
    let dcg = 0;
    for (let r = 0; r < top.length; r++) dcg += relevance[u * items + top[r]] / Math.log2(r + 2);
    total += ideal[u] > 0 ? dcg / ideal[u] : 0;
  }
  return total / users;
}

/**
 * Recall@k against a target set per user (`target` users × items, 1 = should be retrieved):
 * the share of all targets that appear in their user's top k. Users without targets are skipped.
 */
export function recallAtK(
  scores: ArrayLike<number>,
  target: Uint8Array,
  users: number,
  items: number,
  k: number,
  exclude?: Uint8Array,
): number {
  let hit = 0;
  let all = 0;
  for (let u = 0; u < users; u++) {
    let t = 0;
    for (let i = 0; i < items; i++) t += target[u * items + i];
    if (t === 0) continue;
    const top = topK(scores, items, u, k, exclude);
    for (const i of top) hit += target[u * items + i];
    all += t;
  }
  return all > 0 ? hit / all : 0;
}

/** Items split into popularity quantile bins (bin 0 = least popular). */
export function popularityBins(popularity: ArrayLike<number>, bins: number): Uint8Array {
  const I = popularity.length;
  const order = Array.from({ length: I }, (_, i) => i).sort((a, b) => popularity[a] - popularity[b] || a - b);
  const out = new Uint8Array(I);
  order.forEach((item, r) => (out[item] = Math.min(bins - 1, Math.floor((r * bins) / I))));
  return out;
}
