/**
 * Turning a run into poster.json: rows downsampled to at most MAX_ROWS (always keeping the first
 * and last, markers and divergence flags), typed arrays in the last frame as plain arrays with
 * 4 significant digits (the poster is a picture; the live run has the exact numbers).
 */
import type { FigureSpec } from '../../sim/runtime/figure';
import type { Frame, MetricRow } from '../../sim/runtime/types';
import { DIVERGED } from '../../sim/runtime/types';
import type { Poster } from './validate';

export const MAX_ROWS = 400;

const round = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(4)) : null);

export function downsample(spec: FigureSpec, rows: MetricRow[], max = MAX_ROWS): MetricRow[] {
  if (rows.length <= max) return rows;
  const keep = new Set<number>([0, rows.length - 1]);
  const markerKeys = spec.panels.flatMap((p) => (p.kind === 'line' && p.markers ? [p.markers.key] : []));
  rows.forEach((r, i) => {
    if (r[DIVERGED] === 1 || markerKeys.some((k) => r[k])) keep.add(i);
  });
  const stride = rows.length / (max - keep.size);
  for (let j = 0; keep.size < max && j * stride < rows.length; j++) keep.add(Math.floor(j * stride));
  return [...keep].sort((a, b) => a - b).map((i) => rows[i]);
}

function plain(v: unknown): unknown {
  if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>, round);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

export function posterJson(
  spec: FigureSpec,
  params: Record<string, unknown>,
  rows: MetricRow[],
  frame: Frame | undefined,
  totalSteps: number,
): Poster {
  const rs = downsample(spec, rows).map(
    (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'step' ? v : round(v)])) as MetricRow,
  );
  return { params, rows: rs, frame: plain(frame) as Frame | undefined, totalSteps };
}
