/**
 * One reactive controller per figure instance: parameter values, the metric rows and the latest
 * frame, run state, pins, corrections. It talks to the simulation only through SimClient.
 *
 *   idle ─Play─▶ loading ─ready─▶ running ⇄ paused ─last step─▶ done
 *     │                    └─(t in link)─▶ seeking ─▶ paused
 *     └─ pins from `cmp` are replayed first, one at a time, each to its end
 *   any ─error─▶ error ─Retry─▶ loading          running ─diverged row─▶ diverged
 */
import { SimClient } from '../../sim/runtime/client';
import type { Backend, FromWorker, WireParams } from '../../sim/runtime/messages';
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

type Next = { kind: 'run' } | { kind: 'seek'; step: number } | { kind: 'step' } | { kind: 'none' };

export class FigureController {
  values = $state<Values>({});
  rows = $state.raw<MetricRow[]>([]);
  frame = $state.raw<Frame | undefined>(undefined);
  status = $state<Status>('idle');
  step = $state(0);
  total = $state(0);
  backend = $state<Backend | null>(null);
  stepsPerSec = $state(0);
  corrections = $state<string[]>([]);
  pins = $state.raw<Pin[]>([]);
  error = $state<string | null>(null);
  speed = $state(1);
  /** True once the reader (or a link) has driven the figure: autoplay then stays out of the way. */
  touched = false;

  private client: SimClient;
  private next: Next = { kind: 'none' };
  private pinQueue: Values[] = [];
  private restoring: Values | null = null;
  private lastGood: Values;
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
    this.pinQueue = st.cmp.map((p) => ({ ...(p as Values) }));
    this.touched = true;
    this.restart(st.t !== null ? { kind: 'seek', step: st.t } : { kind: 'run' });
    return { t: st.t, hasState };
  }

  get wire(): WireParams {
    return { ...this.values };
  }

  play(): void {
    this.touched = true;
    if (this.spec.instant) return this.restart({ kind: 'seek', step: Number.MAX_SAFE_INTEGER });
    if (this.status === 'done' || this.status === 'diverged' || this.status === 'error' || this.loaded !== this.key(this.values)) {
      this.restart({ kind: 'run' });
    } else if (this.status === 'paused' || this.status === 'idle') {
      this.status = 'running';
      this.client.play(this.speed);
    }
  }

  pause(): void {
    this.touched = true;
    if (this.status === 'running' || this.status === 'seeking' || this.status === 'loading') {
      this.next = { kind: 'none' };
      this.client.pause();
      if (this.status === 'loading') this.status = 'paused';
    }
  }

  stepOnce(): void {
    this.touched = true;
    if (this.loaded !== this.key(this.values) || this.status === 'done' || this.status === 'error') this.restart({ kind: 'step' });
    else if (this.status === 'paused' || this.status === 'idle') this.client.stepBy(this.stepSize());
  }

  reset(): void {
    this.touched = true;
    this.values = defaultsOf(this.schema) as Values;
    this.restart({ kind: 'none' });
  }

  setSpeed(s: number): void {
    this.speed = s;
    if (this.status === 'running') this.client.play(s);
  }

  /** A slider moved: restart from step 0 (instant figures run straight to the end). */
  setValue(key: string, v: number | string | boolean): void {
    this.touched = true;
    this.values = { ...this.values, [key]: v };
    this.restart(this.spec.instant ? { kind: 'seek', step: Number.MAX_SAFE_INTEGER } : { kind: 'run' });
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
      cmp: this.pins.map((p) => p.values),
    });
  }

  summary(): string {
    const last = this.rows[this.rows.length - 1];
    if (!last) return 'No training steps run yet.';
    const parts = this.spec.summaryKeys.map((k, i) => `${this.spec.summaryLabels?.[i] ?? k} ${fmt(last[k])}`);
    return `After ${last.step} steps: ${parts.join(', ')}.`;
  }

  /** The figure scrolled out of view or the page is going away. */
  suspend(): boolean {
    const wasRunning = this.status === 'running';
    if (wasRunning) {
      this.client.pause();
    }
    return wasRunning;
  }

  destroy(): void {
    this.client.terminate();
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

  /** Starts the Worker on the next pinned run to restore, or on the current values. */
  private restart(next: Next): void {
    this.next = next;
    this.error = null;
    this.rows = [];
    this.frame = undefined;
    this.step = 0;
    this.restoring = this.pinQueue.shift() ?? null;
    const v = this.restoring ?? this.values;
    this.loaded = this.restoring ? null : this.key(v);
    this.loadedSnapshot = { ...v };
    this.status = next.kind === 'none' ? 'idle' : 'loading';
    if (next.kind === 'none' && !this.restoring) {
      this.loaded = null;
      return;
    }
    this.client.start(this.spec.sim, { ...v });
  }

  private onMessage(m: FromWorker): void {
    switch (m.type) {
      case 'ready':
        this.backend = m.backend;
        this.total = m.totalSteps;
        if (this.restoring) return this.client.seek(m.totalSteps);
        if (this.next.kind === 'run') {
          this.status = 'running';
          this.client.play(this.speed);
        } else if (this.next.kind === 'seek') {
          this.status = 'seeking';
          this.client.seek(Math.min(this.next.step, m.totalSteps));
        } else if (this.next.kind === 'step') {
          this.status = 'paused';
          this.client.stepBy(this.stepSize());
        }
        return;
      case 'rows':
        if (this.restoring) {
          this.rows = this.rows.concat(m.rows);
          return;
        }
        this.rows = this.rows.concat(m.rows);
        if (m.frame) this.frame = m.frame;
        this.step = m.step;
        if (m.rows.some((r) => r[DIVERGED] === 1)) this.status = 'diverged';
        return;
      case 'progress':
        this.stepsPerSec = m.stepsPerSec;
        if (!this.restoring) this.step = m.step;
        return;
      case 'paused':
        this.step = m.step;
        if (this.status !== 'diverged') this.status = 'paused';
        return;
      case 'done':
        if (this.restoring) {
          this.pins = [...this.pins, { label: this.pinLabel(this.restoring), values: this.restoring, rows: this.rows }];
          return this.restart(this.next);
        }
        this.step = m.step;
        if (this.status !== 'diverged') {
          this.status = 'done';
          this.lastGood = { ...this.loadedSnapshot };
        }
        return;
      case 'error':
        this.status = 'error';
        this.error = m.message;
        this.restoring = null;
        return;
    }
  }
}
