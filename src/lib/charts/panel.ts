/** One entry point for every panel kind: spec + rows + latest frame → scene nodes. */
import type { Panel, ReadoutPanel } from '../../sim/runtime/figure';
import type { Frame, MetricRow, PanelData } from '../../sim/runtime/types';
import { barsScene, curvesScene, heatmapScene, pointsScene, simplexScene, type View3D } from './frames';
import { headerNodes } from './axes';
import { lineScene, type PinnedRun } from './line';
import { PANEL, type SceneNode, type Size } from './scene';
import { FG, MUTED } from './theme';

export interface PanelInput {
  rows: MetricRow[];
  frame?: Frame;
  pins?: PinnedRun[];
  size?: Size;
  view?: View3D;
}

/**
 * Formats a metric value for read-outs and summaries (deterministic, locale-free).
 * `digits` is the number of significant digits; 0 rounds to a whole number (counts, budgets).
 */
export function fmt(v: number | undefined, digits = 3): string {
  if (v === undefined || !Number.isFinite(v)) return '–';
  if (digits <= 0) return String(Math.round(v));
  if (v !== 0 && (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3)) return v.toExponential(2);
  return String(Number(v.toPrecision(Math.min(digits, 21))));
}

function readoutScene(panel: ReadoutPanel, rows: MetricRow[], size: Size): SceneNode[] {
  const last = rows[rows.length - 1];
  const head = headerNodes(panel.title, [], size);
  const nodes = [...head.nodes];
  panel.items.forEach((it, i) => {
    const y = head.height + 16 + i * 20;
    nodes.push({ tag: 'text', key: `rk${i}`, attrs: { x: 10, y, style: `fill:${MUTED}` }, text: it.label });
    nodes.push({
      tag: 'text',
      key: `rv${i}`,
      attrs: { x: size.width - 12, y, 'text-anchor': 'end', style: `fill:${FG};font-weight:600` },
      text: fmt(last?.[it.key], it.digits ?? 3),
    });
  });
  return nodes;
}

function placeholder(title: string, size: Size): SceneNode[] {
  return [
    ...headerNodes(title, [], size).nodes,
    {
      tag: 'text',
      key: 'empty',
      attrs: { x: size.width / 2, y: size.height / 2, 'text-anchor': 'middle', style: `fill:${MUTED}` },
      text: 'no data yet',
    },
  ];
}

/**
 * A panel's drawing size (its viewBox): PANEL for charts; a read-out is as tall as its items, so a
 * column of four numbers does not take a whole chart's height.
 */
export function panelSize(panel: Panel): Size {
  if (panel.kind === 'readout')
    return { width: PANEL.width, height: Math.min(PANEL.height, 22 + 16 + panel.items.length * 20) };
  return PANEL;
}

export function panelScene(panel: Panel, input: PanelInput): SceneNode[] {
  const size = input.size ?? panelSize(panel);
  if (panel.kind === 'line') return lineScene(panel, input.rows, input.pins ?? [], size).nodes;
  if (panel.kind === 'readout') return readoutScene(panel, input.rows, size);
  const d: PanelData | undefined = input.frame?.[panel.id];
  if (!d || d.kind !== panel.kind) return placeholder(panel.title, size);
  switch (d.kind) {
    case 'points':
      return pointsScene(panel, d, size, input.view);
    case 'heatmap': {
      const o = panel.overlay ? input.frame?.[panel.overlay] : undefined;
      return heatmapScene(panel, d, size, o?.kind === 'points' ? o : undefined);
    }
    case 'bars':
      return barsScene(panel, d, size);
    case 'curves':
      return curvesScene(panel, d, size);
    case 'simplex':
      return simplexScene(panel, d, size);
  }
}
