/**
 * Dual-head knowledge distillation (Yang et al.) on Gaussian classes. The teacher's logits are the
 * Bayes log-joint of the classes plus a constant, z^t_c = 3 − |x − μ_c|²/(2s²): their softmax is the
 * true posterior and their absolute level carries the density, which only a logit-level loss sees.
 * Four students with the same backbone (2 → 32 → F, ReLU) and initialisation, trained with Adam:
 *
 *   kd    one head: CE + KD                 KD  = τ² KL(softmax(z^t/τ) ‖ softmax(z/τ))
 *   bkl   one head: CE + μ·BKL              BKL = Σ_c binary KL(s(z^t_c) ‖ s(z_c)), s the sigmoid
 *   both  one head: CE + KD + μ·BKL
 *   dual  main head CE + KD, auxiliary head μ·BKL, shared backbone; predicts with the main head.
 *
 * Besides test accuracy the core measures how well each predicting head reproduces the teacher's
 * probabilities on held-out points (the KD loss there), and the geometry of the head: the mean
 * cosine between its class weight vectors.
 */
import type { ParamValues } from '../runtime/params';
import type { Frame, MetricRow, Sim, SimEnv } from '../runtime/types';
import {
  adam,
  argmaxRows,
  backward,
  crossEntropy,
  dense,
  forward,
  gaussianClasses,
  loopSim,
  relu,
  reluBack,
  zeroGrad,
  type Adam,
  type Dataset,
  type Dense,
} from '../shared/classifier';
import { params } from './params';

export { params };
export const usesTf = false;

export const N_TRAIN = 300,
  N_TEST = 1000,
  HIDDEN = 32,
  LR = 0.01;
export const TOTAL = 600,
  EVERY = 10,
  FRAME_EVERY = 100;
export const STUDENTS = ['kd', 'bkl', 'both', 'dual'] as const;
type Student = (typeof STUDENTS)[number];

const sig = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Teacher logits for every point of a data set. */
export function teacherLogits(d: Dataset, K: number, spread: number): Float32Array {
  const z = new Float32Array(d.n * K);
  for (let i = 0; i < d.n; i++)
    for (let c = 0; c < K; c++) {
      const a = (2 * Math.PI * c) / K;
      const r2 = (d.x[2 * i] - Math.cos(a)) ** 2 + (d.x[2 * i + 1] - Math.sin(a)) ** 2;
      z[i * K + c] = 3 - r2 / (2 * spread * spread);
    }
  return z;
}

/** τ² KL(softmax(t/τ) ‖ softmax(z/τ)), mean over rows; ADDS its gradient in z into g. */
export function kdLoss(z: Float32Array, t: Float32Array, n: number, K: number, tau: number, g?: Float32Array): number {
  let loss = 0;
  const pz = new Float64Array(K),
    pt = new Float64Array(K);
  const soft = (v: Float32Array, i: number, out: Float64Array) => {
    let mx = -Infinity,
      s = 0;
    for (let k = 0; k < K; k++) mx = Math.max(mx, v[i * K + k] / tau);
    for (let k = 0; k < K; k++) s += out[k] = Math.exp(v[i * K + k] / tau - mx);
    for (let k = 0; k < K; k++) out[k] /= s;
  };
  for (let i = 0; i < n; i++) {
    soft(z, i, pz);
    soft(t, i, pt);
    for (let k = 0; k < K; k++) {
      if (pt[k] > 0) loss += (tau * tau * pt[k] * Math.log(pt[k] / Math.max(pz[k], 1e-30))) / n;
      if (g) g[i * K + k] += (tau * (pz[k] - pt[k])) / n;
    }
  }
  return loss;
}

/** Σ_c binary KL(s(t_c) ‖ s(z_c)), mean over rows, times w; ADDS its gradient in z into g. */
export function bklLoss(z: Float32Array, t: Float32Array, n: number, K: number, w: number, g?: Float32Array): number {
  let loss = 0;
  for (let i = 0; i < n * K; i++) {
    const st = sig(t[i]),
      ss = sig(z[i]);
    loss += (w * (st * Math.log(st / ss) + (1 - st) * Math.log((1 - st) / (1 - ss)))) / n;
    if (g) g[i] += (w * (ss - st)) / n;
  }
  return loss;
}

interface Net {
  b1: Dense;
  b2: Dense;
  head: Dense;
  aux: Dense;
  opt: Adam;
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const K = p.classes;
  const train = gaussianClasses(env.rng.fork('data'), N_TRAIN, K, p.spread);
  const test = gaussianClasses(env.rng.fork('test'), N_TEST, K, p.spread);
  const tTrain = teacherLogits(train, K, p.spread);
  const tTest = teacherLogits(test, K, p.spread);
  const nets = Object.fromEntries(
    STUDENTS.map((s) => {
      const r = env.rng.fork('init');
      const b1 = dense(r, 2, HIDDEN),
        b2 = dense(r, HIDDEN, p.feat),
        head = dense(r, p.feat, K, 1),
        aux = dense(r, p.feat, K, 1);
      return [s, { b1, b2, head, aux, opt: adam([b1, b2, head, aux], LR) }];
    }),
  ) as Record<Student, Net>;

  function feats(net: Net, x: Float32Array, n: number) {
    const h1 = relu(forward(net.b1, x, n));
    return { h1, h: relu(forward(net.b2, h1, n)) };
  }

  /** Accumulates the gradients of one student's losses; returns the loss. */
  function grads(s: Student, net: Net) {
    zeroGrad(net.b1, net.b2, net.head, net.aux);
    const { h1, h } = feats(net, train.x, N_TRAIN);
    const z = forward(net.head, h, N_TRAIN);
    const g = new Float32Array(z.length);
    let loss = 0;
    const useProb = s !== 'bkl',
      useLogit = s !== 'kd';
    loss += crossEntropy(z, train.y, N_TRAIN, K, g);
    if (useProb) loss += kdLoss(z, tTrain, N_TRAIN, K, p.tau, g);
    let dh: Float32Array = new Float32Array(N_TRAIN * p.feat);
    if (useLogit && s === 'dual') {
      const za = forward(net.aux, h, N_TRAIN),
        ga = new Float32Array(za.length);
      loss += bklLoss(za, tTrain, N_TRAIN, K, p.mu, ga);
      dh = backward(net.aux, h, ga, N_TRAIN)!;
    } else if (useLogit) loss += bklLoss(z, tTrain, N_TRAIN, K, p.mu, g);
    const dhHead = backward(net.head, h, g, N_TRAIN)!;
    for (let i = 0; i < dh.length; i++) dh[i] += dhHead[i];
    const d1 = reluBack(h1, backward(net.b2, h1, reluBack(h, dh), N_TRAIN)!);
    backward(net.b1, train.x, d1, N_TRAIN, false);
    return loss;
  }

  function advance(): number {
    let total = 0;
    for (const s of STUDENTS) {
      const net = nets[s];
      total += grads(s, net);
      net.opt.step([net.b1, net.b2, net.head, net.aux]);
    }
    return total;
  }

  function measure(): Record<string, number> {
    const m: Record<string, number> = {};
    for (const s of STUDENTS) {
      const z = forward(nets[s].head, feats(nets[s], test.x, N_TEST).h, N_TEST);
      const pred = argmaxRows(z, N_TEST, K);
      let ok = 0;
      for (let i = 0; i < N_TEST; i++) if (pred[i] === test.clean[i]) ok++;
      m[`acc_${s}`] = ok / N_TEST;
      // How well the predicting head reproduces the teacher's probabilities (held-out points).
      m[`kdTest_${s}`] = kdLoss(z, tTest, N_TEST, K, p.tau);
    }
    return m;
  }

  function frame(): Frame {
    // Pairwise cosines of the class weight vectors of the main head (neural-collapse geometry).
    const labels: string[] = [],
      series = STUDENTS.map((s) => ({ label: s, values: new Float32Array(1) }));
    STUDENTS.forEach((s, si) => {
      const W = nets[s].head.w,
        F = p.feat;
      let tot = 0,
        cnt = 0;
      for (let a = 0; a < K; a++)
        for (let b = a + 1; b < K; b++) {
          let ab = 0,
            aa = 0,
            bb = 0;
          for (let f = 0; f < F; f++) {
            ab += W[f * K + a] * W[f * K + b];
            aa += W[f * K + a] ** 2;
            bb += W[f * K + b] ** 2;
          }
          tot += ab / Math.sqrt(aa * bb + 1e-30);
          cnt++;
        }
      series[si].values[0] = tot / cnt;
    });
    labels.push('mean cosine between class weight vectors');
    return {
      collapse: {
        kind: 'bars',
        labels,
        series: series.map((s, i) => ({ label: LABELS[STUDENTS[i]], values: s.values })),
      },
    };
  }

  return loopSim({ total: TOTAL, every: EVERY, frameEvery: FRAME_EVERY, advance, measure, frame });
}

export const LABELS: Record<Student, string> = {
  kd: 'CE + KD',
  bkl: 'CE + BKL',
  both: 'CE + KD + BKL, one head',
  dual: 'dual head',
};

/** The accuracies have settled by two thirds of the run. */
export function reached(rows: MetricRow[]): boolean {
  return rows.length > 0 && rows[rows.length - 1].step >= 400;
}
