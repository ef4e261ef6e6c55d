/**
 * Metrics of an embedding of the clean data set (plain numbers, float64):
 * - uniformity −L_unif = −log mean_{i≠j} e^{−2‖e_i − e_j‖²} = −log mean e^{4 s_ij − 4} (Wang & Isola, t = 2);
 * - tolerance T = mean s_ij over same-class pairs i ≠ j (Wang & Liu Eq. 11, normalised per pair);
 * - mean positive-pair similarity (two fixed augmented views of each instance), mean cross-class
 *   similarity, and 5-nearest-neighbour leave-one-out accuracy (a label-free probe of the layout).
 */

export const HIST_BINS = 20;

export interface EmbeddingStats {
  uniformity: number;
  tolerance: number;
  posSim: number;
  negSim: number;
  knnAcc: number;
  /** Fractions per similarity bin on [−1, 1]: positive pairs, same-class pairs, cross-class pairs. */
  hist: { pos: Float32Array; same: Float32Array; cross: Float32Array };
}

const binOf = (s: number) => Math.min(HIST_BINS - 1, Math.max(0, Math.floor(((s + 1) / 2) * HIST_BINS)));

function normalise(h: Float64Array): Float32Array {
  let total = 0;
  for (const v of h) total += v;
  return Float32Array.from(h, (v) => (total > 0 ? v / total : 0));
}

/** e: n × m clean embeddings; v1, v2: the two views' embeddings; label: class per row. */
export function embeddingStats(
  e: Float32Array,
  v1: Float32Array,
  v2: Float32Array,
  label: Uint8Array,
  m: number,
  k = 5,
): EmbeddingStats {
  const n = label.length;
  const sim = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      for (let c = 0; c < m; c++) s += e[i * m + c] * e[j * m + c];
      sim[i * n + j] = s;
      sim[j * n + i] = s;
    }
  }
  const same = new Float64Array(HIST_BINS);
  const cross = new Float64Array(HIST_BINS);
  let unif = 0;
  let sameSum = 0;
  let sameN = 0;
  let crossSum = 0;
  let crossN = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = sim[i * n + j];
      unif += Math.exp(4 * s - 4);
      if (label[i] === label[j]) {
        sameSum += s;
        sameN++;
        same[binOf(s)]++;
      } else {
        crossSum += s;
        crossN++;
        cross[binOf(s)]++;
      }
    }
  }
  const pos = new Float64Array(HIST_BINS);
  let posSum = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let c = 0; c < m; c++) s += v1[i * m + c] * v2[i * m + c];
    posSum += s;
    pos[binOf(s)]++;
  }
  return {
    uniformity: -Math.log(unif / ((n * (n - 1)) / 2)),
    tolerance: sameSum / sameN,
    posSim: posSum / n,
    negSim: crossSum / crossN,
    knnAcc: knnAccuracy(sim, label, k),
    hist: { pos: normalise(pos), same: normalise(same), cross: normalise(cross) },
  };
}

/** Leave-one-out k-NN accuracy under cosine similarity; ties in the vote go to the closer class. */
function knnAccuracy(sim: Float64Array, label: Uint8Array, k: number): number {
  const n = label.length;
  const topS = new Float64Array(k);
  const topJ = new Int32Array(k);
  const votes = new Float64Array(256);
  let correct = 0;
  for (let i = 0; i < n; i++) {
    topS.fill(-Infinity);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const s = sim[i * n + j];
      if (s <= topS[k - 1]) continue;
      let p = k - 1;
      while (p > 0 && topS[p - 1] < s) {
        topS[p] = topS[p - 1];
        topJ[p] = topJ[p - 1];
        p--;
      }
      topS[p] = s;
      topJ[p] = j;
    }
    votes.fill(0);
    // One vote each, plus a tiny rank bonus so ties go to the class of the nearer neighbour.
    for (let r = 0; r < k; r++) votes[label[topJ[r]]] += 1 + (k - r) * 1e-3;
    let best = 0;
    for (let c = 1; c < votes.length; c++) if (votes[c] > votes[best]) best = c;
    if (best === label[i]) correct++;
  }
  return correct / n;
}

/**
 * The two leading directions of Σ e eᵀ (uncentred, so projected unit vectors stay in the unit
 * disc), by power iteration started from the previous frame's directions so the picture does not
 * flip or spin between frames. Returns the new directions (m × 2, row-major by direction).
 */
export function principalPlane(e: Float32Array, m: number, prev: Float64Array | null): Float64Array {
  const n = e.length / m;
  const cov = new Float64Array(m * m);
  for (let i = 0; i < n; i++)
    for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) cov[a * m + b] += e[i * m + a] * e[i * m + b];
  const dirs = new Float64Array(2 * m);
  for (let d = 0; d < 2; d++) {
    const v = new Float64Array(m);
    for (let a = 0; a < m; a++) v[a] = prev ? prev[d * m + a] : a === d ? 1 : 0.1;
    for (let it = 0; it < 60; it++) {
      const w = new Float64Array(m);
      for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) w[a] += cov[a * m + b] * v[b];
      if (d === 1) {
        // Deflate: stay orthogonal to the first direction.
        let dot = 0;
        for (let a = 0; a < m; a++) dot += w[a] * dirs[a];
        for (let a = 0; a < m; a++) w[a] -= dot * dirs[a];
      }
      let norm = 0;
      for (let a = 0; a < m; a++) norm += w[a] * w[a];
      norm = Math.sqrt(norm) || 1;
      for (let a = 0; a < m; a++) v[a] = w[a] / norm;
    }
    if (prev) {
      let dot = 0;
      for (let a = 0; a < m; a++) dot += v[a] * prev[d * m + a];
      if (dot < 0) for (let a = 0; a < m; a++) v[a] = -v[a];
    }
    dirs.set(v, d * m);
  }
  return dirs;
}
