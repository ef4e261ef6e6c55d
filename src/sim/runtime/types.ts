/**
 * The contract between simulation cores, the Worker runtime and figures (DESIGN.md §3).
 * Cores return plain numbers and typed arrays, never tensors.
 */
import type { Rng } from './rng';
import type { ParamSchema, ParamValues } from './params';

/** The tfjs namespace a core receives (core + gradients + a backend, or the union in Node). */
export type TF = typeof import('@tensorflow/tfjs-core');

/** One row of metrics; `step` is the optimisation step after which it was measured. */
export type MetricRow = { step: number } & Record<string, number>;

/**
 * Data for non-line panels, keyed by panel id in the figure spec. A core sends a frame
 * when its picture changes (not necessarily every step); the latest frame is what is drawn.
 */
export type PanelData =
  | {
      kind: 'points';
      /** Coordinates; `z` present means points on/in 3-D (drawn as a rotatable projection). */
      x: Float32Array;
      y: Float32Array;
      z?: Float32Array;
      /** Group (e.g. class) index per point, coloured by the palette. */
      group?: Uint8Array;
      groupLabels?: string[];
      /** Optional arrows/segments: flat [x0,y0,x1,y1,...]. */
      segments?: Float32Array;
      /** Optional group per segment (one entry per 4 numbers of `segments`): the segment is drawn in
       * that group's colour instead of the muted one, so several trajectories read as coloured paths. */
      segmentGroup?: Uint8Array;
    }
  | {
      kind: 'heatmap';
      rows: number;
      cols: number;
      /** Row-major, row 0 drawn at the top. */
      values: Float32Array;
      rowLabels?: string[];
      colLabels?: string[];
      /** Data coordinates the grid covers, [xMin, xMax, yMin, yMax] (for an overlay of points). */
      extent?: [number, number, number, number];
    }
  | { kind: 'bars'; labels: string[]; series: { label: string; values: Float32Array }[] }
  | {
      kind: 'curves';
      x: Float32Array;
      series: { label: string; y: Float32Array }[];
      markers?: { x: number; label: string }[];
    }
  | { kind: 'simplex'; corners: [string, string, string]; trajectories: { label: string; points: Float32Array }[] };

export type Frame = Record<string, PanelData>;

export interface StepResult {
  /** New metric rows since the last call (may be empty, e.g. when evaluating every k steps). */
  rows: MetricRow[];
  frame?: Frame;
}

export interface Sim {
  /**
   * Advance n optimisation steps (or fewer at the end of the run). Which steps emit rows and
   * frames must depend only on the absolute step index, never on n: the Worker chunks runs
   * differently live and on permalink replay, and both must give byte-identical rows.
   */
  step(n: number): StepResult;
  /** The run's natural length (progress bar). The run is done when step reaches it. */
  readonly totalSteps: number;
  /** Frees every tensor and optimiser the core made. */
  dispose(): void;
}

export interface SimEnv {
  /** Present only for cores whose module sets `usesTf = true`. */
  tf: TF;
  rng: Rng;
  /**
   * Reads a binary asset shipped in `public/data/<name>` (fetched in the browser, read from disk
   * in Node). For data sets such as the MNIST subset.
   */
  loadAsset(name: string): Promise<Uint8Array>;
}

/**
 * What every `src/sim/<id>/sim.ts` exports. The Worker loads it lazily by id; tests and
 * `npm run posters` import it directly.
 */
export interface SimModule<S extends ParamSchema = ParamSchema> {
  params: S;
  /** True when the core trains with tfjs (the Worker then loads tfjs before createSim). */
  usesTf: boolean;
  createSim(p: ParamValues<S>, env: SimEnv): Sim | Promise<Sim>;
  /** Has the run shown its phenomenon yet? (used by the benchmark's time-to-phenomenon) */
  reached(rows: MetricRow[]): boolean;
}

/** A divergence flag a core puts in a row (value 1) when the loss is NaN or exploding. */
export const DIVERGED = 'diverged';
