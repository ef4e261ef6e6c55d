/**
 * The messages between a figure (main thread) and the generic simulation Worker (DESIGN.md §4),
 * as one discriminated union each way so both sides are checked by the compiler.
 *
 *   main ──start──▶ worker ──ready {backend}──▶ main
 *   main ──run────▶ worker ──rows* / progress* ──▶ … ──done──▶ main
 *   main ──start {then: run | seek}──▶ worker ──ready──▶ rows… (no round trip through the page)
 *   main ──pause──▶ worker (stops after the current ~10 ms chunk)
 *   main ──seek───▶ worker ──progress* ──▶ rows (all at once) ──▶ paused at the step
 *   anything that throws ──▶ error {kind, message}; the figure offers Retry.
 */
import type { Frame, MetricRow } from './types';

/** Plain param values as they cross the Worker boundary (numbers, strings, booleans). */
export type WireParams = Record<string, number | string | boolean>;

export type ToWorker =
  /** `run` numbers the run: every reply carries it, so replies from a replaced run are dropped. */
  | { type: 'start'; run: number; sim: string; params: WireParams; backend?: BackendRequest; then?: AfterStart }
  /** speed in (0, 1]: the fraction of wall time the Worker spends stepping (1 = flat out). */
  | { type: 'run'; speed?: number }
  | { type: 'pause' }
  /** Advance (without posting rows) up to `step`, reporting progress; then post every row at once and pause. */
  | { type: 'seek'; step: number }
  /** Advance exactly `steps` optimisation steps (the Step button), then pause. */
  | { type: 'step'; steps: number }
  | { type: 'dispose' }
  /** Are you there? Answered with `pong` at once, whatever the Worker is doing. */
  | { type: 'ping' };

/**
 * What the Worker does as soon as the run is ready, unless a `pause` arrives first. Saves the
 * ready → run (or seek) round trip through the page, whose main thread may be busy (drawing the
 * previous run after a slider moved, or hydrating while a permalink's page loads).
 */
export type AfterStart = { kind: 'run'; speed: number } | { kind: 'seek'; step: number };

/**
 * 'auto' = wasm (SIMD when available) falling back to cpu; 'cpu' forces the fallback. The page
 * asks for 'cpu' when its address has `fl-backend=cpu` (see README: testing the fallback).
 */
export type BackendRequest = 'auto' | 'cpu';

/** Why the cpu backend runs instead of wasm (shown in the status line as "cpu (fallback)"). */
export type FallbackReason = 'forced' | 'no-webassembly' | 'wasm-failed';

/** What actually runs: 'js' for cores that do not use tfjs. */
export type Backend = 'wasm' | 'wasm-simd' | 'cpu' | 'js';

export type ErrorKind = 'unknown-sim' | 'backend' | 'create' | 'step' | 'worker';

export type FromWorker = FromWorkerBody & { run: number };

export type FromWorkerBody =
  | { type: 'ready'; backend: Backend; totalSteps: number; fallback?: FallbackReason }
  | { type: 'rows'; rows: MetricRow[]; frame?: Frame; step: number }
  | { type: 'progress'; step: number; total: number; stepsPerSec: number; seeking: boolean }
  | { type: 'paused'; step: number }
  | { type: 'done'; step: number }
  | { type: 'error'; kind: ErrorKind; message: string }
  | { type: 'pong' };
