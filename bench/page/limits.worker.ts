/// <reference types="vite/client" />
/// <reference lib="webworker" />
/**
 * "Against the limit" (issue 14 §2), in a Worker like the figures' own: a tfjs wasm-SIMD matMul
 * micro-benchmark, and for each flagship its tfjs training step (the model code of src/sim/<id>/,
 * with the backend set up exactly as src/sim/runtime/worker.ts does) next to the hand-written
 * Float32Array reference of the same step (reference.ts), both timed here, plus a check that the
 * two compute the same thing from the same initial weights.
 *
 * The flagship modules are loaded through import.meta.glob and probed at run time, so a flagship
 * whose model API changes shows up as an error row in the table instead of breaking the bench build.
 */
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { installFastMatMulGrad } from '../../src/sim/runtime/fastMatMulGrad';
import { createRng } from '../../src/sim/runtime/rng';
import { defaultsOf, type ParamSchema } from '../../src/sim/runtime/params';
import type { TF } from '../../src/sim/runtime/types';
import { contrastiveRef, mlpRef, modularRef, regressionRef } from './reference';

/* eslint-disable @typescript-eslint/no-explicit-any -- flagship modules are probed at run time */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const models = import.meta.glob<any>(
  '../../src/sim/{grokking-regression,grokking-modular,stability-gap,contrastive-temperature}/{model,params,data}.ts',
);
const load = async (id: string, file: string) => {
  const f = models[`../../src/sim/${id}/${file}.ts`];
  if (!f) throw new Error(`src/sim/${id}/${file}.ts not found`);
  return f();
};

export interface Timing {
  msPerStep: number;
  samples: number[];
}

export interface FlagshipLimit {
  id: string;
  shapes: string;
  /** Multiply–add FLOPs of the step's matrix products (2 per multiply–add). */
  flops: number;
  tfjs?: Timing;
  ref?: Timing;
  /** Largest |tfjs − reference| / max|reference| over the compared quantity after a few steps. */
  check?: { what: string; relErr: number };
  error?: string;
}

export interface LimitsResult {
  backend: string;
  matmul: { n: number; gflops: number; samples: number[] };
  flagships: FlagshipLimit[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
};

/** ms per call of `fn`: `warm` calls, then `samples` samples of at least `minMs` each; median. */
function time(fn: () => void, opts: { warm: number; samples: number; minMs: number; sync?: () => void }): Timing {
  for (let i = 0; i < opts.warm; i++) fn();
  opts.sync?.();
  const samples: number[] = [];
  for (let s = 0; s < opts.samples; s++) {
    const t0 = performance.now();
    let n = 0;
    do {
      fn();
      n++;
    } while (performance.now() - t0 < opts.minMs);
    opts.sync?.();
    samples.push((performance.now() - t0) / n);
  }
  return { msPerStep: median(samples), samples };
}

const relErr = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < b.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return diff / (scale || 1);
};

async function loadTf(): Promise<{ tf: TF; backend: string }> {
  const tf = (await import('@tensorflow/tfjs-core')) as TF;
  await import('@tensorflow/tfjs-core/dist/register_all_gradients');
  await import('@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops');
  tf.env().set('PROD', true);
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const abs = (u: string) => new URL(u, scope.location.href).href;
  wasm.setWasmPaths({
    'tfjs-backend-wasm.wasm': abs(wasmPlain),
    'tfjs-backend-wasm-simd.wasm': abs(wasmSimd),
    'tfjs-backend-wasm-threaded-simd.wasm': abs(wasmThreaded),
  });
  if (!(await tf.setBackend('wasm'))) throw new Error('wasm backend unavailable');
  await tf.ready();
  installFastMatMulGrad(tf);
  const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
  return { tf, backend: simd ? 'wasm-simd' : 'wasm' };
}

function matmulBench(tf: TF, n: number, samples: number, minMs: number) {
  const rng = createRng(1);
  const rand = () =>
    tf.tensor2d(
      Float32Array.from({ length: n * n }, () => rng.normal()),
      [n, n],
    );
  const a = rand();
  const b = rand();
  const t = time(() => tf.tidy(() => void tf.matMul(a, b)), {
    warm: 3,
    samples,
    minMs,
    sync: () => tf.tidy(() => void tf.matMul(a, b).dataSync()),
  });
  tf.dispose([a, b]);
  const gf = (ms: number) => (2 * n ** 3) / (ms * 1e6);
  return { n, gflops: gf(t.msPerStep), samples: t.samples.map(gf) };
}

type Bench = (tf: TF, o: { samples: number; minMs: number }) => Promise<FlagshipLimit>;

const benches: Record<string, Bench> = {
  async 'grokking-regression'(tf, o) {
    const mod = await load('grokking-regression', 'model');
    const p = defaultsOf((await load('grokking-regression', 'params')).params as ParamSchema) as any;
    const cfg = { alpha: p.alpha, eps: p.eps, P: p.P, N: p.N, twin: false };
    const D: number = mod.D;
    const res: FlagshipLimit = {
      id: 'grokking-regression',
      shapes: `X ${cfg.P}×${D}, V ${D}×${cfg.N}, full-batch GD`,
      // H = X V and ∇ = Xᵀ G.
      flops: 2 * (2 * cfg.P * D * cfg.N),
    };
    const build = () => mod.buildModel(tf, createRng(1), cfg, 8);
    // Same initial state in both, a few steps, compare V.
    const m0 = build();
    const ref0 = regressionRef({
      X: m0.X.dataSync().slice(),
      V: m0.V.dataSync().slice(),
      f0: m0.f0.dataSync().slice(),
      y: m0.y.dataSync().slice(),
      P: cfg.P,
      D,
      N: cfg.N,
      alpha: cfg.alpha,
      eps: cfg.eps,
      // The step-size constant, as model.step() picks it (it has been a constant and a function of α, ε).
      lrC: typeof mod.stepConstant === 'function' ? mod.stepConstant(cfg.alpha, cfg.eps) : (mod.LR_C ?? 4),
    });
    for (let i = 0; i < 5; i++) {
      m0.step();
      ref0.step();
    }
    res.check = { what: 'V after 5 steps', relErr: relErr(m0.V.dataSync(), ref0.V) };
    res.tfjs = time(() => m0.step(), { warm: 10, ...o, sync: () => void m0.V.dataSync() });
    m0.dispose();
    res.ref = time(() => ref0.step(), { warm: 2, ...o });
    return res;
  },

  async 'grokking-modular'(tf, o) {
    const mod = await load('grokking-modular', 'model');
    const p = defaultsOf((await load('grokking-modular', 'params')).params as ParamSchema) as any;
    const P = Number(p.p);
    const cfg = { p: P, width: p.width, wd: p.wd, frac: p.frac, act: p.act };
    const { train, test } = mod.splitPairs(createRng(1).fork('data'), P, p.frac);
    const init = createRng(1).fork('init');
    const gauss = (n: number, std: number) => Float32Array.from({ length: n }, () => init.normal() * std);
    const w1 = gauss(2 * P * p.width, 1 / Math.sqrt(2 * P));
    const w2 = gauss(p.width * P, 1 / Math.sqrt(p.width));
    const n = train.length;
    const H = p.width;
    const res: FlagshipLimit = {
      id: 'grokking-modular',
      shapes: `X ${n}×${2 * P} (one-hot), W₁ ${2 * P}×${H}, W₂ ${H}×${P}, AdamW`,
      // Z = XW₁, logits = AW₂, ∇W₂ = Aᵀδ, ∇A = δW₂ᵀ, ∇W₁ = Xᵀ∇Z.
      flops: 2 * n * (2 * (2 * P) * H + 3 * H * P),
    };
    const model = new mod.ModularModel(tf, cfg, { train, test, w1: w1.slice(), w2: w2.slice() });
    const { x } = mod.encode(train, P);
    const Y = new Float32Array(n * P);
    train.forEach(([a, b]: [number, number], i: number) => (Y[i * P + ((a + b) % P)] = 1));
    const ref = modularRef({ X: x, Y, W1: w1.slice(), W2: w2.slice(), n, p: P, H, wd: p.wd, act: p.act, lr: mod.LR });
    for (let i = 0; i < 5; i++) {
      model.step();
      ref.step();
    }
    res.check = { what: 'W₁ after 5 AdamW steps', relErr: relErr(model.W1.dataSync(), ref.W1) };
    res.tfjs = time(() => model.step(), { warm: 10, ...o, sync: () => void model.W2.dataSync() });
    model.dispose();
    res.ref = time(() => ref.step(), { warm: 1, ...o });
    return res;
  },

  async 'stability-gap'(tf, o) {
    const mod = await load('stability-gap', 'model');
    const data = await load('stability-gap', 'data');
    const p = defaultsOf((await load('stability-gap', 'params')).params as ParamSchema) as any;
    const sim = await import('../../src/sim/stability-gap/sim').catch(() => ({}) as any);
    const hidden: number = sim.HIDDEN ?? 64;
    const batch: number = sim.BATCH ?? 64;
    const C: number = data.CLASSES;
    // The default world: 14×14 digits, 400 test digits per task (read from the asset's header).
    let d = 196;
    let nTest = 400;
    if (p.data === 'digits') {
      const head = new Uint8Array(
        await (
          await fetch(new URL('data/mnist-14.bin', new URL(import.meta.env.BASE_URL, scope.location.origin)))
        ).arrayBuffer(),
      );
      d = head[4] * head[4];
      nTest = head[8] | (head[9] << 8);
    } else {
      d = data.CLUSTERS.d;
      nTest = data.CLUSTERS.nTest;
    }
    // The second task of incremental joint training: a batch from each of the 2 seen tasks, and
    // the per-iteration evaluation of both tasks' test blocks (evalEvery = 1, the default).
    const k = 2;
    const B = p.method === 'joint' ? k * batch : p.method === 'er' ? 2 * batch : batch;
    const evalRows = p.evalEvery === '1' ? k * nTest : 0;
    const res: FlagshipLimit = {
      id: 'stability-gap',
      shapes: `MLP ${d}→${hidden}→${hidden}→${C}, batch ${B}, + evaluation of ${evalRows} test rows every step`,
      flops:
        2 * B * (2 * d * hidden + 3 * hidden * hidden + 3 * hidden * C) +
        2 * evalRows * (d * hidden + hidden * hidden + hidden * C),
    };
    const rng = createRng(3);
    const testX = Float32Array.from({ length: k * nTest * d }, () => rng.next());
    const testY = Int32Array.from({ length: k * nTest }, () => rng.int(C));
    const xs = Float32Array.from({ length: B * d }, () => rng.next());
    const ys = Uint8Array.from({ length: B }, () => rng.int(C));
    const mlp = mod.createMlp(tf, d, hidden, createRng(5).fork('init'), testX, testY, nTest);
    // The same He initialisation, in the same order, as createMlp.
    const initRng = createRng(5).fork('init');
    const weights = (
      [
        [d, hidden],
        [hidden, hidden],
        [hidden, C],
      ] as const
    ).map(([a, b]) => {
      const s = Math.sqrt(2 / a);
      return Float32Array.from({ length: a * b }, () => s * initRng.normal());
    });
    const ref = mlpRef({ d, h: hidden, classes: C, weights });
    const lossT: number[] = [];
    const lossR: number[] = [];
    for (let i = 0; i < 5; i++) {
      lossT.push(mlp.trainStep(xs, ys, p.lr, p.momentum, true));
      lossR.push(ref.trainStep(xs, ys, p.lr, p.momentum));
    }
    const accT = mlp.accuracies(k);
    const accR = ref.accuracies(testX, testY, nTest, k);
    res.check = {
      what: 'losses of 5 steps and the 2 accuracies',
      relErr: Math.max(relErr(lossT, lossR), relErr(accT, accR)),
    };
    const stepT = () => {
      mlp.trainStep(xs, ys, p.lr, p.momentum, false);
      if (evalRows) mlp.accuracies(k);
    };
    const stepR = () => {
      ref.trainStep(xs, ys, p.lr, p.momentum);
      if (evalRows) ref.accuracies(testX, testY, nTest, k);
    };
    res.tfjs = time(stepT, { warm: 10, ...o });
    mlp.dispose();
    res.ref = time(stepR, { warm: 2, ...o });
    return res;
  },

  async 'contrastive-temperature'(tf, o) {
    const mod = await load('contrastive-temperature', 'model');
    const data = await load('contrastive-temperature', 'data');
    const p = defaultsOf((await load('contrastive-temperature', 'params')).params as ParamSchema) as any;
    const d: number = data.INPUT_DIM;
    const batch: number = data.BATCH;
    const H: number = mod.HIDDEN;
    const m = Number(p.dim);
    const N = 2 * batch;
    const res: FlagshipLimit = {
      id: 'contrastive-temperature',
      shapes: `encoder ${d}→${H}→${m}, ${N} views, ${N}×${N} similarities, loss ${p.loss}, Adam`,
      // forward (2), backward dW₂, dH, dW₁ (3) + S = EEᵀ and dE = (G+Gᵀ)E.
      flops: 2 * N * (2 * d * H + 3 * H * m) + 2 * (2 * N * N * m),
    };
    if (p.loss !== 'contrastive') res.shapes += ' (reference implements contrastive only)';
    const keep = Math.max(1, Math.round(p.hardFrac * (N - 2)));
    const enc = mod.createEncoder(tf, createRng(4).fork('init'), {
      inputDim: d,
      dim: m,
      batch,
      tau: p.tau,
      loss: p.loss,
      keep,
    });
    const initRng = createRng(4).fork('init');
    const theta = new Float32Array(d * H + H + H * m + m);
    for (let i = 0; i < d * H; i++) theta[i] = Math.sqrt(2 / d) * initRng.normal();
    for (let i = 0; i < H * m; i++) theta[d * H + H + i] = Math.sqrt(1 / H) * initRng.normal();
    const ref = contrastiveRef({ d, H, m, batch, tau: p.tau, theta, lr: 0.01 });
    const rng = createRng(6);
    const xs = Float32Array.from({ length: N * d }, () => rng.normal());
    const x = tf.tensor2d(xs, [N, d]);
    const lossT: number[] = [];
    const lossR: number[] = [];
    for (let i = 0; i < 5; i++) {
      lossT.push(enc.trainStep(x, true));
      lossR.push(ref.step(xs));
    }
    res.check = { what: 'losses of 5 Adam steps', relErr: relErr(lossT, lossR) };
    res.tfjs = time(() => enc.trainStep(x, false), { warm: 10, ...o, sync: () => void enc.trainStep(x, true) });
    enc.dispose();
    x.dispose();
    res.ref = time(() => ref.step(xs), { warm: 2, ...o });
    return res;
  },
};

scope.onmessage = async (ev: MessageEvent<{ samples: number; minMs: number; only?: string[] }>) => {
  const o = { samples: ev.data.samples, minMs: ev.data.minMs };
  try {
    const { tf, backend } = await loadTf();
    const matmul = matmulBench(tf, 512, o.samples, o.minMs);
    const flagships: FlagshipLimit[] = [];
    for (const [id, bench] of Object.entries(benches)) {
      if (ev.data.only && !ev.data.only.includes(id)) continue;
      try {
        flagships.push(await bench(tf, o));
      } catch (e) {
        flagships.push({ id, shapes: '', flops: 0, error: e instanceof Error ? e.message : String(e) });
      }
      scope.postMessage({ type: 'progress', id });
    }
    scope.postMessage({ type: 'done', result: { backend, matmul, flagships } satisfies LimitsResult });
  } catch (e) {
    scope.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
