/**
 * The hard-negative mask of Wang & Liu's hard contrastive loss (Eqs. 8–9), in plain numbers:
 * for each anchor, its `keep` most similar negatives (the upper quantile of its negative
 * similarities). Built from the embedding values outside any gradient, as the paper's
 * truncation is a selection, not a differentiable operation.
 */

/**
 * sim: the N × N similarity matrix of a two-view batch (positive of row i is row (i + half) mod N).
 * Returns an N × N array with 1 on each row's kept negatives.
 */
export function hardMask(sim: Float32Array, N: number, half: number, keep: number): Uint8Array {
  const mask = new Uint8Array(N * N);
  const order = new Int32Array(N);
  for (let i = 0; i < N; i++) {
    const p = (i + half) % N;
    const row = sim.subarray(i * N, (i + 1) * N);
    let count = 0;
    for (let j = 0; j < N; j++) if (j !== i && j !== p) order[count++] = j;
    // Partial selection: move the `keep` largest similarities to the front (quickselect).
    select(order, count, keep, row);
    for (let r = 0; r < keep; r++) mask[i * N + order[r]] = 1;
  }
  return mask;
}

/** Rearranges idx[0..n) so that its first k entries index the k largest values (Hoare quickselect). */
function select(idx: Int32Array, n: number, k: number, val: Float32Array): void {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = val[idx[(lo + hi) >> 1]];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (val[idx[i]] > pivot) i++;
      while (val[idx[j]] < pivot) j--;
      if (i <= j) {
        const t = idx[i];
        idx[i] = idx[j];
        idx[j] = t;
        i++;
        j--;
      }
    }
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else return;
  }
}
