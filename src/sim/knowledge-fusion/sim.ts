/**
 * Selective multi-source distillation with a load-balancing feedback loss, after Kong et al. (2025).
 *
 * Stand-ins: each source "LLM" is a fixed binary classifier on 2-D inputs. Task t labels a point by
 * the sign of w_t·x (w_t evenly spaced angles). Specialist t applies rule w_t to every input, so it
 * is right on task t and interferes elsewhere (opposite tasks get the opposite answer); one generalist
 * source is right with probability `generalist` on every task. A selector (linear softmax on the
 * task one-hot and x) scores the sources with softmax probabilities π, keeps the top-k and fuses
 * p̄ = Σ_kept π_k p_k + (1 − Σ_kept π_k)·½ (gate-scaled, as in switch-style routers, so the kept
 * sources' gates get a gradient); it learns from the cross-entropy of p̄ with the label. Sources that
 * are never kept get no gradient: a selector that starts out liking the generalist keeps it. A student (per-task logistic regression, the "target LLM") is distilled from the fused
 * distribution. Three runs share the data: selector with feedback loss λ·N·Σ_k f_k P_k (f_k the share
 * of inputs routed to k, P_k its mean selector probability: the usual load-balancing term), selector
 * without it (λ = 0), and uniform averaging of every source.
 */
import type { ParamValues } from '../runtime/params';
import type { Frame, MetricRow, SimEnv } from '../runtime/types';
import { loopSim } from '../shared/preferences';
import { entropy, sigmoid, softmax } from '../shared/policy';
import { params } from './params';

export { params };
export const usesTf = false;
export const TOTAL_STEPS = 300;
const BATCH = 64;
const N_TEST = 240;
const SHARP = 6;

interface Point {
  t: number;
  x: [number, number];
  y: number;
}

export function createSim(p: ParamValues<typeof params>, env: SimEnv) {
  const T = p.tasks;
  const S = T + 1; // sources: specialists 0..T−1, generalist T
  const F = T + 3; // selector features: task one-hot, x, bias
  // Task rules at uneven angles (so the specialists' mistakes do not simply cancel in an average).
  const angRng = env.rng.fork('angles');
  const angles = Array.from({ length: T }, (_, t) => (2 * Math.PI * (t + 0.35 * angRng.uniform(-1, 1))) / T);
  const angle = (t: number) => angles[t];
  // The generalist applies each task's rule rotated by δ: accuracy 1 − δ/π on every task.
  const delta = Math.PI * (1 - p.generalist);
  const draw = (rng: SimEnv['rng'], t: number): Point => {
    const x: [number, number] = [rng.normal(), rng.normal()];
    return { t, x, y: Math.cos(angle(t)) * x[0] + Math.sin(angle(t)) * x[1] > 0 ? 1 : 0 };
  };
  const dataRng = env.rng.fork('data');
  const testRng = env.rng.fork('test');
  const test = Array.from({ length: N_TEST }, (_, i) => draw(testRng, i % T));

  /** P(y = 1 | x) of source k. */
  const source = (k: number, pt: Point): number => {
    const a = k === T ? angle(pt.t) + delta : angle(k);
    return sigmoid(SHARP * (Math.cos(a) * pt.x[0] + Math.sin(a) * pt.x[1]));
  };
  const feats = (pt: Point) => {
    const f = new Float64Array(F);
    f[pt.t] = 1;
    f[T] = pt.x[0];
    f[T + 1] = pt.x[1];
    f[T + 2] = 1;
    return f;
  };

  const initRng = env.rng.fork('init');
  const A0 = Float64Array.from({ length: S * F }, () => 0.01 * initRng.normal());
  for (let t = 0; t < T; t++) A0[T * F + t] += 0.3; // the generalist starts slightly favoured
  type Run = { key: string; lambda: number; A: Float64Array | null; W: Float64Array; usage: Float64Array };
  const mk = (key: string, lambda: number, selector: boolean): Run => ({
    key,
    lambda,
    A: selector ? Float64Array.from(A0) : null,
    W: new Float64Array(3 * T),
    usage: new Float64Array(S),
  });
  const runs = [mk('fb', p.balance, true), mk('nofb', 0, true), mk('avg', 0, false)];

  /** Fused P(y=1), the kept set and its weights, and the full selector softmax. */
  function fuse(run: Run, pt: Point) {
    if (!run.A) {
      let s = 0;
      for (let k = 0; k < S; k++) s += source(k, pt) / S;
      return { q: s, kept: [] as number[], w: [] as number[], pi: new Float64Array(S).fill(1 / S) };
    }
    const f = feats(pt);
    const z = new Float64Array(S);
    for (let k = 0; k < S; k++) for (let j = 0; j < F; j++) z[k] += run.A[k * F + j] * f[j];
    const pi = softmax(z);
    const kept = Array.from({ length: S }, (_, k) => k)
      .sort((a, b) => z[b] - z[a] || a - b)
      .slice(0, Math.min(p.topK, S));
    const w = kept.map((k) => pi[k]);
    const rest = 1 - w.reduce((a, b) => a + b, 0);
    const q = kept.reduce((s, k, i) => s + w[i] * source(k, pt), 0) + 0.5 * rest;
    return { q, kept, w, pi };
  }

  const studentP = (run: Run, pt: Point) =>
    sigmoid(run.W[3 * pt.t] * pt.x[0] + run.W[3 * pt.t + 1] * pt.x[1] + run.W[3 * pt.t + 2]);

  function train(run: Run, batch: Point[]) {
    const gA = new Float64Array(S * F);
    const routed = new Float64Array(S);
    const meanPi = new Float64Array(S);
    const fused = batch.map((pt) => fuse(run, pt));
    fused.forEach((fu) => {
      fu.kept.forEach((k) => (routed[k] += 1 / (batch.length * Math.max(1, fu.kept.length))));
      for (let k = 0; k < S; k++) meanPi[k] += fu.pi[k] / batch.length;
    });
    run.usage = routed;
    batch.forEach((pt, n) => {
      const { q, kept, pi } = fused[n];
      const py = pt.y ? q : 1 - q;
      if (run.A) {
        const f = feats(pt);
        const dz = new Float64Array(S);
        // −log p̄(y) with p̄(y) = ½ + Σ_kept π_k (p_k(y) − ½): ∂/∂z_j = −Σ_kept (p_k(y) − ½) π_k (δ_kj − π_j) / p̄(y).
        kept.forEach((k) => {
          const c = (((pt.y ? source(k, pt) : 1 - source(k, pt)) - 0.5) * pi[k]) / Math.max(py, 1e-6);
          for (let j = 0; j < S; j++) dz[j] += c * pi[j];
          dz[k] -= c;
        });
        // Feedback term λ·S·Σ_k f_k P_k: ∂/∂z_j = λ·S·Σ_k f_k π_k(δ_kj − π_j).
        if (run.lambda > 0) {
          let fp = 0;
          for (let k = 0; k < S; k++) fp += routed[k] * pi[k];
          for (let j = 0; j < S; j++) dz[j] += run.lambda * S * pi[j] * (routed[j] - fp);
        }
        for (let k = 0; k < S; k++) for (let j = 0; j < F; j++) gA[k * F + j] += (dz[k] * f[j]) / batch.length;
      }
      // Student: cross-entropy to the fused soft label q.
      const e = studentP(run, pt) - q;
      run.W[3 * pt.t] -= ((p.lr * e * pt.x[0]) / batch.length) * T;
      run.W[3 * pt.t + 1] -= ((p.lr * e * pt.x[1]) / batch.length) * T;
      run.W[3 * pt.t + 2] -= ((p.lr * e) / batch.length) * T;
    });
    if (run.A) for (let i = 0; i < gA.length; i++) run.A[i] -= p.lr * gA[i];
  }

  const accuracy = (run: Run, which: 'student' | 'teacher') => {
    let ok = 0;
    for (const pt of test) {
      const q = which === 'student' ? studentP(run, pt) : fuse(run, pt).q;
      if ((q > 0.5 ? 1 : 0) === pt.y) ok++;
    }
    return ok / N_TEST;
  };

  return loopSim({
    total: TOTAL_STEPS,
    emitEvery: 5,
    frameEvery: 10,
    advance() {
      const batch = Array.from({ length: BATCH }, () => draw(dataRng, dataRng.int(T)));
      for (const run of runs) train(run, batch);
    },
    measure(step): MetricRow {
      const row: MetricRow = { step };
      for (const run of runs) {
        row[`student_${run.key}`] = accuracy(run, 'student');
        row[`teacher_${run.key}`] = accuracy(run, 'teacher');
        if (run.A) {
          row[`spread_${run.key}`] = entropy(run.usage) / Math.log(S);
          row[`general_${run.key}`] = run.usage[S - 1];
        }
      }
      return row;
    },
    frame(): Frame {
      const labels = [...Array.from({ length: T }, (_, t) => `specialist ${t + 1}`), 'generalist'];
      return {
        usage: {
          kind: 'bars',
          labels,
          series: runs
            .filter((r) => r.A)
            .map((r) => ({
              label: r.lambda > 0 ? 'with feedback loss' : 'without',
              values: Float32Array.from(r.usage),
            })),
        },
      };
    },
  });
}

/** Shown once the selector with feedback has found the specialists. */
export function reached(rows: MetricRow[]): boolean {
  const last = rows[rows.length - 1];
  return !!last && last.step >= 150;
}
