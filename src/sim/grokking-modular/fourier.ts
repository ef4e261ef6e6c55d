/**
 * Fourier power of the input weights. Neuron h's embedding of a is the column W₁[0:p, h]; its
 * power at frequency k is |Σ_a W₁[a,h] e^{−2πika/p}|², counted for k and p − k together, and the
 * same for b (rows p:2p). A network that has grokked modular addition represents a and b by
 * cos/sin(2πka/p) for a few k (Nanda et al. 2023; Gromov 2023): each neuron's power
 * concentrates on one frequency. At a random start it is spread over all (p − 1)/2.
 */

/** Per-neuron power at k = 1 … (p−1)/2, rows = neurons (width × K), a- and b-halves summed. */
export function neuronSpectra(w1: Float32Array, p: number, width: number): Float32Array {
  const K = (p - 1) / 2;
  const out = new Float32Array(width * K);
  for (let k = 1; k <= K; k++) {
    const cos = new Float64Array(p);
    const sin = new Float64Array(p);
    for (let a = 0; a < p; a++) {
      cos[a] = Math.cos((2 * Math.PI * k * a) / p);
      sin[a] = Math.sin((2 * Math.PI * k * a) / p);
    }
    for (let h = 0; h < width; h++) {
      let power = 0;
      for (const half of [0, p]) {
        let re = 0;
        let im = 0;
        for (let a = 0; a < p; a++) {
          const v = w1[(half + a) * width + h];
          re += v * cos[a];
          im -= v * sin[a];
        }
        power += 2 * (re * re + im * im);
      }
      out[h * K + (k - 1)] = power;
    }
  }
  return out;
}

/** Mean over neurons of the share of a neuron's (non-constant) power in its strongest frequency. */
export function concentration(spectra: Float32Array, width: number, K: number): number {
  let sum = 0;
  for (let h = 0; h < width; h++) {
    let total = 0;
    let best = 0;
    for (let k = 0; k < K; k++) {
      const v = spectra[h * K + k];
      total += v;
      if (v > best) best = v;
    }
    sum += total > 0 ? best / total : 0;
  }
  return sum / width;
}

/**
 * The heatmap: each neuron's spectrum normalised to its own total, neurons sorted by their
 * strongest frequency (then by how concentrated they are), so a grokked network shows a staircase.
 */
export function sortedShares(spectra: Float32Array, width: number, K: number): Float32Array {
  const rows = Array.from({ length: width }, (_, h) => {
    const r = spectra.subarray(h * K, (h + 1) * K);
    const total = r.reduce((s, v) => s + v, 0) || 1;
    const share = Array.from(r, (v) => v / total);
    let arg = 0;
    for (let k = 1; k < K; k++) if (share[k] > share[arg]) arg = k;
    return { share, arg, top: share[arg] };
  });
  rows.sort((x, y) => x.arg - y.arg || y.top - x.top);
  const out = new Float32Array(width * K);
  rows.forEach((r, i) => out.set(r.share, i * K));
  return out;
}
