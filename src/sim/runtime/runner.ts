/**
 * Drives one Sim inside the Worker: chunked stepping (~10 ms per chunk so `pause` and new params
 * are answered at once), rows batched to at most ~30 messages/s, seek without rendering, and
 * throwing cores turned into `error` messages. Kept free of Worker globals so Node tests drive it.
 *
 *   idle ──run──▶ running ──pause──▶ idle          running ──last step / diverged──▶ done
 *   idle ──seek──▶ seeking (progress only) ──▶ rows (all at once) ──▶ idle
 */
import type { FromWorkerBody } from './messages';
import type { Frame, MetricRow, Sim } from './types';
import { DIVERGED } from './types';

const CHUNK_MS = 10;
const FLUSH_MS = 34; // ≤ 30 rows messages per second
const PROGRESS_MS = 100;

export interface RunnerClock {
  now(): number;
  /** Yield to the event loop (so incoming messages are handled) for at least `ms`. */
  sleep(ms: number): Promise<void>;
}

export class SimRunner {
  step = 0;
  private mode: 'idle' | 'running' | 'seeking' | 'done' | 'failed' | 'disposed' = 'idle';
  private pending: MetricRow[] = [];
  private pendingFrame: Frame | undefined;
  private msPerStep = 0;
  private lastFlush = 0;
  private lastProgress = 0;
  private speed = 1;
  private rate = 0;
  private loop: Promise<void> | null = null;
  /** A `run` arrived while a paused loop was still finishing its chunk. */
  private wantRun = false;

  constructor(
    private readonly sim: Sim,
    private readonly post: (m: FromWorkerBody) => void,
    private readonly clock: RunnerClock,
  ) {}

  get total(): number {
    return this.sim.totalSteps;
  }

  run(speed = 1): void {
    this.speed = Math.min(1, Math.max(0.02, speed));
    if (this.mode !== 'idle') return;
    // A pause just before may still be winding its loop down: start only once it has, so two
    // loops never drive one core, and the stale loop's `paused` is not posted (see drive()).
    this.wantRun = true;
    if (!this.loop) this.start('running', this.total);
  }

  pause(): void {
    this.wantRun = false;
    if (this.mode === 'running' || this.mode === 'seeking') this.mode = 'idle';
  }

  /** Advance to `target` (clamped to the run) posting only progress, then every row at once. */
  seek(target: number): Promise<void> {
    if (this.mode === 'disposed') return Promise.resolve();
    this.mode = 'idle';
    return (this.loop ?? Promise.resolve()).then(() => {
      if (this.mode === 'disposed') return;
      this.start('seeking', Math.min(this.total, Math.max(0, Math.round(target))));
      return this.loop ?? undefined;
    });
  }

  /** The Step button: exactly `n` steps, rows posted, then idle. */
  stepBy(n: number): void {
    if (this.mode !== 'idle') return;
    this.advance(Math.min(n, this.total - this.step));
    this.flush(true);
    this.afterChunk(true);
  }

  dispose(): void {
    this.mode = 'disposed';
    this.sim.dispose();
  }

  private start(mode: 'running' | 'seeking', target: number): void {
    this.mode = mode;
    if (mode === 'seeking') this.wantRun = false;
    this.loop = this.drive(mode, target).finally(() => {
      this.loop = null;
      if (this.wantRun && this.mode === 'idle') this.start('running', this.total);
    });
  }

  private async drive(mode: 'running' | 'seeking', target: number): Promise<void> {
    let n = 1;
    while (this.mode === mode && this.step < target) {
      const t0 = this.clock.now();
      const stop = this.advance(Math.min(n, target - this.step));
      const dt = Math.max(this.clock.now() - t0, 0.01);
      const per = dt / Math.max(1, n);
      this.msPerStep = this.msPerStep ? 0.7 * this.msPerStep + 0.3 * per : per;
      this.rate = 1000 / this.msPerStep;
      // Next chunk sized to ~10 ms (at least one step, at most doubling so a slow step is noticed).
      n = Math.max(1, Math.min(n * 2, Math.round(CHUNK_MS / this.msPerStep)));
      if (stop) break;
      if (mode === 'running') this.flush(false);
      this.maybeProgress(mode === 'seeking', false);
      await this.clock.sleep(this.speed < 1 ? (dt * (1 - this.speed)) / this.speed : 0);
    }
    if (this.mode === 'disposed' || this.mode === 'failed') return;
    this.flush(true);
    this.maybeProgress(mode === 'seeking', true);
    // Paused, and not asked to run again meanwhile: tell the page (else the run just continues).
    const resumes = this.wantRun && this.mode === 'idle' && mode === 'running';
    this.afterChunk(!resumes && (mode === 'seeking' || this.mode === 'idle'));
  }

  /** Runs n steps; returns true when the run must stop (error or divergence). */
  private advance(n: number): boolean {
    if (n <= 0) return false;
    let out;
    try {
      out = this.sim.step(n);
    } catch (e) {
      this.mode = 'failed';
      this.post({ type: 'error', kind: 'step', message: e instanceof Error ? e.message : String(e) });
      return true;
    }
    this.step += n;
    this.pending.push(...out.rows);
    if (out.frame) this.pendingFrame = out.frame;
    const bad = out.rows.find((r) => r[DIVERGED] === 1);
    if (bad) {
      // A diverging core stops advancing: the run ends at the flagged row's step.
      this.step = Math.min(this.step, bad.step);
      this.mode = 'done';
      return true;
    }
    return false;
  }

  private flush(force: boolean): void {
    const now = this.clock.now();
    if (!force && now - this.lastFlush < FLUSH_MS) return;
    if (!this.pending.length && !this.pendingFrame) return;
    this.lastFlush = now;
    this.post({ type: 'rows', rows: this.pending, frame: this.pendingFrame, step: this.step });
    this.pending = [];
    this.pendingFrame = undefined;
  }

  private maybeProgress(seeking: boolean, force: boolean): void {
    const now = this.clock.now();
    if (!force && now - this.lastProgress < PROGRESS_MS) return;
    this.lastProgress = now;
    this.post({ type: 'progress', step: this.step, total: this.total, stepsPerSec: this.rate, seeking });
  }

  private afterChunk(paused: boolean): void {
    if (this.mode === 'disposed' || this.mode === 'failed') return;
    const finished = this.step >= this.total || this.mode === 'done';
    if (finished) {
      this.mode = 'done';
      this.post({ type: 'done', step: this.step });
    } else if (paused) {
      this.mode = 'idle';
      this.post({ type: 'paused', step: this.step });
    }
  }
}
