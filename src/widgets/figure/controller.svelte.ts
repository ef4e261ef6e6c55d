/**
 * One reactive controller per figure instance: parameter values, the metric rows and the latest
 * frame, run state, pins, corrections. It talks to the simulation only through SimClient.
 *
 *   idle ─Play─▶ loading ─ready─▶ running ⇄ paused ─last step─▶ done
 *                          └─(t in link)─▶ seeking ─▶ paused (or running, if Play came meanwhile)
 *   any ─error─▶ error ─Retry─▶ loading          running ─diverged row─▶ diverged
 *
 * Play is idempotent: whatever the state (loading, seeking, autoplaying), it ends in a running
 * figure. Pinned runs from a link (`cmp`) are replayed by a second, short-lived client, so they
 * never hold up the run the reader sees.
 */
import { SimClient } from '../../sim/runtime/client';
import type {
  AfterStart,
  Backend,
  BackendRequest,
  FallbackReason,
  FromWorker,
  WireParams,
} from '../../sim/runtime/messages';
import type { FigureSpec } from '../../sim/runtime/figure';
import type { ParamSchema } from '../../sim/runtime/params';
import { defaultsOf } from '../../sim/runtime/params';
import type { Frame, MetricRow } from '../../sim/runtime/types';
import { DIVERGED } from '../../sim/runtime/types';
import { decodeFigureState, encodeFigureState, MAX_PINS, type Values } from '../../lib/permalink/codec';
import { fmt } from '../../lib/charts/panel';

export type Status = 'idle' | 'loading' | 'running' | 'paused' | 'seeking' | 'done' | 'error' | 'diverged';

export interface Pin {
  label: string;
  values: Values;
  rows: MetricRow[];
}

/** Shortest interval between two updates of what the figure shows while it trains (ms). */
const COMMIT_MS = 100;
/**
 * A Worker that closes itself (or is killed by the browser) sends no error event: while the figure
 * is busy it is pinged every PING_MS, and silence for longer than SILENT_MS counts as a failure.
 */
const PING_MS = 2000;
const SILENT_MS = 10_000;
/** A pinned run from a link replays to its last step (the Worker clamps the seek to the run). */
const TO_END: AfterStart = { kind: 'seek', step: Number.MAX_SAFE_INTEGER };

type Next = { kind: 'run' } | { kind: 'seek'; step: number; fromLink?: boolean } | { kind: 'step' } | { kind: 'none' };

/** `?fl-backend=cpu` forces the cpu backend (documented in src/sim/runtime/README.md). */
export function backendRequest(search: string): BackendRequest {
  try {
    return new URLSearchParams(search).get('fl-backend') === 'cpu' ? 'cpu' : 'auto';
  } catch {
    return 'auto';
  }
}

export class FigureController {
  values = $state<Values>({});
  rows = $state.raw<MetricRow[]>([]);
  frame = $state.raw<Frame | undefined>(undefined);
  status = $state<Status>('idle');
  step = $state(0);
  total = $state(0);
  backend = $state<Backend | null>(null);
  fallback = $state<FallbackReason | null>(null);
  stepsPerSec = $state(0);
  corrections = $state<string[]>([]);
  pins = $state.raw<Pin[]>([]);
  error = $state<string | null>(null);
  speed = $state(1);
  /** Pinned runs from a link still being replayed (shown in the pins row). */
  pinsPending = $state(0);
  /** True once the reader (or a link) has driven the figure: autoplay then stays out of the way. */
  touched = false;
  /** The current run was started by autoplay (the reader has not pressed anything since). */
  autoplayed = false;
  /** Called whenever the run starts or stops occupying the Worker (the autoplay coordinator listens). */
  onBusyChange: () => void = () => {};
  backendRequest: BackendRequest = 'auto';

  private client: SimClient;
  private next: Next = { kind: 'none' };
  /** After a seek (link with `t`) finishes: pause there, or run on (Play pressed meanwhile). */
  private afterSeek: 'pause' | 'run' = 'pause';
  private pinClient: SimClient | null = null;
  private pinQueue: Values[] = [];
  private pinRows: MetricRow[] = [];
  /** Rows, frame and step received but not yet shown (see commitSoon). */
  private inbox: { rows: MetricRow[]; frame?: Frame; step: number } | null = null;
  private commitTimer: ReturnType<typeof setTimeout> | null = null;
  private lastCommit = -Infinity;
  private lastGood: Values;
  /** Pause was asked of a running Worker: the status says paused once its last rows are in. */
  private pausing = false;
  private watchdog: ReturnType<typeof setInterval> | null = null;
  /** The params of the run currently loaded in the Worker (null: none). */
  private loaded: string | null = null;
  private loadedSnapshot: Values = {};

  constructor(
    readonly spec: FigureSpec,
    readonly schema: ParamSchema,
    readonly ns: string,
  ) {
    this.values = defaultsOf(schema) as Values;
    this.lastGood = { ...this.values };
    this.client = new SimClient((m) => this.onMessage(m));
  }

  /** Applies a query string (page load or a prose link): values, pins, and `t`. */
  applySearch(search: string): { t: number | null; hasState: boolean } {
    const st = decodeFigureState(this.schema, search, this.ns);
    const hasState = [...new URLSearchParams(search).keys()].some((k) => k.startsWith(`${this.ns}.`));
    if (!hasState) return { t: null, hasState };
    this.values = st.values as Values;
    this.corrections = st.corrections;
    this.pins = [];
    this.touched = true;
    this.autoplayed = false;
    this.restart(st.t !== null ? { kind: 'seek', step: st.t, fromLink: true } : { kind: 'run' });
    this.replayPins(st.cmp.map((p) => ({ ...(p as Values) })));
    return { t: st.t, hasState };
  }

  get wire(): WireParams {
    return { ...this.values };
  }

  /** The reader's Play: always ends in a running figure, whatever the state it finds. */
  play(): void {
    this.touched = true;
    this.autoplayed = false;
    this.run();
  }

  /** Autoplay (in view, motion allowed): a run the reader did not ask for, so it yields to theirs. */
  autoplay(): void {
    this.run();
    this.autoplayed = true;
  }

  private run(): void {
    const stale = this.loaded !== this.key(this.values);
    if (
      this.status === 'done' ||
      this.status === 'diverged' ||
      this.status === 'error' ||
      (stale && this.status !== 'loading')
    ) {
      this.restart({ kind: 'run' });
    } else if (this.status === 'loading') {
      this.next = { kind: 'run' }; // the Worker is still starting: run as soon as it is ready
    } else if (this.status === 'seeking') {
      this.afterSeek = 'run'; // replaying a link to t: carry on from there
    } else if (this.status === 'paused' || this.status === 'idle') {
      this.setStatus('running');
      this.client.play(this.speed);
    } else if (this.status === 'running' && this.pausing) {
      this.pausing = false; // Play again before the Worker confirmed the pause: it runs on
      this.client.play(this.speed);
    }
  }

  pause(): void {
    this.touched = true;
    this.autoplayed = false;
    this.halt();
  }

  /** The reader chose another figure: stop this autoplaying one (it stays untouched). */
  yieldTo(): void {
    this.halt();
  }

  private halt(): void {
    if (this.status === 'running' || this.status === 'seeking' || this.status === 'loading') {
      this.next = { kind: 'none' };
      this.afterSeek = 'pause';
      this.client.pause();
      // A running Worker still has rows in flight: say "paused" only when they are in (the
      // `paused` reply), so what a Share or CSV export captures is exactly the state at that step.
      if (this.status === 'running') this.pausing = true;
      else if (this.status === 'loading') this.setStatus('paused');
    }
  }

  /** Occupies a core: loading, training or replaying. */
  get busy(): boolean {
    return this.status === 'loading' || this.status === 'running' || this.status === 'seeking';
  }

  stepOnce(): void {
    this.touched = true;
    if (this.loaded !== this.key(this.values) || this.status === 'done' || this.status === 'error')
      this.restart({ kind: 'step' });
    else if (this.status === 'paused' || this.status === 'idle') this.client.stepBy(this.stepSize());
  }

  reset(): void {
    this.touched = true;
    this.autoplayed = false;
    this.values = defaultsOf(this.schema) as Values;
    this.restart({ kind: 'none' });
  }

  setSpeed(s: number): void {
    this.speed = s;
    if (this.status === 'running') this.client.play(s);
  }

  /**
   * A slider moved: restart from step 0. Instant (analytic) figures too: they run flat out, and
   * stream their rows as they come, so a slow sweep shows its first points at once.
   */
  setValue(key: string, v: number | string | boolean): void {
    this.touched = true;
    this.autoplayed = false;
    this.values = { ...this.values, [key]: v };
    this.restart({ kind: 'run' });
  }

  backToLastGood(): void {
    this.values = { ...this.lastGood };
    this.restart({ kind: 'run' });
  }

  retry(): void {
    this.client.terminate();
    this.loaded = null;
    this.restart({ kind: 'run' });
  }

  pin(): void {
    if (!this.rows.length) return;
    const label = this.pinLabel(this.values);
    this.pins = [...this.pins, { label, values: { ...this.values }, rows: this.rows }].slice(-MAX_PINS);
  }

  unpin(i: number): void {
    this.pins = this.pins.filter((_, j) => j !== i);
  }

  dismissCorrections(): void {
    this.corrections = [];
  }

  /** URL entries: `full` for Share (every key, `v`, and `t` = the current step). */
  entries(full: boolean): [string, string][] {
    return encodeFigureState(this.schema, this.values, this.ns, {
      full,
      version: this.spec.version ?? 1,
      t: full && this.step > 0 ? this.step : null,
      // Pins still replaying from the link the page was opened with are part of the state too:
      // a Share or CSV made before they land must not drop them.
      cmp: [...this.pins.map((p) => p.values), ...this.pinQueue].slice(-MAX_PINS),
    });
  }

  summary(): string {
    const last = this.rows[this.rows.length - 1];
    if (!last) return 'No training steps run yet.';
    const parts = this.spec.summaryKeys.map((k, i) => `${this.spec.summaryLabels?.[i] ?? k} ${fmt(last[k])}`);
    return `After ${last.step} steps: ${parts.join(', ')}.`;
  }

  /**
   * The figure scrolled out of view: pause a training run; returns whether it was running (to
   * resume in view). A replay to a link's `t` carries on: the reader asked for that state.
   */
  suspend(): boolean {
    const wasRunning =
      (this.status === 'running' && !this.pausing) || (this.status === 'loading' && this.next.kind === 'run');
    if (wasRunning) this.halt();
    return wasRunning;
  }

  destroy(): void {
    this.stopWatchdog();
    this.client.terminate();
    this.pinClient?.terminate();
  }

  private stepSize(): number {
    return Math.max(1, Math.round(this.total / 100));
  }

  private key(v: Values): string {
    return JSON.stringify(Object.keys(this.schema).map((k) => v[k]));
  }

  private pinLabel(v: Values): string {
    const d = defaultsOf(this.schema) as Values;
    const diff = Object.keys(this.schema).filter((k) => k !== 'seed' && v[k] !== d[k]);
    const keys = diff.length ? diff.slice(0, 3) : Object.keys(this.schema).slice(0, 1);
    return keys.map((k) => `${this.schema[k].label.split(' ').pop()} ${fmt(v[k] as number)}`).join(', ');
  }

  private setStatus(st: Status): void {
    const was = this.busy;
    this.status = st;
    if (st !== 'running') this.pausing = false;
    if (was === this.busy) return;
    if (this.busy) this.startWatchdog();
    else {
      this.stopWatchdog();
      this.startPinReplay();
    }
    this.onBusyChange();
  }

  private startWatchdog(): void {
    this.stopWatchdog();
    this.client.heard();
    this.watchdog = setInterval(() => {
      if (performance.now() - this.client.lastHeard > SILENT_MS) {
        this.client.terminate();
        this.loaded = null;
        this.commit();
        this.setStatus('error');
        this.error = 'The simulation stopped responding.';
      } else this.client.ping();
    }, PING_MS);
  }

  private stopWatchdog(): void {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
  }

  /**
   * While training, what arrives from the Worker (rows ≤ 30 messages/s, progress 10/s) is shown
   * at most every COMMIT_MS: each shown update costs the page a style, layout and paint pass, and
   * ten a second read as smooth while leaving the main thread idle most of the time.
   */
  private commitSoon(): void {
    // Leading edge: the first rows after a quiet spell, and a run's first rows and first frame
    // (a slider just moved: its progress message may have been committed a moment before), are
    // shown at once.
    const first = (this.inbox?.rows.length && !this.rows.length) || (this.inbox?.frame && !this.frame);
    if (this.commitTimer && !first) return;
    const wait = this.lastCommit + COMMIT_MS - performance.now();
    if (wait <= 0 || first) this.commit();
    else this.commitTimer = setTimeout(() => this.commit(), wait);
  }

  private commit(): void {
    if (this.commitTimer) clearTimeout(this.commitTimer);
    this.commitTimer = null;
    const inbox = this.inbox;
    this.inbox = null;
    if (!inbox) return;
    this.lastCommit = performance.now();
    if (inbox.rows.length) this.rows = this.rows.concat(inbox.rows);
    if (inbox.frame) this.frame = inbox.frame;
    this.step = inbox.step;
  }

  /** Starts the Worker on the current values (from step 0). */
  private restart(next: Next): void {
    if (this.commitTimer) clearTimeout(this.commitTimer);
    this.commitTimer = null;
    this.inbox = null; // replies of the replaced run are not shown
    this.lastCommit = -Infinity; // the new run's first rows show at once
    this.next = next;
    this.afterSeek = 'pause';
    this.error = null;
    this.rows = [];
    this.frame = undefined;
    this.step = 0;
    if (next.kind === 'none') {
      this.loaded = null;
      this.client.stop(); // and drop its replies still in flight (they would show the old step)
      return this.setStatus('idle');
    }
    this.loaded = this.key(this.values);
    this.loadedSnapshot = { ...this.values };
    this.setStatus('loading');
    // The Worker runs or seeks as soon as it is ready (a Pause before then cancels it).
    const then: AfterStart | undefined =
      next.kind === 'run'
        ? { kind: 'run', speed: this.speed }
        : next.kind === 'seek'
          ? { kind: 'seek', step: next.step }
          : undefined;
    this.client.start(this.spec.sim, { ...this.values }, this.backendRequest, then);
  }

  /**
   * Queues the link's pinned runs. They are replayed to their ends on a second client, one after
   * another, once the main run stops occupying a core (paused at `t`, done…): they never delay the
   * run the reader sees, and two Workers never train at once for one figure. A pin that fails is
   * dropped with a notice.
   */
  private replayPins(queue: Values[]): void {
    this.pinClient?.terminate();
    this.pinClient = null;
    this.pinQueue = queue;
    this.pinsPending = queue.length;
    if (!this.busy) this.startPinReplay();
  }

  private startPinReplay(): void {
    if (this.pinClient || !this.pinQueue.length) return;
    const client: SimClient = new SimClient((m) => {
      if (client !== this.pinClient) return;
      if (m.type === 'ready')
        this.pinRows = []; // the Worker replays to the end on its own
      else if (m.type === 'rows') this.pinRows = this.pinRows.concat(m.rows);
      else if (m.type === 'done' || m.type === 'paused' || m.type === 'error') {
        const v = this.pinQueue.shift()!;
        if (m.type === 'error')
          this.corrections = [
            ...this.corrections,
            `A pinned run (${this.pinLabel(v)}) could not be replayed: ${m.message}`,
          ];
        else this.pins = [...this.pins, { label: this.pinLabel(v), values: v, rows: this.pinRows }].slice(-MAX_PINS);
        this.pinsPending = this.pinQueue.length;
        if (this.pinQueue.length) client.start(this.spec.sim, { ...this.pinQueue[0] }, this.backendRequest, TO_END);
        else {
          client.terminate();
          this.pinClient = null;
        }
      }
    });
    this.pinClient = client;
    client.start(this.spec.sim, { ...this.pinQueue[0] }, this.backendRequest, TO_END);
  }

  private onMessage(m: FromWorker): void {
    switch (m.type) {
      case 'ready':
        this.backend = m.backend;
        this.fallback = m.fallback ?? null;
        this.total = m.totalSteps;
        if (this.next.kind === 'run') {
          // Already running (see restart); this only passes on a speed changed while it loaded.
          this.setStatus('running');
          this.client.play(this.speed);
        } else if (this.next.kind === 'seek') {
          if (this.next.fromLink && this.next.step > m.totalSteps)
            this.corrections = [
              ...this.corrections,
              `${this.ns}.t (training step): ${this.next.step} is beyond this run’s ${m.totalSteps} steps; showing the end.`,
            ];
          this.setStatus('seeking'); // the Worker seeks on its own (see restart), clamped to the run
        } else if (this.next.kind === 'step') {
          this.setStatus('paused');
          this.client.stepBy(this.stepSize());
        }
        this.next = { kind: 'none' };
        return;
      case 'rows': {
        const inbox = (this.inbox ??= { rows: [], step: this.step });
        inbox.rows.push(...m.rows);
        if (m.frame) inbox.frame = m.frame;
        inbox.step = m.step;
        if (m.rows.some((r) => r[DIVERGED] === 1)) {
          this.commit();
          this.setStatus('diverged');
        } else this.commitSoon();
        return;
      }
      case 'progress':
        this.stepsPerSec = m.stepsPerSec;
        (this.inbox ??= { rows: [], step: this.step }).step = m.step;
        this.commitSoon();
        return;
      case 'paused':
        this.commit();
        this.step = m.step;
        if (this.status === 'seeking' && this.afterSeek === 'run') {
          this.afterSeek = 'pause';
          this.setStatus('running');
          this.client.play(this.speed);
        } else if (this.status !== 'diverged' && (this.status !== 'running' || this.pausing)) this.setStatus('paused');
        return;
      case 'done':
        this.commit();
        this.step = m.step;
        if (this.status !== 'diverged') {
          this.setStatus('done');
          this.lastGood = { ...this.loadedSnapshot };
        }
        return;
      case 'error':
        this.commit();
        this.setStatus('error');
        this.error = m.message;
        return;
    }
  }
}
