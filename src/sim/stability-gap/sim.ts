/**
 * The stability gap, live: tasks are trained one after another on rotated data while every seen
 * task is evaluated after every iteration (or every ρ iterations), so the temporary collapse of an
 * old task's accuracy right after each task switch becomes visible (De Lange et al., ICLR 2023).
 *
 * Schedule: global step s = 1 … tasks·iters; task k (1-based) owns steps (k−1)·iters+1 … k·iters.
 * Evaluations happen at iterations j ≡ 0 (mod ρ) inside a task and always at its last iteration
 * (the boundary diamonds). Rows are a deterministic subset of the evaluations (all of the first
 * DENSE iterations after each switch, a regular stride elsewhere, every boundary), while the
 * metrics use every evaluation.
 */
import { DIVERGED, type MetricRow, type Sim, type SimEnv, type StepResult, type Frame } from '../runtime/types';
import { params, type StabilityGapParams } from './params';
import { CLASSES, clustersWorld, digitsWorld, parseMnist14, type World } from './data';
import { createMlp } from './model';
import { ContinualMetrics } from './metrics';

export { params };
export const usesTf = true;

/** Batch drawn from each source (each seen task for joint; new data and memory for ER). */
export const BATCH = 64;
/** Hidden width of the MLP. */
export const HIDDEN = 64;
/** Iterations after each switch whose evaluations are all emitted as rows. */
const DENSE = 40;
/** Row budget for the strided part of the run. */
const STRIDED_ROWS = 240;
/** Window of WF and WP (the paper's w = 10). */
const WINDOW = 10;

function evalPeriod(p: StabilityGapParams): number {
  return p.evalEvery === 'boundary' ? p.iters : Number(p.evalEvery);
}

export async function createSim(p: StabilityGapParams, env: SimEnv): Promise<Sim> {
  const { tf, rng } = env;
  const world: World =
    p.data === 'digits'
      ? digitsWorld(parseMnist14(await env.loadAsset('mnist-14.bin')), p.tasks, p.theta)
      : clustersWorld(rng.fork('data'), p.tasks, p.theta);
  const { d, nTrain, nTest, trainX, trainY } = world;
  const model = createMlp(tf, d, HIDDEN, rng.fork('init'), world.testX, world.testY, nTest);
  const batchRng = rng.fork('batch');
  const bufferRng = rng.fork('buffer');
  const metrics = new ContinualMetrics(WINDOW);
  const totalSteps = p.tasks * p.iters;
  const period = evalPeriod(p);
  const evalsPerTask = Math.ceil(p.iters / period);
  const stride = Math.max(1, Math.ceil((p.tasks * evalsPerTask) / STRIDED_ROWS));
  /** Replay memory: (task, index) pairs, class-balanced per finished task. */
  const memory: { task: number; index: number }[] = [];
  let done = 0;
  let stopped = false;

  const byClass: number[][] = Array.from({ length: CLASSES }, () => []);
  for (let i = 0; i < nTrain; i++) byClass[trainY[i]].push(i);

  function fillMemory(task: number) {
    const perClass = Math.max(1, Math.round(p.buffer / CLASSES));
    for (const idx of byClass) {
      const pool = bufferRng.shuffle(idx.slice());
      for (const index of pool.slice(0, perClass)) memory.push({ task, index });
    }
  }

  /** The training batch of this step for task k (0-based). */
  function batch(k: number): { x: Float32Array; y: Uint8Array } {
    const picks: { task: number; index: number }[] = [];
    const draw = (task: number) => {
      for (let i = 0; i < BATCH; i++) picks.push({ task, index: batchRng.int(nTrain) });
    };
    if (p.method === 'joint') for (let t = 0; t <= k; t++) draw(t);
    else draw(k);
    if (p.method === 'er' && memory.length)
      for (let i = 0; i < BATCH; i++) picks.push(memory[batchRng.int(memory.length)]);
    const x = new Float32Array(picks.length * d);
    const y = new Uint8Array(picks.length);
    picks.forEach(({ task, index }, i) => {
      x.set(trainX(task).subarray(index * d, (index + 1) * d), i * d);
      y[i] = trainY[index];
    });
    return { x, y };
  }

  function oneStep(): MetricRow | undefined {
    const s = ++done;
    const k = Math.floor((s - 1) / p.iters); // current task, 0-based
    const j = s - k * p.iters; // iteration inside the task, 1-based
    const boundary = j === p.iters;
    const evaluate = boundary || j % period === 0;
    const e = Math.ceil(j / period); // evaluation index inside the task
    const emit = evaluate && (boundary || (k > 0 && j <= DENSE) || e % stride === 0);
    const { x, y } = batch(k);
    const loss = model.trainStep(x, y, p.lr, p.momentum, emit);
    if (boundary && p.method === 'er') fillMemory(k);
    if (emit && (loss === undefined || !Number.isFinite(loss) || loss > 1e4)) {
      stopped = true;
      return { step: s, [DIVERGED]: 1 };
    }
    if (!evaluate) return undefined;
    const accs = model.accuracies(k + 1);
    const m = metrics.record(k + 1, accs, boundary);
    if (!emit) return undefined;
    const row: MetricRow = {
      step: s,
      task: k + 1,
      loss: loss as number,
      acc: m.acc,
      wcAcc: m.wcAcc,
      wf10: m.wf,
      wp10: m.wp,
    };
    accs.forEach((a, i) => (row[`acc${i + 1}`] = a));
    if (m.minAcc !== undefined) row.minAcc = m.minAcc;
    if (m.forg !== undefined) row.forg = m.forg;
    if (boundary) {
      accs.forEach((a, i) => (row[`b${i + 1}`] = a));
      if (k + 1 < p.tasks) row.switch = 1;
    }
    return row;
  }

  return {
    totalSteps,
    step(n: number): StepResult {
      const rows: MetricRow[] = [];
      let frame: Frame | undefined;
      for (let i = 0; i < n && done < totalSteps && !stopped; i++) {
        if (done === 0) frame = { tasks: { kind: 'heatmap', ...world.preview } };
        const row = oneStep();
        if (row) rows.push(row);
      }
      return { rows, frame };
    },
    dispose() {
      model.dispose();
    },
  };
}

/**
 * The figure has made its point once the first switch has played out: task 1 dropped by at
 * least 0.05 below its end-of-task-1 accuracy and came back to within 0.03 of it, or (for
 * methods without recovery, or θ = 0) the second task has ended.
 */
export function reached(rows: MetricRow[]): boolean {
  let before: number | undefined;
  let dropped = false;
  for (const r of rows) {
    if (r.b2 !== undefined) return true;
    if (before === undefined) {
      if (r.b1 !== undefined) before = r.b1;
      continue;
    }
    const a = r.acc1;
    if (a === undefined) continue;
    if (a <= before - 0.05) dropped = true;
    else if (dropped && a >= before - 0.03) return true;
  }
  return false;
}
