/**
 * The no-framework references of `npm run bench` (issue 14 §2): each flagship's training step
 * written by hand with Float32Array loops, mirroring the shapes and the maths of its tfjs model in
 * src/sim/<id>/model.ts (dense maths: one-hot inputs are multiplied like any other matrix, as the
 * tfjs path does). They are timed in the same browser run as the tfjs step, and checked against it
 * from the same initial weights (limits.worker.ts).
 */

/** C (m×n) = A (m×k) · B (k×n); C is overwritten. */
export function mm(A: Float32Array, B: Float32Array, C: Float32Array, m: number, k: number, n: number): void {
  C.fill(0, 0, m * n);
  for (let i = 0; i < m; i++) {
    const ci = i * n;
    for (let kk = 0; kk < k; kk++) {
      const a = A[i * k + kk];
      const bk = kk * n;
      for (let j = 0; j < n; j++) C[ci + j] += a * B[bk + j];
    }
  }
}

/** C (m×n) = Aᵀ · B for A (k×m), B (k×n). */
export function mmTA(A: Float32Array, B: Float32Array, C: Float32Array, k: number, m: number, n: number): void {
  C.fill(0, 0, m * n);
  for (let kk = 0; kk < k; kk++) {
    const ak = kk * m;
    const bk = kk * n;
    for (let i = 0; i < m; i++) {
      const a = A[ak + i];
      const ci = i * n;
      for (let j = 0; j < n; j++) C[ci + j] += a * B[bk + j];
    }
  }
}

/** C (m×n) = A · Bᵀ for A (m×k), B (n×k). */
export function mmTB(A: Float32Array, B: Float32Array, C: Float32Array, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    const ai = i * k;
    for (let j = 0; j < n; j++) {
      const bj = j * k;
      let s = 0;
      for (let kk = 0; kk < k; kk++) s += A[ai + kk] * B[bj + kk];
      C[i * n + j] = s;
    }
  }
}

/** Row-wise softmax of an m×n matrix, in place. */
function softmaxRows(Z: Float32Array, m: number, n: number): void {
  for (let i = 0; i < m; i++) {
    const o = i * n;
    let max = -Infinity;
    for (let j = 0; j < n; j++) max = Math.max(max, Z[o + j]);
    let s = 0;
    for (let j = 0; j < n; j++) s += Z[o + j] = Math.exp(Z[o + j] - max);
    for (let j = 0; j < n; j++) Z[o + j] /= s;
  }
}

/** grokking-regression (model.ts): one full-batch GD step of f = α·mean φ(XV), centred loss. */
export function regressionRef(o: {
  X: Float32Array;
  V: Float32Array;
  f0: Float32Array;
  y: Float32Array;
  P: number;
  D: number;
  N: number;
  alpha: number;
  eps: number;
  lrC: number;
}) {
  const { X, V, f0, y, P, D, N, alpha, eps } = o;
  const H = new Float32Array(P * N);
  const G = new Float32Array(P * N);
  const grad = new Float32Array(D * N);
  const scale = (-2 * o.lrC) / (alpha * P);
  return {
    V,
    step() {
      mm(X, V, H, P, D, N);
      for (let p = 0; p < P; p++) {
        let s = 0;
        for (let i = 0; i < N; i++) {
          const h = H[p * N + i];
          s += h + (eps / 2) * h * h;
        }
        const e = (alpha / N) * s - f0[p] - y[p];
        for (let i = 0; i < N; i++) G[p * N + i] = e * (1 + eps * H[p * N + i]);
      }
      mmTA(X, G, grad, P, D, N);
      for (let i = 0; i < V.length; i++) V[i] += scale * grad[i];
    },
  };
}

/** grokking-modular (model.ts): one full-batch AdamW step of onehot → H (square or ReLU) → p, softmax CE. */
export function modularRef(o: {
  X: Float32Array;
  Y: Float32Array;
  W1: Float32Array;
  W2: Float32Array;
  n: number;
  p: number;
  H: number;
  wd: number;
  act: 'square' | 'relu';
  lr: number;
}) {
  const { X, Y, W1, W2, n, p, H, act } = o;
  const inp = 2 * p;
  const Z = new Float32Array(n * H);
  const A = new Float32Array(n * H);
  const L = new Float32Array(n * p);
  const gW2 = new Float32Array(H * p);
  const gA = new Float32Array(n * H);
  const gW1 = new Float32Array(inp * H);
  const m1 = new Float32Array(W1.length);
  const v1 = new Float32Array(W1.length);
  const m2 = new Float32Array(W2.length);
  const v2 = new Float32Array(W2.length);
  let t = 0;
  const adamw = (w: Float32Array, g: Float32Array, m: Float32Array, v: Float32Array, c1: number, c2: number) => {
    const decay = 1 - o.lr * o.wd;
    for (let i = 0; i < w.length; i++) {
      m[i] = 0.9 * m[i] + 0.1 * g[i];
      v[i] = 0.98 * v[i] + 0.02 * g[i] * g[i];
      w[i] = decay * w[i] - (o.lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + 1e-8);
    }
  };
  return {
    W1,
    step() {
      t++;
      const c1 = 1 - 0.9 ** t;
      const c2 = 1 - 0.98 ** t;
      mm(X, W1, Z, n, inp, H);
      for (let i = 0; i < Z.length; i++) A[i] = act === 'square' ? Z[i] * Z[i] : Math.max(0, Z[i]);
      mm(A, W2, L, n, H, p);
      softmaxRows(L, n, p);
      for (let i = 0; i < L.length; i++) L[i] = (L[i] - Y[i]) / n; // δ
      mmTA(A, L, gW2, n, H, p);
      mmTB(L, W2, gA, n, p, H);
      for (let i = 0; i < gA.length; i++) gA[i] *= act === 'square' ? 2 * Z[i] : Z[i] > 0 ? 1 : 0;
      mmTA(X, gA, gW1, n, inp, H);
      adamw(W1, gW1, m1, v1, c1, c2);
      adamw(W2, gW2, m2, v2, c1, c2);
    },
  };
}

/**
 * stability-gap (model.ts): one SGD+momentum step of the ReLU MLP d → h → h → 10 on a batch, then
 * (as the figure does at every iteration by default) the accuracy of every seen task's test block.
 */
export function mlpRef(o: { d: number; h: number; classes: number; weights: Float32Array[] }) {
  const { d, h, classes: C } = o;
  const [W0, W1, W2] = o.weights;
  const b0 = new Float32Array(h);
  const b1 = new Float32Array(h);
  const b2 = new Float32Array(C);
  const params = [W0, b0, W1, b1, W2, b2];
  const vel = params.map((p) => new Float32Array(p.length));
  const grads = params.map((p) => new Float32Array(p.length));
  let cap = 0;
  let a1 = new Float32Array(0);
  let a2 = new Float32Array(0);
  let z = new Float32Array(0);
  let d1 = new Float32Array(0);
  let d2 = new Float32Array(0);
  const ensure = (B: number) => {
    if (B <= cap) return;
    cap = B;
    a1 = new Float32Array(B * h);
    a2 = new Float32Array(B * h);
    z = new Float32Array(B * C);
    d1 = new Float32Array(B * h);
    d2 = new Float32Array(B * h);
  };
  const dense = (
    x: Float32Array,
    W: Float32Array,
    b: Float32Array,
    out: Float32Array,
    B: number,
    k: number,
    n: number,
    relu: boolean,
  ) => {
    mm(x, W, out, B, k, n);
    for (let i = 0; i < B; i++)
      for (let j = 0; j < n; j++) {
        const v = out[i * n + j] + b[j];
        out[i * n + j] = relu ? Math.max(0, v) : v;
      }
  };
  const forward = (x: Float32Array, B: number) => {
    ensure(B);
    dense(x, W0, b0, a1, B, d, h, true);
    dense(a1, W1, b1, a2, B, h, h, true);
    dense(a2, W2, b2, z, B, h, C, false);
  };
  const colSum = (M: Float32Array, B: number, n: number, out: Float32Array) => {
    out.fill(0);
    for (let i = 0; i < B; i++) for (let j = 0; j < n; j++) out[j] += M[i * n + j];
  };
  return {
    trainStep(x: Float32Array, y: Uint8Array, lr: number, momentum: number): number {
      const B = y.length;
      forward(x, B);
      let loss = 0;
      for (let i = 0; i < B; i++) {
        const o = i * C;
        let max = -Infinity;
        for (let j = 0; j < C; j++) max = Math.max(max, z[o + j]);
        let s = 0;
        for (let j = 0; j < C; j++) s += Math.exp(z[o + j] - max);
        loss -= z[o + y[i]] - max - Math.log(s);
        for (let j = 0; j < C; j++) z[o + j] = (Math.exp(z[o + j] - max) / s - (j === y[i] ? 1 : 0)) / B; // δ₃
      }
      mmTB(z, W2, d2, B, C, h);
      for (let i = 0; i < B * h; i++) if (!(a2[i] > 0)) d2[i] = 0;
      mmTB(d2, W1, d1, B, h, h);
      for (let i = 0; i < B * h; i++) if (!(a1[i] > 0)) d1[i] = 0;
      mmTA(x, d1, grads[0], B, d, h);
      colSum(d1, B, h, grads[1]);
      mmTA(a1, d2, grads[2], B, h, h);
      colSum(d2, B, h, grads[3]);
      mmTA(a2, z, grads[4], B, h, C);
      colSum(z, B, C, grads[5]);
      for (let k = 0; k < params.length; k++) {
        const p = params[k];
        const v = vel[k];
        const g = grads[k];
        for (let i = 0; i < p.length; i++) {
          v[i] = momentum * v[i] + g[i];
          p[i] -= lr * v[i];
        }
      }
      return loss / B;
    },
    /** Accuracy on each of k test blocks of nTest rows (argmax of the logits). */
    accuracies(testX: Float32Array, testY: Int32Array, nTest: number, k: number): Float32Array {
      const n = k * nTest;
      forward(testX, n);
      const acc = new Float32Array(k);
      for (let i = 0; i < n; i++) {
        let best = 0;
        for (let j = 1; j < C; j++) if (z[i * C + j] > z[i * C + best]) best = j;
        if (best === testY[i]) acc[Math.floor(i / nTest)] += 1 / nTest;
      }
      return acc;
    },
  };
}

/**
 * contrastive-temperature (model.ts): one Adam step of the encoder d → 64 (ReLU) → m, normalised,
 * on an NT-Xent batch of 2B views (positive of row i is row (i + B) mod 2B), hand-written backward.
 */
export function contrastiveRef(o: {
  d: number;
  H: number;
  m: number;
  batch: number;
  tau: number;
  theta: Float32Array;
  lr: number;
}) {
  const { d, H, m, tau } = o;
  const N = 2 * o.batch;
  const theta = o.theta;
  const offW1 = 0;
  const offB1 = d * H;
  const offW2 = offB1 + H;
  const offB2 = offW2 + H * m;
  const W2 = () => theta.subarray(offW2, offW2 + H * m);
  const h = new Float32Array(N * H);
  const zz = new Float32Array(N * m);
  const e = new Float32Array(N * m);
  const inv = new Float32Array(N);
  const S = new Float32Array(N * N);
  const dE = new Float32Array(N * m);
  const dZ = new Float32Array(N * m);
  const dH = new Float32Array(N * H);
  const g = new Float32Array(theta.length);
  const mom = new Float32Array(theta.length);
  const vel = new Float32Array(theta.length);
  const gW1 = new Float32Array(d * H);
  const gW2 = new Float32Array(H * m);
  let t = 0;
  return {
    theta,
    step(x: Float32Array): number {
      mm(x, theta.subarray(offW1, offB1), h, N, d, H);
      for (let i = 0; i < N; i++)
        for (let j = 0; j < H; j++) h[i * H + j] = Math.max(0, h[i * H + j] + theta[offB1 + j]);
      mm(h, W2(), zz, N, H, m);
      for (let i = 0; i < N; i++) {
        let s = 0;
        for (let c = 0; c < m; c++) {
          const v = (zz[i * m + c] += theta[offB2 + c]);
          s += v * v;
        }
        inv[i] = 1 / Math.sqrt(s + 1e-12);
        for (let c = 0; c < m; c++) e[i * m + c] = zz[i * m + c] * inv[i];
      }
      mmTB(e, e, S, N, m, N);
      // logits = S/τ with the diagonal masked; softmax per row; loss; G = P − Π.
      let loss = 0;
      for (let i = 0; i < N; i++) {
        const r = i * N;
        const pos = (i + o.batch) % N;
        let max = -Infinity;
        for (let j = 0; j < N; j++) {
          const l = j === i ? S[r + j] / tau - 1e4 : S[r + j] / tau;
          S[r + j] = l;
          if (l > max) max = l;
        }
        let s = 0;
        for (let j = 0; j < N; j++) s += Math.exp(S[r + j] - max);
        loss += max + Math.log(s) - S[r + pos];
        for (let j = 0; j < N; j++) S[r + j] = Math.exp(S[r + j] - max) / s - (j === pos ? 1 : 0);
      }
      // dE = (G + Gᵀ) E
      dE.fill(0);
      for (let i = 0; i < N; i++)
        for (let j = 0; j < N; j++) {
          const gij = S[i * N + j] + S[j * N + i];
          for (let c = 0; c < m; c++) dE[i * m + c] += gij * e[j * m + c];
        }
      const scale = 1 / (N * tau);
      for (let i = 0; i < N; i++) {
        let radial = 0;
        for (let c = 0; c < m; c++) radial += dE[i * m + c] * e[i * m + c];
        for (let c = 0; c < m; c++) dZ[i * m + c] = (dE[i * m + c] - e[i * m + c] * radial) * inv[i] * scale;
      }
      mmTA(h, dZ, gW2, N, H, m);
      g.set(gW2, offW2);
      for (let c = 0; c < m; c++) {
        let s = 0;
        for (let i = 0; i < N; i++) s += dZ[i * m + c];
        g[offB2 + c] = s;
      }
      mmTB(dZ, W2(), dH, N, m, H);
      for (let i = 0; i < N * H; i++) if (!(h[i] > 0)) dH[i] = 0;
      mmTA(x, dH, gW1, N, d, H);
      g.set(gW1, offW1);
      for (let j = 0; j < H; j++) {
        let s = 0;
        for (let i = 0; i < N; i++) s += dH[i * H + j];
        g[offB1 + j] = s;
      }
      t++;
      const lrT = (o.lr * Math.sqrt(1 - 0.999 ** t)) / (1 - 0.9 ** t);
      const epsT = 1e-8 * Math.sqrt(1 - 0.999 ** t);
      for (let i = 0; i < theta.length; i++) {
        mom[i] = 0.9 * mom[i] + 0.1 * g[i];
        vel[i] = 0.999 * vel[i] + 0.001 * g[i] * g[i];
        theta[i] -= (mom[i] / (Math.sqrt(vel[i]) + epsT)) * lrT;
      }
      return loss / N;
    },
  };
}
