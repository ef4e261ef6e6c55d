/**
 * Line panel geometry: series over rows (log or linear axes), optional bands, dashed and
 * points-only styles, stacked areas, vertical markers, power-law guides and faded pinned runs.
 */
import { area, extent, line, scaleLinear, scaleLog, stack, symbol, symbolDiamond } from 'd3';
import type { ScaleContinuousNumeric } from 'd3';
import type { LinePanel } from '../../sim/runtime/figure';
import type { MetricRow } from '../../sim/runtime/types';
import { axesNodes, headerNodes, type LegendItem, type Margins } from './axes';
import { PANEL, r2, type SceneNode, type Size } from './scene';
import { BG, MUTED, seriesColour } from './theme';

/** A diamond of about the area of the 2.5 px circles, centred on 0,0 (d3.symbolDiamond). */
const DIAMOND = symbol(symbolDiamond, 36).digits(2)() ?? '';

export interface PinnedRun {
  label: string;
  rows: MetricRow[];
}

export interface LineScene {
  nodes: SceneNode[];
  x: ScaleContinuousNumeric<number, number>;
  y: ScaleContinuousNumeric<number, number>;
  m: Margins;
}

const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function domainOf(values: number[], log: boolean, fixed?: [number, number]): [number, number] {
  if (fixed) return fixed;
  const vs = log ? values.filter((v) => v > 0) : values;
  const [lo, hi] = extent(vs) as [number | undefined, number | undefined];
  if (lo === undefined || hi === undefined) return log ? [1, 10] : [0, 1];
  if (lo === hi) return log ? [lo / 2, hi * 2] : [lo - 1, hi + 1];
  return [lo, hi];
}

const ROUND = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
/** The smallest of ROUND × 10^k at or above v (v > 0): at most a third above v. */
export function roundUp(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  const m = ROUND.find((r) => r * p >= v * (1 - 1e-12)) ?? 10;
  return Number((m * p).toPrecision(12));
}

export function lineScene(panel: LinePanel, rows: MetricRow[], pins: PinnedRun[] = [], size: Size = PANEL): LineScene {
  const xKey = panel.x ?? 'step';
  const xLog = panel.xScale === 'log';
  const yLog = panel.yScale === 'log';
  const all = [rows, ...pins.map((p) => p.rows)];
  const xs: number[] = [];
  const ys: number[] = [];
  for (const rs of all)
    for (const r of rs) {
      if (ok(r[xKey])) xs.push(r[xKey]);
      let total = 0;
      for (const s of panel.series) {
        const v = r[s.key];
        if (!ok(v)) continue;
        total += v;
        ys.push(panel.stacked ? total : v);
        if (s.band) for (const b of s.band) if (ok(r[b])) ys.push(r[b]);
      }
    }
  if (panel.stacked) ys.push(0);
  const legend: LegendItem[] = panel.series.map((s, i) => ({
    label: s.label,
    colour: seriesColour(i),
    dashed: s.style === 'dashed',
    marker: s.style === 'points' ? (s.symbol ?? 'circle') : undefined,
  }));
  pins.forEach((p) => legend.push({ label: p.label, colour: MUTED, dashed: true, faded: true }));
  const head = headerNodes(panel.title, legend, size);
  const m: Margins = { top: head.height + 6, right: 14, bottom: 36, left: 50 };
  const x = (xLog ? scaleLog() : scaleLinear()).domain(domainOf(xs, xLog)).range([m.left, size.width - m.right]);
  const y = (yLog ? scaleLog() : scaleLinear())
    .domain(domainOf(ys, yLog, panel.yDomain))
    .range([size.height - m.bottom, m.top]);
  if (!panel.yDomain) y.nice(4);
  // The step axis ends at a round number the run grows into (…, 1000, 1200, 1500, 2000, …): while
  // a run streams in, its ticks, labels and gridlines then move a few times, not on every frame
  // (each move re-lays out that SVG text). Round run lengths still end exactly at the last step.
  if (xKey === 'step' && !xLog) {
    const [lo, hi] = x.domain();
    if (lo >= 0 && hi > lo) x.domain([lo, roundUp(hi)]);
  }
  const nodes: SceneNode[] = [
    ...head.nodes,
    ...axesNodes(x, y, {
      xLog,
      yLog,
      xLabel: panel.xLabel ?? (xKey === 'step' ? 'step' : xKey),
      yLabel: panel.yLabel,
      size,
      m,
    }),
  ];
  const clip = (v: number) => Math.max(m.top, Math.min(size.height - m.bottom, v));
  const defined = (r: MetricRow, k: string) => ok(r[xKey]) && ok(r[k]) && (!xLog || r[xKey] > 0) && (!yLog || r[k] > 0);
  const path = (rs: MetricRow[], k: string) =>
    line<MetricRow>()
      .digits(2)
      .defined((r) => defined(r, k))
      .x((r) => x(r[xKey]))
      .y((r) => clip(y(r[k])))(rs) ?? '';

  // Pinned runs first, so the live run draws on top of them.
  pins.forEach((p, pi) =>
    panel.series.forEach((s, i) =>
      nodes.push({
        tag: 'path',
        key: `pin${pi}-${s.key}`,
        attrs: {
          d: path(p.rows, s.key),
          class: 'pin',
          style: `fill:none;stroke:${seriesColour(i)};stroke-width:1.5;stroke-dasharray:5 3;opacity:0.4`,
        },
      }),
    ),
  );

  if (panel.stacked) {
    const keys = panel.series.map((s) => s.key);
    const layers = stack<MetricRow>()
      .keys(keys)
      .value((r, k) => (ok(r[k]) ? r[k] : 0))(rows.filter((r) => ok(r[xKey])));
    const a = area<[number, number] & { data: MetricRow }>()
      .digits(2)
      .x((d) => x(d.data[xKey]))
      .y0((d) => clip(y(d[0])))
      .y1((d) => clip(y(d[1])));
    layers.forEach((layer, i) =>
      nodes.push({
        tag: 'path',
        key: `stack-${keys[i]}`,
        attrs: { d: a(layer as never) ?? '', style: `fill:${seriesColour(i)};opacity:0.75;stroke:none` },
      }),
    );
  } else {
    panel.series.forEach((s, i) => {
      const colour = seriesColour(i);
      if (s.band) {
        const [lo, hi] = s.band;
        const band = area<MetricRow>()
          .digits(2)
          .defined((r) => defined(r, lo) && defined(r, hi))
          .x((r) => x(r[xKey]))
          .y0((r) => clip(y(r[lo])))
          .y1((r) => clip(y(r[hi])))(rows);
        nodes.push({
          tag: 'path',
          key: `band-${s.key}`,
          attrs: { d: band ?? '', style: `fill:${colour};opacity:0.18;stroke:none` },
        });
      }
      if (s.style === 'points') {
        rows.forEach((r, j) => {
          if (!defined(r, s.key)) return;
          const cx = r2(x(r[xKey])),
            cy = r2(clip(y(r[s.key])));
          if (s.symbol === 'diamond')
            nodes.push({
              tag: 'path',
              key: `pt-${s.key}-${j}`,
              attrs: {
                d: DIAMOND,
                transform: `translate(${cx},${cy})`,
                style: `fill:${colour};stroke:${BG};stroke-width:0.75`,
              },
            });
          else
            nodes.push({ tag: 'circle', key: `pt-${s.key}-${j}`, attrs: { cx, cy, r: 2.5, style: `fill:${colour}` } });
        });
      } else {
        const dash = s.style === 'dashed' ? ';stroke-dasharray:5 3' : '';
        nodes.push({
          tag: 'path',
          key: `line-${s.key}`,
          attrs: { d: path(rows, s.key), class: 'series', style: `fill:none;stroke:${colour};stroke-width:2${dash}` },
        });
      }
    });
  }

  if (panel.markers) {
    const mk = panel.markers;
    rows.forEach((r, j) => {
      if (!ok(r[mk.key]) || r[mk.key] === 0 || !ok(r[xKey])) return;
      const px = x(r[xKey]);
      nodes.push({
        tag: 'line',
        key: `mk${j}`,
        attrs: { x1: px, x2: px, y1: m.top, y2: size.height - m.bottom, style: `stroke:${MUTED};stroke-dasharray:2 3` },
      });
      // `labels[v - 1]` names the kind of event a row value v marks (falls back to `label`).
      const v = r[mk.key];
      const text = (Number.isInteger(v) && v >= 1 ? mk.labels?.[v - 1] : undefined) ?? mk.label;
      nodes.push({
        tag: 'text',
        key: `mkt${j}`,
        attrs: { x: px + 3, y: m.top + 10, class: 'marker', style: `fill:${MUTED}` },
        text,
      });
    });
  }

  if (panel.guides?.length) {
    const last = [...rows].reverse().find((r) => defined(r, panel.series[0].key));
    if (last) {
      const [xa, xb] = x.domain();
      const x0 = last[xKey],
        y0 = last[panel.series[0].key];
      panel.guides.forEach((g, i) => {
        const at = (xv: number) => y0 * (xv / x0) ** g.slope;
        const pa = [x(xa), clip(y(at(xa)))].map(r2),
          pb = [x(xb), clip(y(at(xb)))].map(r2);
        nodes.push({
          tag: 'path',
          key: `guide${i}`,
          attrs: { d: `M${pa[0]},${pa[1]}L${pb[0]},${pb[1]}`, style: `fill:none;stroke:${MUTED};stroke-dasharray:1 3` },
        });
        nodes.push({
          tag: 'text',
          key: `guidet${i}`,
          attrs: { x: pb[0] - 4, y: pb[1] - 4, 'text-anchor': 'end', class: 'marker', style: `fill:${MUTED}` },
          text: g.label,
        });
      });
    }
  }
  return { nodes, x, y, m };
}
