/**
 * Trajectories drawn as trajectories: a bounded-memory path recorder and a builder that turns
 * several named paths (plus optional static outlines, e.g. a constraint box) into one 'points'
 * PanelData whose segments carry their path's colour (`segmentGroup`).
 */
import type { PanelData } from '../runtime/types';

/**
 * Records (x, y) pairs and keeps at most `cap` of them by thinning: when full, every other stored
 * point is dropped and the recording stride doubles. What is kept depends only on how many points
 * were pushed, never on when a frame is drawn, so chunked and unchunked runs draw the same path.
 */
export class PathRecorder {
  readonly xs: number[] = [];
  readonly ys: number[] = [];
  private stride = 1;
  private count = 0;
  private lastX = NaN;
  private lastY = NaN;

  constructor(private readonly cap = 160) {}

  push(x: number, y: number): void {
    this.lastX = x;
    this.lastY = y;
    if (this.count++ % this.stride !== 0) return;
    this.xs.push(x);
    this.ys.push(y);
    if (this.xs.length >= this.cap) {
      for (let i = 0, j = 0; i < this.xs.length; i += 2, j++) {
        this.xs[j] = this.xs[i];
        this.ys[j] = this.ys[i];
      }
      this.xs.length = Math.ceil(this.xs.length / 2);
      this.ys.length = this.xs.length;
      this.stride *= 2;
    }
  }

  /** The stored points plus the latest one (so the path always ends where the iterate is). */
  points(): { xs: number[]; ys: number[] } {
    if (!this.count) return { xs: [], ys: [] };
    const n = this.xs.length;
    if (this.xs[n - 1] === this.lastX && this.ys[n - 1] === this.lastY) return { xs: [...this.xs], ys: [...this.ys] };
    return { xs: [...this.xs, this.lastX], ys: [...this.ys, this.lastY] };
  }
}

export interface NamedPath {
  label: string;
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  /** Draw only the connecting segments' end markers sparsely (every k-th point); default 1. */
  markEvery?: number;
  /** Break the line between consecutive points farther apart than this (e.g. periodic wrap). */
  breakAbove?: number;
}

/** Builds one points panel: each path's points in its group colour, joined by coloured segments. */
export function pathsPanel(paths: NamedPath[]): PanelData {
  const x: number[] = [],
    y: number[] = [],
    group: number[] = [],
    seg: number[] = [],
    segGroup: number[] = [];
  paths.forEach((p, g) => {
    const every = p.markEvery ?? 1;
    for (let i = 0; i < p.xs.length; i++) {
      if (!Number.isFinite(p.xs[i]) || !Number.isFinite(p.ys[i])) continue;
      if (i % every === 0 || i === p.xs.length - 1) {
        x.push(p.xs[i]);
        y.push(p.ys[i]);
        group.push(g);
      }
      if (i > 0 && Number.isFinite(p.xs[i - 1]) && Number.isFinite(p.ys[i - 1])) {
        const far =
          p.breakAbove !== undefined && Math.hypot(p.xs[i] - p.xs[i - 1], p.ys[i] - p.ys[i - 1]) > p.breakAbove;
        if (!far) {
          seg.push(p.xs[i - 1], p.ys[i - 1], p.xs[i], p.ys[i]);
          segGroup.push(g);
        }
      }
    }
  });
  return {
    kind: 'points',
    x: Float32Array.from(x),
    y: Float32Array.from(y),
    group: Uint8Array.from(group),
    groupLabels: paths.map((p) => p.label),
    segments: Float32Array.from(seg),
    segmentGroup: Uint8Array.from(segGroup),
  };
}

/** A closed polygon as a path (e.g. the box ‖x‖∞ ≤ r), for use as an outline in `pathsPanel`. */
export function polygonPath(label: string, corners: [number, number][]): NamedPath {
  const xs = [...corners.map((c) => c[0]), corners[0][0]];
  const ys = [...corners.map((c) => c[1]), corners[0][1]];
  return { label, xs, ys };
}

/** A function sampled on a grid as heatmap values (row 0 at the top = largest y). */
export function gridValues(
  f: (x: number, y: number) => number,
  ext: [number, number, number, number],
  rows: number,
  cols: number,
): Float32Array {
  const v = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const x = ext[0] + ((ext[1] - ext[0]) * (c + 0.5)) / cols;
      const y = ext[3] - ((ext[3] - ext[2]) * (r + 0.5)) / rows;
      v[r * cols + c] = f(x, y);
    }
  return v;
}
