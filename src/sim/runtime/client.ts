/**
 * Main-thread side of the simulation Worker. The Worker (and with it tfjs) is created only when
 * a run starts, so a page ships no simulation code until the reader presses Play or the figure
 * autoplays in view. Replies from a replaced run are dropped by run number.
 */
import type { AfterStart, BackendRequest, FromWorker, ToWorker, WireParams } from './messages';

export type ClientEvent = FromWorker;

export class SimClient {
  private worker: Worker | null = null;
  private run = 0;

  constructor(private readonly onMessage: (m: FromWorker) => void) {}

  /**
   * Starts (or restarts) `sim` with `params`; the Worker answers `ready`, then runs or seeks as
   * `then` says (unless paused meanwhile), or waits for run/seek.
   */
  start(sim: string, params: WireParams, backend: BackendRequest = 'auto', then?: AfterStart): void {
    this.run += 1;
    this.send({ type: 'start', run: this.run, sim, params, backend, ...(then ? { then } : {}) });
  }

  play(speed = 1): void {
    this.send({ type: 'run', speed });
  }

  pause(): void {
    if (this.worker) this.send({ type: 'pause' });
  }

  /** Pauses and forgets the current run: its replies still in flight are dropped. */
  stop(): void {
    this.pause();
    this.run += 1;
  }

  /** When the Worker last said anything (performance.now()); see ping. */
  lastHeard = 0;

  heard(): void {
    this.lastHeard = performance.now();
  }

  /** Asks a live Worker for a `pong` (answered even mid-load): the figure's watchdog. */
  ping(): void {
    if (this.worker) this.send({ type: 'ping' });
  }

  seek(step: number): void {
    this.send({ type: 'seek', step });
  }

  stepBy(steps: number): void {
    this.send({ type: 'step', steps });
  }

  /** Ends the Worker (and frees its memory); the next start creates a fresh one. */
  terminate(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  get started(): boolean {
    return this.worker !== null;
  }

  private send(m: ToWorker): void {
    this.ensureWorker().postMessage(m);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'sim' });
    w.onmessage = (ev: MessageEvent<FromWorker>) => {
      this.heard();
      if (ev.data.type !== 'pong' && ev.data.run === this.run) this.onMessage(ev.data);
    };
    // A Worker that fails to load or dies: report it as data so the figure can offer Retry.
    w.onerror = (ev) => {
      ev.preventDefault();
      this.terminate();
      this.onMessage({
        type: 'error',
        kind: 'worker',
        message: ev.message || 'The simulation worker stopped.',
        run: this.run,
      });
    };
    this.worker = w;
    this.heard();
    return w;
  }
}
