/**
 * Continual-evaluation metrics with the semantics of the authors' code (Mattdl/ContinualEvaluation,
 * src/eval/continual_eval_metrics.py; flagships.md §B.1). Aᵢ(n) is the accuracy on task i's test
 * subset at evaluation n; k is the task being trained (1-based); |Tᵢ| is the last iteration of task i.
 *
 *   min-ACC = 1/(k−1) Σ_{i<k} min_{|Tᵢ| < n ≤ t} Aᵢ(n)      (worst accuracy of each finished task since it ended)
 *   WC-ACC  = (1/k) A_k(t) + (1 − 1/k) min-ACC             (worst-case accuracy; a lower bound on ACC)
 *   Fᵢʷ     = max_n max_{n−w < m < m' ≤ n} Aᵢ(m) − Aᵢ(m')   (largest drop inside any window of w evaluations)
 *   Pᵢʷ     = the same with the sign flipped               (largest rise)
 *   WFʷ, WPʷ = the mean of Fᵢʷ, Pᵢʷ over every task evaluated so far, the current one included
 *   ACC     = the mean accuracy over the seen tasks at the latest evaluation
 *   FORG    = the mean over finished tasks of (best boundary accuracy before now − accuracy at the
 *             latest boundary): the classic forgetting, computed from task-boundary evaluations only.
 */

/** Windowed forgetting (sign = 1) or plasticity (sign = −1) of one accuracy sequence. */
export function windowedChange(seq: readonly number[], w: number, sign: 1 | -1 = 1): number {
  const tracker = new WindowTracker(w);
  for (const a of seq) tracker.push(a);
  return sign === 1 ? tracker.forgetting : tracker.plasticity;
}

/**
 * The reference code keeps a deque of the last w evaluations and takes the largest ordered
 * difference inside it. Every pair inside today's window was inside the window when its later
 * element arrived, so it suffices to compare each new value with the w − 1 values before it.
 */
class WindowTracker {
  private window: number[] = [];
  forgetting = 0;
  plasticity = 0;
  constructor(private readonly w: number) {}
  push(a: number) {
    for (const prev of this.window) {
      this.forgetting = Math.max(this.forgetting, prev - a);
      this.plasticity = Math.max(this.plasticity, a - prev);
    }
    this.window.push(a);
    if (this.window.length > this.w - 1) this.window.shift();
  }
}

export interface MetricValues {
  acc: number;
  /** Undefined until a second task has started (no finished task yet). */
  minAcc?: number;
  wcAcc: number;
  wf: number;
  wp: number;
  /** Undefined until the end of the second task (no boundary after a finished task yet). */
  forg?: number;
}

export class ContinualMetrics {
  private windows: WindowTracker[] = [];
  private mins: number[] = [];
  private boundaryAcc: number[][] = [];
  private latest: number[] = [];
  private forg?: number;

  constructor(private readonly w = 10) {}

  /**
   * Records one evaluation while task `k` (1-based) is being trained; `accs[i]` is task i+1's
   * accuracy for i < k. `boundary` marks the evaluation after the last iteration of task k.
   */
  record(k: number, accs: ArrayLike<number>, boundary: boolean): MetricValues {
    for (let i = 0; i < k; i++) {
      this.windows[i] ??= new WindowTracker(this.w);
      this.windows[i].push(accs[i]);
      // Only tasks whose training has ended are tracked by min-ACC.
      if (i < k - 1) this.mins[i] = Math.min(this.mins[i] ?? Infinity, accs[i]);
      this.latest[i] = accs[i];
    }
    if (boundary) {
      this.boundaryAcc.push(Array.from({ length: k }, (_, i) => accs[i]));
      if (k > 1) {
        let f = 0;
        for (let i = 0; i < k - 1; i++) {
          let best = -Infinity;
          for (let j = i; j < k - 1; j++) best = Math.max(best, this.boundaryAcc[j][i]);
          f += best - accs[i];
        }
        this.forg = f / (k - 1);
      }
    }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const past = this.mins.slice(0, k - 1);
    const minAcc = k > 1 ? mean(past) : undefined;
    return {
      acc: mean(this.latest.slice(0, k)),
      minAcc,
      wcAcc: minAcc === undefined ? accs[k - 1] : accs[k - 1] / k + (1 - 1 / k) * minAcc,
      wf: mean(this.windows.slice(0, k).map((t) => t.forgetting)),
      wp: mean(this.windows.slice(0, k).map((t) => t.plasticity)),
      forg: this.forg,
    };
  }
}
