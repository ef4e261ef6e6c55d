/**
 * Geometry of the panels drawn from a frame's PanelData: points (2-D, or 3-D through a rotatable
 * projection), heatmap (sequential or categorical, optionally with points drawn on top), bars,
 * curves and the simplex (ternary) plot.
 */
import { extent, max, min, scaleBand, scaleLinear, scaleLog, scaleQuantize } from 'd3';
import type { FramePanel } from '../../sim/runtime/figure';
import type { PanelData } from '../../sim/runtime/types';
import { axesNodes, headerNodes, type LegendItem, type Margins } from './axes';
import { PANEL, r2, type SceneNode, type Size } from './scene';
import { FG, MUTED, SEQUENTIAL, seriesColour } from './theme';

type Of<K extends PanelData['kind']> = Extract<PanelData, { kind: K }>;

/** View rotation for 3-D points (radians), changed by drag and arrow keys. */
export interface View3D {
  yaw: number;
  pitch: number;
}

const DEFAULT_VIEW: View3D = { yaw: 0.6, pitch: 0.35 };

function margins(headH: number): Margins {
  return { top: headH + 6, right: 14, bottom: 36, left: 50 };
}

function span(a: ArrayLike<number>, pad = 0.05): [number, number] {
  const [lo, hi] = extent(Array.from(a).filter(Number.isFinite)) as [number | undefined, number | undefined];
  if (lo === undefined || hi === undefined) return [0, 1];
  const d = hi - lo || 1;
  return [lo - pad * d, hi + pad * d];
}

function groupLegend(labels: string[] | undefined): LegendItem[] {
  return (labels ?? []).map((label, i) => ({ label, colour: seriesColour(i), marker: 'circle' as const }));
}

/** Projects unit-scale 3-D points: rotate by yaw about y, then pitch about x; orthographic. */
export function project(x: number, y: number, z: number, v: View3D): [number, number, number] {
  const cy = Math.cos(v.yaw),
    sy = Math.sin(v.yaw),
    cp = Math.cos(v.pitch),
    sp = Math.sin(v.pitch);
  const x1 = cy * x + sy * z,
    z1 = -sy * x + cy * z;
  const y2 = cp * y - sp * z1,
    z2 = sp * y + cp * z1;
  return [x1, y2, z2];
}

const POINT_R = 2.6;
/** A filled dot of radius r at (x, y) as path data (two half-circle arcs). */
function dot(x: number, y: number, r: number): string {
  return `M${r2(x - r)},${r2(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
}

/** Appends path data to its group's list (one <path> per group: see pointsScene). */
function addTo<K>(groups: Map<K, string[]>, key: K, part: string): void {
  const list = groups.get(key);
  if (list) list.push(part);
  else groups.set(key, [part]);
}

export function pointsScene(
  panel: FramePanel,
  d: Of<'points'>,
  size: Size = PANEL,
  view: View3D = DEFAULT_VIEW,
  extentOverride?: [number, number, number, number],
): SceneNode[] {
  const head = headerNodes(panel.title, groupLegend(d.groupLabels), size);
  const m = margins(head.height);
  const nodes: SceneNode[] = [...head.nodes];
  const n = d.x.length;
  if (d.z) {
    // 3-D: centre and scale to the unit ball, rotate, draw far points first.
    const r = Math.max(1e-9, ...Array.from({ length: n }, (_, i) => Math.hypot(d.x[i], d.y[i], d.z![i])));
    const cx = (m.left + size.width - m.right) / 2,
      cy = (m.top + size.height - m.bottom) / 2;
    const s = Math.min(size.width - m.left - m.right, size.height - m.top - m.bottom) / 2.1;
    const pts = Array.from({ length: n }, (_, i) => ({ i, p: project(d.x[i] / r, d.y[i] / r, d.z![i] / r, view) }));
    pts.sort((a, b) => a.p[2] - b.p[2]);
    if (panel.unitCircle)
      nodes.push({
        tag: 'circle',
        key: 'unit',
        attrs: { cx, cy, r: s, style: `fill:none;stroke:${MUTED};stroke-dasharray:3 3` },
      });
    // One path per (depth band, group) rather than a circle per point: a frame of a few hundred
    // points rewrote every circle's attributes and re-sorted them in the DOM, 80–160 ms of main
    // thread per update here. Far bands first; the band sets the opacity (the depth cue).
    const BANDS = 4;
    const paths = new Map<string, { band: number; g: number; d: string[] }>();
    for (const { i, p } of pts) {
      const band = Math.min(BANDS - 1, Math.floor(((p[2] + 1) / 2) * BANDS));
      const g = d.group?.[i] ?? 0;
      const k = `b${band}g${g}`;
      let e = paths.get(k);
      if (!e) paths.set(k, (e = { band, g, d: [] }));
      e.d.push(dot(cx + s * p[0], cy - s * p[1], POINT_R));
    }
    for (const [k, e] of [...paths].sort((a, b) => a[1].band - b[1].band || a[1].g - b[1].g))
      nodes.push({
        tag: 'path',
        key: k,
        attrs: {
          d: e.d.join(''),
          style: `fill:${seriesColour(e.g)};opacity:${r2(0.45 + (0.5 * (e.band + 0.5)) / BANDS)}`,
        },
      });
    return nodes;
  }
  const [x0, x1] = extentOverride ? [extentOverride[0], extentOverride[1]] : span(d.x);
  const [y0, y1] = extentOverride ? [extentOverride[2], extentOverride[3]] : span(d.y);
  const x = scaleLinear()
    .domain([x0, x1])
    .range([m.left, size.width - m.right]);
  const y = scaleLinear()
    .domain([y0, y1])
    .range([size.height - m.bottom, m.top]);
  // Round extents: a cloud that drifts a little between frames keeps its axes (and their SVG text).
  if (!extentOverride) {
    x.nice(4);
    y.nice(4);
  }
  if (!extentOverride) nodes.push(...axesNodes(x, y, { xLabel: panel.xLabel, yLabel: panel.yLabel, size, m }));
  if (panel.unitCircle)
    nodes.push({
      tag: 'path',
      key: 'unit',
      attrs: { d: circlePath(x, y), style: `fill:none;stroke:${MUTED};stroke-dasharray:3 3` },
    });
  if (d.segments) {
    // One path per segment group, as for the points: a trajectory of hundreds of segments as
    // <line>s rewrote hundreds of DOM nodes (and laid them out again) on every frame.
    const byGroup = new Map<number, string[]>();
    const s = d.segments;
    for (let k = 0; k + 3 < s.length; k += 4)
      addTo(
        byGroup,
        d.segmentGroup ? d.segmentGroup[k / 4] : -1,
        `M${r2(x(s[k]))},${r2(y(s[k + 1]))}L${r2(x(s[k + 2]))},${r2(y(s[k + 3]))}`,
      );
    for (const [g, parts] of [...byGroup].sort((a, b) => a[0] - b[0]))
      nodes.push({
        tag: 'path',
        key: `s${g < 0 ? 'm' : g}`,
        attrs: {
          d: parts.join(''),
          style: `fill:none;stroke:${g >= 0 ? `${seriesColour(g)};stroke-width:1.5` : MUTED}`,
        },
      });
  }
  // One path per group (see the 3-D case): a few DOM nodes however many points.
  const byGroup = new Map<number, string[]>();
  for (let i = 0; i < n; i++) addTo(byGroup, d.group?.[i] ?? 0, dot(x(d.x[i]), y(d.y[i]), POINT_R));
  for (const [g, parts] of [...byGroup].sort((a, b) => a[0] - b[0]))
    nodes.push({
      tag: 'path',
      key: `g${g}`,
      attrs: {
        d: parts.join(''),
        style: `fill:${seriesColour(g)};stroke:${extentOverride ? '#fff' : 'none'};stroke-width:0.6`,
      },
    });
  return nodes;
}

function circlePath(x: (v: number) => number, y: (v: number) => number): string {
  const pts = Array.from({ length: 65 }, (_, k) => [
    x(Math.cos((k / 64) * 2 * Math.PI)),
    y(Math.sin((k / 64) * 2 * Math.PI)),
  ]);
  return `M${pts.map((p) => `${r2(p[0])},${r2(p[1])}`).join('L')}Z`;
}

export function heatmapScene(
  panel: FramePanel,
  d: Of<'heatmap'>,
  size: Size = PANEL,
  overlay?: Of<'points'>,
): SceneNode[] {
  const categorical = panel.categorical === true;
  const legend = categorical
    ? groupLegend(overlay?.groupLabels?.map((l) => l.replace(/^labelled /, 'predicted ')))
    : [];
  const head = headerNodes(panel.title, legend, size);
  const m = margins(head.height);
  const nodes: SceneNode[] = [...head.nodes];
  const w = size.width - m.left - m.right,
    h = size.height - m.top - m.bottom;
  const cw = w / d.cols,
    ch = h / d.rows;
  const vals = Array.from(d.values);
  const lo = min(vals) ?? 0,
    hi = max(vals) ?? 1;
  const colour = scaleQuantize<string>()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range(SEQUENTIAL);
  // One path per colour, each a union of rectangles (adjacent cells of one colour in a row merged):
  // a handful of DOM nodes with stable keys however many cells, where a rect per run of cells made
  // hundreds (a 63×63 field: thousands) to create, lay out and style on every frame.
  const fillOf = (v: number) =>
    categorical ? `${seriesColour(Math.round(v))};opacity:0.3` : Number.isFinite(v) ? colour(v) : 'none';
  const byFill = new Map<string, string[]>();
  for (let r = 0; r < d.rows; r++) {
    let start = 0;
    for (let c = 1; c <= d.cols; c++) {
      const prev = fillOf(d.values[r * d.cols + c - 1]);
      if (c < d.cols && fillOf(d.values[r * d.cols + c]) === prev) continue;
      if (prev !== 'none') {
        const x0 = r2(m.left + start * cw);
        addTo(byFill, prev, `M${x0},${r2(m.top + r * ch)}H${r2(m.left + c * cw)}V${r2(m.top + (r + 1) * ch)}H${x0}Z`);
      }
      start = c;
    }
  }
  for (const [fill, parts] of byFill)
    nodes.push({
      tag: 'path',
      key: `c${fill}`,
      attrs: { d: parts.join(''), class: 'cells', 'shape-rendering': 'crispEdges', style: `fill:${fill}` },
    });
  d.rowLabels?.forEach((l, r) =>
    nodes.push({
      tag: 'text',
      key: `rl${r}`,
      attrs: {
        x: m.left - 4,
        y: m.top + (r + 0.5) * ch + 3,
        'text-anchor': 'end',
        class: 'tick',
        style: `fill:${MUTED}`,
      },
      text: l,
    }),
  );
  d.colLabels?.forEach((l, c) =>
    nodes.push({
      tag: 'text',
      key: `cl${c}`,
      attrs: {
        x: m.left + (c + 0.5) * cw,
        y: size.height - m.bottom + 13,
        'text-anchor': 'middle',
        class: 'tick',
        style: `fill:${MUTED}`,
      },
      text: l,
    }),
  );
  if (overlay && d.extent)
    nodes.push(
      ...pointsScene({ ...panel, unitCircle: false }, overlay, size, DEFAULT_VIEW, d.extent)
        .filter((n) => n.tag === 'path' && /^[gs]/.test(n.key)) // the points and segments, not the axes
        .map((n) => ({ ...n, key: `o${n.key}` })),
    );
  if (!categorical && !d.rowLabels)
    nodes.push({
      tag: 'text',
      key: 'range',
      attrs: {
        x: size.width - m.right,
        y: size.height - 8,
        'text-anchor': 'end',
        class: 'tick',
        style: `fill:${MUTED}`,
      },
      text: `${lo.toPrecision(3)} … ${hi.toPrecision(3)}`,
    });
  return nodes;
}

export function barsScene(panel: FramePanel, d: Of<'bars'>, size: Size = PANEL): SceneNode[] {
  const head = headerNodes(
    panel.title,
    d.series.length > 1 ? d.series.map((s, i) => ({ label: s.label, colour: seriesColour(i) })) : [],
    size,
  );
  const m = margins(head.height);
  const x = scaleBand()
    .domain(d.labels.map((_, i) => String(i)))
    .range([m.left, size.width - m.right])
    .padding(0.15);
  const inner = scaleBand()
    .domain(d.series.map((_, i) => String(i)))
    .range([0, x.bandwidth()])
    .padding(0.05);
  const vals = d.series.flatMap((s) => Array.from(s.values));
  const log = panel.yScale === 'log';
  const y = (
    log
      ? scaleLog().domain([Math.max(1e-9, min(vals.filter((v) => v > 0)) ?? 1), max(vals) ?? 10])
      : scaleLinear()
          .domain([Math.min(0, min(vals) ?? 0), max(vals) ?? 1])
          .nice(4)
  ).range([size.height - m.bottom, m.top]);
  const nodes: SceneNode[] = [
    ...head.nodes,
    ...axesNodes(
      scaleLinear()
        .range([m.left, size.width - m.right])
        .domain([0, 0]),
      y,
      { yLog: log, yLabel: panel.yLabel, xLabel: panel.xLabel, size, m },
    ).filter((n) => !n.key.startsWith('gx') && !n.key.startsWith('tx')),
  ];
  const base = y(log ? y.domain()[0] : 0);
  // One path per series (see heatmapScene): a histogram's bars are one DOM node, not one each.
  d.series.forEach((s, si) => {
    const parts: string[] = [];
    d.labels.forEach((_, li) => {
      const v = s.values[li];
      if (!Number.isFinite(v) || (log && v <= 0)) return;
      const top = y(v);
      const bx = r2((x(String(li)) ?? 0) + (inner(String(si)) ?? 0));
      parts.push(`M${bx},${r2(Math.min(top, base))}h${r2(inner.bandwidth())}V${r2(Math.max(top, base))}H${bx}Z`);
    });
    if (parts.length)
      nodes.push({
        tag: 'path',
        key: `b${si}`,
        attrs: { d: parts.join(''), class: 'bars', style: `fill:${seriesColour(si)}` },
      });
  });
  const every = Math.ceil(d.labels.length / 12); // keep category labels legible
  d.labels.forEach((l, li) => {
    if (li % every === 0)
      nodes.push({
        tag: 'text',
        key: `bl${li}`,
        attrs: {
          x: (x(String(li)) ?? 0) + x.bandwidth() / 2,
          y: size.height - m.bottom + 13,
          'text-anchor': 'middle',
          class: 'tick',
          style: `fill:${MUTED}`,
        },
        text: l,
      });
  });
  return nodes;
}

export function curvesScene(panel: FramePanel, d: Of<'curves'>, size: Size = PANEL): SceneNode[] {
  const head = headerNodes(
    panel.title,
    d.series.map((s, i) => ({ label: s.label, colour: seriesColour(i) })),
    size,
  );
  const m = margins(head.height);
  const xLog = panel.xScale === 'log',
    yLog = panel.yScale === 'log';
  const xs = Array.from(d.x).filter((v) => Number.isFinite(v) && (!xLog || v > 0));
  const ys = d.series.flatMap((s) => Array.from(s.y)).filter((v) => Number.isFinite(v) && (!yLog || v > 0));
  const x = (xLog ? scaleLog() : scaleLinear()).domain(span(xs, 0)).range([m.left, size.width - m.right]);
  const y = (yLog ? scaleLog() : scaleLinear())
    .domain(span(ys, yLog ? 0 : 0.05))
    .range([size.height - m.bottom, m.top]);
  if (!yLog) y.nice(4);
  const nodes: SceneNode[] = [
    ...head.nodes,
    ...axesNodes(x, y, { xLog, yLog, xLabel: panel.xLabel, yLabel: panel.yLabel, size, m }),
  ];
  d.series.forEach((s, si) => {
    let dStr = '',
      pen = false;
    for (let i = 0; i < d.x.length; i++) {
      const xv = d.x[i],
        yv = s.y[i];
      const good = Number.isFinite(xv) && Number.isFinite(yv) && (!xLog || xv > 0) && (!yLog || yv > 0);
      if (!good) {
        pen = false;
        continue;
      }
      const py = Math.max(m.top, Math.min(size.height - m.bottom, y(yv)));
      dStr += `${pen ? 'L' : 'M'}${r2(x(xv))},${r2(py)}`;
      pen = true;
    }
    nodes.push({
      tag: 'path',
      key: `cv${si}`,
      attrs: { d: dStr, class: 'series', style: `fill:none;stroke:${seriesColour(si)};stroke-width:2` },
    });
  });
  d.markers?.forEach((mk, i) => {
    const px = x(mk.x);
    if (!Number.isFinite(px)) return;
    nodes.push({
      tag: 'line',
      key: `cm${i}`,
      attrs: { x1: px, x2: px, y1: m.top, y2: size.height - m.bottom, style: `stroke:${MUTED};stroke-dasharray:2 3` },
    });
    nodes.push({
      tag: 'text',
      key: `cmt${i}`,
      attrs: { x: px + 3, y: m.top + 10, class: 'marker', style: `fill:${MUTED}` },
      text: mk.label,
    });
  });
  return nodes;
}

/** Ternary plot: each trajectory is flat [a,b,c, a,b,c, …] (normalised here); corners at a triangle's vertices. */
export function simplexScene(panel: FramePanel, d: Of<'simplex'>, size: Size = PANEL): SceneNode[] {
  const head = headerNodes(
    panel.title,
    d.trajectories.map((t, i) => ({ label: t.label, colour: seriesColour(i) })),
    size,
  );
  const m = margins(head.height);
  const h = size.height - m.top - m.bottom + 10;
  const side = Math.min(size.width - 80, (2 * h) / Math.sqrt(3));
  const cx = size.width / 2,
    top = m.top + 4;
  const A: [number, number] = [cx, top],
    B: [number, number] = [cx - side / 2, top + (side * Math.sqrt(3)) / 2],
    C: [number, number] = [cx + side / 2, B[1]];
  const at = (a: number, b: number, c: number): [number, number] => {
    const s = a + b + c || 1;
    return [(a * A[0] + b * B[0] + c * C[0]) / s, (a * A[1] + b * B[1] + c * C[1]) / s];
  };
  const nodes: SceneNode[] = [
    ...head.nodes,
    {
      tag: 'polygon',
      key: 'tri',
      attrs: { points: [A, B, C].map((p) => p.map(r2).join(',')).join(' '), style: `fill:none;stroke:${MUTED}` },
    },
  ];
  const labelPos: [number, number, string][] = [
    [A[0], A[1] - 4, 'middle'],
    [B[0] - 2, B[1] + 14, 'start'],
    [C[0] + 2, C[1] + 14, 'end'],
  ];
  d.corners.forEach((c, i) =>
    nodes.push({
      tag: 'text',
      key: `corner${i}`,
      attrs: {
        x: labelPos[i][0],
        y: labelPos[i][1],
        'text-anchor': labelPos[i][2],
        class: 'tick',
        style: `fill:${FG}`,
      },
      text: c,
    }),
  );
  d.trajectories.forEach((t, ti) => {
    const pts: [number, number][] = [];
    for (let k = 0; k + 2 < t.points.length; k += 3) pts.push(at(t.points[k], t.points[k + 1], t.points[k + 2]));
    if (!pts.length) return;
    nodes.push({
      tag: 'path',
      key: `tr${ti}`,
      attrs: {
        d: `M${pts.map((p) => `${r2(p[0])},${r2(p[1])}`).join('L')}`,
        style: `fill:none;stroke:${seriesColour(ti)};stroke-width:1.6`,
      },
    });
    const end = pts[pts.length - 1];
    nodes.push({
      tag: 'circle',
      key: `tre${ti}`,
      attrs: { cx: end[0], cy: end[1], r: 3.5, style: `fill:${seriesColour(ti)}` },
    });
  });
  return nodes;
}
