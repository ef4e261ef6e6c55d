/** Axes, grid, title and legend as scene nodes (shared by every cartesian chart). */
import type { ScaleContinuousNumeric } from 'd3';
import { format } from 'd3';
import type { SceneNode, Size } from './scene';
import { textWidth } from './scene';
import { FG, GRID, MUTED } from './theme';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface LegendItem {
  label: string;
  colour: string;
  dashed?: boolean;
  faded?: boolean;
  /** Points-only series show their marker in the legend instead of a line. */
  marker?: 'circle' | 'diamond';
}

const tickFmt = format('~g');
const logFmt = format('.0e');

function ticksOf(scale: ScaleContinuousNumeric<number, number>, log: boolean, count: number): number[] {
  if (!log) return scale.ticks(count);
  // Powers of ten only: log axes with 2,3,5… labels get crowded in 360 px.
  const [a, b] = scale.domain();
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(Math.min(a, b))); e <= Math.floor(Math.log10(Math.max(a, b))); e++)
    out.push(10 ** e);
  return out.length >= 2 ? out : scale.ticks(3);
}

export function label(v: number, log: boolean): string {
  if (log && (v >= 1e4 || v < 1e-2)) return logFmt(v).replace('e+', 'e');
  return tickFmt(v);
}

/** Gridlines, tick labels and axis titles. */
export function axesNodes(
  x: ScaleContinuousNumeric<number, number>,
  y: ScaleContinuousNumeric<number, number>,
  opts: { xLog?: boolean; yLog?: boolean; xLabel?: string; yLabel?: string; size: Size; m: Margins },
): SceneNode[] {
  const { size } = opts;
  const nodes: SceneNode[] = [];
  const [x0, x1] = x.range();
  const [y0, y1] = y.range();
  for (const t of ticksOf(y, !!opts.yLog, 5)) {
    const py = y(t);
    nodes.push({ tag: 'line', key: `gy${t}`, attrs: { x1: x0, x2: x1, y1: py, y2: py, style: `stroke:${GRID}` } });
    nodes.push({
      tag: 'text',
      key: `ty${t}`,
      attrs: { x: x0 - 5, y: py + 3.5, 'text-anchor': 'end', class: 'tick', style: `fill:${MUTED}` },
      text: label(t, !!opts.yLog),
    });
  }
  for (const t of ticksOf(x, !!opts.xLog, 5)) {
    const px = x(t);
    nodes.push({ tag: 'line', key: `gx${t}`, attrs: { x1: px, x2: px, y1: y0, y2: y1, style: `stroke:${GRID}` } });
    nodes.push({
      tag: 'text',
      key: `tx${t}`,
      attrs: { x: px, y: y0 + 14, 'text-anchor': 'middle', class: 'tick', style: `fill:${MUTED}` },
      text: label(t, !!opts.xLog),
    });
  }
  nodes.push({ tag: 'line', key: 'xaxis', attrs: { x1: x0, x2: x1, y1: y0, y2: y0, style: `stroke:${MUTED}` } });
  if (opts.xLabel)
    nodes.push({
      tag: 'text',
      key: 'xlabel',
      attrs: {
        x: (x0 + x1) / 2,
        y: size.height - 6,
        'text-anchor': 'middle',
        class: 'axis-label',
        style: `fill:${FG}`,
      },
      text: opts.xLabel,
    });
  if (opts.yLabel)
    nodes.push({
      tag: 'text',
      key: 'ylabel',
      attrs: {
        x: -(y0 + y1) / 2,
        y: 12,
        transform: 'rotate(-90)',
        'text-anchor': 'middle',
        class: 'axis-label',
        style: `fill:${FG}`,
      },
      text: opts.yLabel,
    });
  return nodes;
}

/** Title (top-left) and a wrapping legend below it; returns the nodes and the height used. */
export function headerNodes(
  title: string,
  legend: LegendItem[],
  size: Size,
  left = 8,
): { nodes: SceneNode[]; height: number } {
  const nodes: SceneNode[] = [
    {
      tag: 'text',
      key: 'title',
      attrs: { x: left, y: 14, class: 'title', style: `fill:${FG};font-weight:600` },
      text: title,
    },
  ];
  let px = left;
  let row = 0;
  for (const [i, item] of legend.entries()) {
    const w = 22 + textWidth(item.label, 10);
    if (px + w > size.width - 6 && px > left) {
      px = left;
      row++;
    }
    const py = 30 + row * 14;
    const dash = item.dashed ? ';stroke-dasharray:4 3' : '';
    const op = item.faded ? ';opacity:0.45' : '';
    if (item.marker === 'diamond')
      nodes.push({
        tag: 'path',
        key: `lg${i}`,
        attrs: {
          d: 'M0,-4.24L4.24,0L0,4.24L-4.24,0Z',
          transform: `translate(${px + 8},${py - 3})`,
          style: `fill:${item.colour}${op}`,
        },
      });
    else if (item.marker === 'circle')
      nodes.push({
        tag: 'circle',
        key: `lg${i}`,
        attrs: { cx: px + 8, cy: py - 3, r: 3, style: `fill:${item.colour}${op}` },
      });
    else
      nodes.push({
        tag: 'line',
        key: `lg${i}`,
        attrs: {
          x1: px,
          x2: px + 16,
          y1: py - 3,
          y2: py - 3,
          style: `stroke:${item.colour};stroke-width:2${dash}${op}`,
        },
      });
    nodes.push({
      tag: 'text',
      key: `lt${i}`,
      attrs: { x: px + 19, y: py, class: 'legend', style: `fill:${FG}${op}` },
      text: item.label,
    });
    px += w + 8;
  }
  return { nodes, height: legend.length ? 36 + row * 14 : 22 };
}
