/**
 * Grokking as the lazy-to-rich transition (Kumar, Bordelon, Gershman, Pehlevan, ICLR 2024),
 * the paper's own mechanism at browser scale (flagships.md configuration A1).
 *
 * A network whose output is scaled by α starts in the kernel ("lazy") regime and first fits the
 * training set with its initial tangent kernel, which is misaligned with the target; only later
 * do its features rotate towards the target direction β and the test loss falls. The delay
 * between the two drops grows with α. See model.ts for the maths and metrics.ts for the
 * exact three-term decomposition of the test loss.
 */
import type { MetricRow, Sim, SimEnv } from '../runtime/types';
import { DIVERGED } from '../runtime/types';
import type { ParamValues } from '../runtime/params';
import { params } from './params';
import { buildModel } from './model';
import { measure } from './metrics';

export { params };
export const usesTf = true;

/** The run's length: the default α = 1 generalises well before it; α = 10 has not by the end. */
export const TOTAL_STEPS = 8000;
/** Thresholds of the vertical markers (relative to the initial loss). */
export const TRAIN_MARK = 0.1;
export const TEST_MARK = 0.25;

const EARLY = new Set([1, 2, 3, 4, 6, 8, 10, 13, 16, 20]);
/** Rows are emitted at steps that depend only on the step index: a log-ish grid, then every 25. */
export const emitsAt = (t: number) => EARLY.has(t) || t % 25 === 0;

export function createSim(p: ParamValues<typeof params>, env: SimEnv): Sim {
  const model = buildModel(env.tf, env.rng, { alpha: p.alpha, eps: p.eps, P: p.P, N: p.N, twin: p.twin });
  const start = measure(model);
  const train0 = start.trainLoss;
  const test0 = start.testLoss;
  const norm0 = start.weightNorm;
  let t = 0;
  let stopped = false;
  let trainMarked = false;
  let testMarked = false;

  const row = (): MetricRow => {
    const m = measure(model);
    const trainRel = m.trainLoss / train0;
    const testRel = m.testLoss / test0;
    if (!Number.isFinite(m.trainLoss) || !Number.isFinite(m.testLoss) || trainRel > 1e6) {
      stopped = true;
      return { step: t, [DIVERGED]: 1 };
    }
    const r: MetricRow = {
      step: t,
      trainLoss: m.trainLoss,
      testLoss: m.testLoss,
      trainRel,
      testRel,
      alignment: m.alignment,
      weightNorm: m.weightNorm,
      weightGrowth: m.weightNorm / norm0,
      varRel: m.varTerm / test0,
      alignRel: m.alignTerm / test0,
      linRel: m.linTerm / test0,
      cross: 0,
    };
    if (p.twin) r.twinTestRel = m.twinTestLoss / test0;
    // Marker code: 1 = train first below 10%, 2 = test first below 25%, 3 = both on this row.
    if (!trainMarked && trainRel < TRAIN_MARK) {
      trainMarked = true;
      r.cross += 1;
    }
    if (!testMarked && testRel < TEST_MARK) {
      testMarked = true;
      r.cross += 2;
    }
    return r;
  };

  return {
    totalSteps: TOTAL_STEPS,
    step(n: number) {
      const rows: MetricRow[] = [];
      for (let i = 0; i < n && t < TOTAL_STEPS && !stopped; i++) {
        model.step();
        t++;
        if (emitsAt(t)) rows.push(row());
      }
      return { rows };
    },
    dispose: () => model.dispose(),
  };
}

/** The phenomenon: the test loss has come down below a quarter of its initial value. */
export function reached(rows: MetricRow[]): boolean {
  return rows.some((r) => r.testRel < TEST_MARK);
}
