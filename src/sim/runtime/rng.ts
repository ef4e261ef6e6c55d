/**
 * Seeded pseudo-random source: the only randomness a simulation may use.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator) seeded through splitmix32:
 * 128 bits of state, passes PractRand, and is exact in 32-bit integer JS arithmetic, so the
 * same seed gives the same stream in Node and in every browser.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal (Box–Muller; caches the second value). */
  normal(): number;
  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Fisher–Yates shuffle in place; returns the array. */
  shuffle<T>(items: T[]): T[];
  /** Index drawn from unnormalised non-negative weights. */
  categorical(weights: ArrayLike<number>): number;
  /** An independent generator derived from this one's seed and a label (stable across calls). */
  fork(label: string): Rng;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function hashLabel(label: string): number {
  // FNV-1a: a stable 32-bit hash so fork('data') is the same stream everywhere.
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Create a generator from an integer seed. */
export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  // The state lives in a Uint32Array: as closure variables its values above 2³¹ were boxed
  // doubles, and a draw cost ~3× more (same stream, bit for bit: see the golden test).
  const st = new Uint32Array([init(), init(), init(), init()]);
  let spare = 0;
  let hasSpare = false;

  const nextU32 = (): number => {
    const a = st[0],
      b = st[1],
      c = st[2],
      d = st[3];
    const t = (((a + b) >>> 0) + d) >>> 0;
    st[3] = d + 1;
    st[0] = b ^ (b >>> 9);
    st[1] = c + (c << 3);
    st[2] = ((c << 21) | (c >>> 11)) + t;
    return t;
  };
  for (let i = 0; i < 12; i++) nextU32();

  const rng: Rng = {
    next: () => nextU32() / 4294967296,
    int: (n) => Math.floor((nextU32() / 4294967296) * n),
    uniform: (lo, hi) => lo + (hi - lo) * (nextU32() / 4294967296),
    normal: () => {
      if (hasSpare) {
        hasSpare = false;
        return spare;
      }
      let u = 0;
      while (u === 0) u = nextU32() / 4294967296;
      const v = nextU32() / 4294967296;
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      hasSpare = true;
      return r * Math.cos(2 * Math.PI * v);
    },
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor((nextU32() / 4294967296) * (i + 1));
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
    categorical: (weights) => {
      let total = 0;
      for (let i = 0; i < weights.length; i++) total += weights[i];
      let u = (nextU32() / 4294967296) * total;
      for (let i = 0; i < weights.length; i++) {
        u -= weights[i];
        if (u < 0) return i;
      }
      return weights.length - 1;
    },
    fork: (label) => createRng((seed ^ hashLabel(label)) >>> 0),
  };
  return rng;
}
