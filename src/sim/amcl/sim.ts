/**
 * Adaptive multi-head contrastive learning (AMCL; Wang, Koniusz, Gedeon & Zheng, ECCV 2024) on
 * Gaussian classes. Every step draws, for each positive pair, either a mild or a strong
 * augmentation (additive noise); strong views of one instance can land nearer another class than
 * their own partner. Two learners share initialisation, batches and views:
 *  - SimCLR: backbone, one projection head, InfoNCE with one fixed temperature τ0 for every pair;
 *  - AMCL: the same backbone with H projection heads; in each head every pair (anchor a, head h)
 *    gets its own temperature, the maximum-likelihood solution of
 *        min over τ of  ℓ_a^h / τ + λ (log τ + 1/τ)   ⇒   τ_a^h = 1 + ℓ_a^h / λ,
 *    where ℓ_a^h is the pair's InfoNCE loss in that head; the pair's term is divided by τ_a^h
 *    (by the envelope theorem its gradient is ∇ℓ_a^h / τ_a^h). The regulariser keeps τ away from
 *    0 and from ∞. Pairs the augmentation made dissimilar get a high temperature and count less.
 * Labels are used only to score the backbone features (5-NN accuracy on clean held-out points).
 */
import { defaultsOf, type ParamValues } from '../runtime/params';
import type { Frame, MetricRow, Sim, SimEnv, SimModule } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import { Adam, binLabels, classCentres, histogram, knnAccuracy, Mlp, sampleClasses } from '../shared/embedding';
import { params } from './params';

export { params };
export const usesTf = false;
export type Params = ParamValues<typeof params>;

const D = 16;
const CLASSES = 8;
const SPREAD = 1.0;
export const MILD = 0.2;
export const N = 256;
const TEST = 160;
const BATCH = 64;
const FEAT = 16;
const HIDDEN = 32;
const M = 8;
const TAU0 = 0.2;
const LR = 0.005;
export const EPOCHS = 30;
const STEPS_PER_EPOCH = N / BATCH;
export const TOTAL_STEPS = EPOCHS * STEPS_PER_EPOCH;

interface Learner {
  backbone: Mlp;
  heads: Mlp[];
  opts: Adam[];
}

/** InfoNCE over 2B rows of normalised e (rows a and a ± B are positives); per-anchor losses, dE (unweighted ∂ℓ_a/∂e via callback weights). */
function infoNce(
  e: Float64Array,
  B: number,
  weight: (a: number, loss: number) => number,
  dE: Float64Array,
): Float64Array {
  const n = 2 * B;
  const losses = new Float64Array(n);
  const logits = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    const pos = (a + B) % n;
    let max = -Infinity;
    for (let j = 0; j < n; j++) {
      if (j === a) continue;
      let s = 0;
      for (let k = 0; k < M; k++) s += e[a * M + k] * e[j * M + k];
      logits[j] = s / TAU0;
      if (logits[j] > max) max = logits[j];
    }
    let z = 0;
    for (let j = 0; j < n; j++) if (j !== a) z += Math.exp(logits[j] - max);
    const lse = max + Math.log(z);
    const loss = lse - logits[pos];
    losses[a] = loss;
    const w = weight(a, loss);
    for (let j = 0; j < n; j++) {
      if (j === a) continue;
      const g = (w * (Math.exp(logits[j] - lse) - (j === pos ? 1 : 0))) / (TAU0 * n);
      for (let k = 0; k < M; k++) {
        dE[a * M + k] += g * e[j * M + k];
        dE[j * M + k] += g * e[a * M + k];
      }
    }
  }
  return losses;
}

export function createSim(p: Params, env: SimEnv): Sim {
  const data = env.rng.fork('data');
  const centres = classCentres(data.fork('centres'), CLASSES, D, 1);
  const train = sampleClasses(data.fork('train'), centres, D, N / CLASSES, SPREAD);
  const test = sampleClasses(data.fork('test'), centres, D, TEST / CLASSES, SPREAD);
  const init = env.rng.fork('init');
  const mk = (H: number): Learner => {
    const ir = init.fork('learner');
    const backbone = new Mlp(ir.fork('backbone'), D, HIDDEN, FEAT, false);
    const heads = Array.from({ length: H }, (_, h) => new Mlp(ir.fork(`head${h}`), FEAT, 0, M, true));
    return { backbone, heads, opts: [new Adam(backbone.theta, LR), ...heads.map((hd) => new Adam(hd.theta, LR))] };
  };
  const L = { simclr: mk(1), amcl: mk(p.heads) };
  const augRng = env.rng.fork('aug');
  const orderRng = env.rng.fork('order');
  let order = orderRng.shuffle(Array.from({ length: N }, (_, i) => i));
  let done = 0;
  let stopped = false;
  const x = new Float64Array(2 * BATCH * D);
  const strongPair = new Uint8Array(BATCH);
  // Temperatures of the current epoch: per AMCL anchor-head, with its pair's strength.
  let epochTau: number[] = [];
  let epochStrong: number[] = [];
  let lastTau: number[] = [];
  let lastStrong: number[] = [];

  const trainStep = (lr: Learner, adaptive: boolean): boolean => {
    const n = 2 * BATCH;
    const fc = lr.backbone.forward(x, n);
    const dF = new Float64Array(n * FEAT);
    const dFh = new Float64Array(n * FEAT);
    let finite = true;
    lr.heads.forEach((head) => {
      const hc = head.forward(fc.e, n);
      const dE = new Float64Array(n * M);
      const losses = infoNce(
        hc.e,
        BATCH,
        (a, loss) => {
          if (!adaptive) return 1;
          const tau = 1 + loss / p.lambda;
          epochTau.push(tau);
          epochStrong.push(strongPair[a % BATCH]);
          return 1 / tau;
        },
        dE,
      );
      if (!losses.every(Number.isFinite)) finite = false;
      head.backward(hc, dE, dFh);
      for (let i = 0; i < dF.length; i++) dF[i] += dFh[i];
    });
    lr.backbone.backward(fc, dF);
    lr.opts[0].step(lr.backbone.grad);
    lr.heads.forEach((head, h) => lr.opts[h + 1].step(head.grad));
    return finite;
  };

  const evaluate = (rows: MetricRow[]): Frame => {
    const row: MetricRow = { step: done, epoch: done / STEPS_PER_EPOCH };
    for (const k of ['simclr', 'amcl'] as const) {
      const f = L[k].backbone.embed(test.x, test.n);
      for (let i = 0; i < test.n; i++) {
        let s = 1e-12;
        for (let c = 0; c < FEAT; c++) s += f[i * FEAT + c] ** 2;
        for (let c = 0; c < FEAT; c++) f[i * FEAT + c] /= Math.sqrt(s);
      }
      row[`${k}Knn`] = knnAccuracy(f, test.label, test.n, FEAT, 5);
    }
    if (epochTau.length) {
      lastTau = epochTau;
      lastStrong = epochStrong;
      const st = tauStats(epochTau, epochStrong);
      Object.assign(row, st);
    }
    epochTau = [];
    epochStrong = [];
    rows.push(row);
    const bins = 20;
    const hi = Math.max(2, Math.ceil(Math.max(1, ...lastTau) * 2) / 2);
    const split = (s: number) => lastTau.filter((_, i) => lastStrong[i] === s);
    return {
      taus: {
        kind: 'bars',
        labels: binLabels(1, hi, bins, 2),
        series: [
          { label: 'mild pairs', values: histogram(split(0), 1, hi, bins).map((v) => v * split(0).length) },
          { label: 'strong pairs', values: histogram(split(1), 1, hi, bins).map((v) => v * split(1).length) },
        ],
      },
    };
  };

  return {
    totalSteps: TOTAL_STEPS,
    step(count: number) {
      const rows: MetricRow[] = [];
      let frame: Frame | undefined;
      if (stopped) return { rows };
      if (done === 0 && count > 0) frame = evaluate(rows);
      for (let s = 0; s < count && done < TOTAL_STEPS; s++) {
        const within = done % STEPS_PER_EPOCH;
        if (within === 0 && done > 0) order = orderRng.shuffle(order);
        for (let b = 0; b < BATCH; b++) {
          const i = order[within * BATCH + b];
          strongPair[b] = augRng.next() < p.strongFrac ? 1 : 0;
          const sd = strongPair[b] ? p.strong : MILD;
          for (const r of [b, b + BATCH])
            for (let k = 0; k < D; k++) x[r * D + k] = train.x[i * D + k] + sd * augRng.normal();
        }
        const ok = trainStep(L.simclr, false) && trainStep(L.amcl, true);
        done += 1;
        if (!ok) {
          rows.push({ step: done, [DIVERGED]: 1 });
          stopped = true;
          break;
        }
        if (done % STEPS_PER_EPOCH === 0) {
          const f = evaluate(rows);
          if ((done / STEPS_PER_EPOCH) % 2 === 0 || done === TOTAL_STEPS) frame = f;
        }
      }
      return frame ? { rows, frame } : { rows };
    },
    dispose() {},
  };
}

/** Mean τ of mild and strong pairs, the τ–strength correlation (point-biserial) and τ's coefficient of variation. */
export function tauStats(tau: number[], strong: number[]): MetricRow {
  const n = tau.length;
  let mt = 0;
  let ms = 0;
  for (let i = 0; i < n; i++) {
    mt += tau[i];
    ms += strong[i];
  }
  mt /= n;
  ms /= n;
  let cov = 0;
  let vt = 0;
  let vs = 0;
  let sumS = 0;
  let cntS = 0;
  let sumM = 0;
  let cntM = 0;
  for (let i = 0; i < n; i++) {
    cov += (tau[i] - mt) * (strong[i] - ms);
    vt += (tau[i] - mt) ** 2;
    vs += (strong[i] - ms) ** 2;
    if (strong[i]) {
      sumS += tau[i];
      cntS++;
    } else {
      sumM += tau[i];
      cntM++;
    }
  }
  const out: MetricRow = {
    step: 0,
    tauCorr: vt > 0 && vs > 0 ? cov / Math.sqrt(vt * vs) : 0,
    tauCv: Math.sqrt(vt / n) / mt,
    tauMean: mt,
  };
  delete (out as Partial<MetricRow>).step;
  if (cntM) out.tauMild = sumM / cntM;
  if (cntS) out.tauStrong = sumS / cntS;
  return out;
}

/** For the last 3 epochs, strong pairs run at least 1.5× hotter than mild ones and τ tracks the strength (correlation > 0.5). */
export function reached(rows: MetricRow[]): boolean {
  const ok = rows.filter((r) => Number.isFinite(r.tauMild) && Number.isFinite(r.tauStrong));
  if (ok.length < 3) return false;
  return ok.slice(-3).every((r) => r.tauStrong >= 1.5 * r.tauMild && r.tauCorr > 0.5);
}

export const defaults = defaultsOf(params);

({ params, usesTf, createSim, reached }) satisfies SimModule<typeof params>;
