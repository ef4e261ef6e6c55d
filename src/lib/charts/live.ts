/**
 * The live renderer: Svelte owns the `<svg>`; this joins a panel's scene into it with d3 (keyed,
 * attributes written only when they change, so streaming a new row touches the series paths and
 * little else) and adds the interactions: hover read-out on line panels, drag and arrow-key
 * rotation on 3-D point clouds.
 */
import { bisector, pointer, select } from 'd3';
import type { Panel } from '../../sim/runtime/figure';
import type { MetricRow } from '../../sim/runtime/types';
import type { View3D } from './frames';
import { lineScene } from './line';
import { fmt, panelScene, panelSize, type PanelInput } from './panel';
import { PANEL, type SceneNode } from './scene';
import { FG, MUTED, seriesColour, BG } from './theme';

const NS = 'http://www.w3.org/2000/svg';

export function renderScene(g: SVGGElement, nodes: SceneNode[]): void {
  select(g)
    .selectAll<SVGElement, SceneNode>('[data-k]')
    .data(nodes, (d) => `${d.tag}:${d.key}`)
    .join((enter) =>
      enter.append((d) => document.createElementNS(NS, d.tag) as SVGElement).attr('data-k', (d) => d.key),
    )
    .each(function (d) {
      for (const [k, v] of Object.entries(d.attrs)) {
        const s = typeof v === 'number' ? String(Math.round(v * 100) / 100) : v;
        if (this.getAttribute(k) !== s) this.setAttribute(k, s);
      }
      if (d.text !== undefined && this.textContent !== d.text) this.textContent = d.text;
    })
    .order();
}

export interface Chart {
  update(input: PanelInput): void;
  destroy(): void;
}

/** Mounts a chart for `panel` in `svg` (which Svelte created, with its accessible name). */
export function createChart(svg: SVGSVGElement, panel: Panel): Chart {
  const size = panelSize(panel);
  svg.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  const scene = document.createElementNS(NS, 'g') as SVGGElement;
  const hover = document.createElementNS(NS, 'g') as SVGGElement;
  hover.setAttribute('class', 'hover');
  hover.setAttribute('pointer-events', 'none');
  svg.append(scene, hover);
  let input: PanelInput = { rows: [] };
  const view: View3D = { yaw: 0.6, pitch: 0.35 };
  const draw = () => renderScene(scene, panelScene(panel, { ...input, view }));
  const cleanups: (() => void)[] = [];

  if (panel.kind === 'line') {
    const xKey = panel.x ?? 'step';
    const bis = bisector<MetricRow, number>((r) => r[xKey]).center;
    const onMove = (ev: PointerEvent) => {
      const { x, y, m } = lineScene(panel, input.rows, input.pins ?? []);
      const [px] = pointer(ev, svg);
      if (!input.rows.length || px < m.left || px > PANEL.width - m.right) return hide();
      const row = input.rows[bis(input.rows, x.invert(px))];
      if (!row) return hide();
      const cx = x(row[xKey]);
      const lines = [
        `${panel.xLabel ?? xKey} ${fmt(row[xKey])}`,
        ...panel.series.map((s) => `${s.label}: ${fmt(row[s.key])}`),
      ];
      const boxX = cx > PANEL.width / 2 ? cx - 8 : cx + 8;
      const anchor = cx > PANEL.width / 2 ? 'end' : 'start';
      const nodes: SceneNode[] = [
        {
          tag: 'line',
          key: 'rule',
          attrs: { x1: cx, x2: cx, y1: m.top, y2: PANEL.height - m.bottom, style: `stroke:${MUTED}` },
        },
      ];
      panel.series.forEach((s, i) => {
        const v = row[s.key];
        if (Number.isFinite(v) && (panel.yScale !== 'log' || v > 0))
          nodes.push({
            tag: 'circle',
            key: `dot${i}`,
            attrs: { cx, cy: y(v), r: 3.5, style: `fill:${seriesColour(i)};stroke:${BG}` },
          });
      });
      lines.forEach((t, i) =>
        nodes.push({
          tag: 'text',
          key: `ht${i}`,
          attrs: {
            x: boxX,
            y: m.top + 12 + i * 13,
            'text-anchor': anchor,
            style: `fill:${FG};paint-order:stroke;stroke:${BG};stroke-width:3`,
          },
          text: t,
        }),
      );
      renderScene(hover, nodes);
    };
    const hide = () => renderScene(hover, []);
    svg.addEventListener('pointermove', onMove);
    svg.addEventListener('pointerleave', hide);
    cleanups.push(() => {
      svg.removeEventListener('pointermove', onMove);
      svg.removeEventListener('pointerleave', hide);
    });
  }

  if (panel.kind === 'points') {
    // Rotation for 3-D clouds: drag with a pointer, or focus the chart and use the arrow keys.
    let drag: { x: number; y: number } | null = null;
    const is3d = () => {
      const d = input.frame?.[panel.id];
      return d?.kind === 'points' && d.z !== undefined;
    };
    const down = (ev: PointerEvent) => {
      if (!is3d()) return;
      drag = { x: ev.clientX, y: ev.clientY };
      svg.setPointerCapture(ev.pointerId);
    };
    const move = (ev: PointerEvent) => {
      if (!drag) return;
      view.yaw += (ev.clientX - drag.x) * 0.01;
      view.pitch = Math.max(-1.5, Math.min(1.5, view.pitch + (ev.clientY - drag.y) * 0.01));
      drag = { x: ev.clientX, y: ev.clientY };
      draw();
    };
    const up = () => (drag = null);
    const key = (ev: KeyboardEvent) => {
      if (!is3d()) return;
      const d = { ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, -0.1], ArrowDown: [0, 0.1] }[ev.key];
      if (!d) return;
      ev.preventDefault();
      view.yaw += d[0];
      view.pitch = Math.max(-1.5, Math.min(1.5, view.pitch + d[1]));
      draw();
    };
    svg.addEventListener('pointerdown', down);
    svg.addEventListener('pointermove', move);
    svg.addEventListener('pointerup', up);
    svg.addEventListener('keydown', key);
    cleanups.push(() => {
      svg.removeEventListener('pointerdown', down);
      svg.removeEventListener('pointermove', move);
      svg.removeEventListener('pointerup', up);
      svg.removeEventListener('keydown', key);
    });
  }

  return {
    update(next) {
      input = next;
      draw();
    },
    destroy() {
      cleanups.forEach((f) => f());
      scene.remove();
      hover.remove();
    },
  };
}

/**
 * Runs each line and readout panel's drawing code once, on three made-up rows, into an <svg> that
 * is never attached: nothing is shown or laid out, but the first live draw (the task that swaps the
 * poster for the live charts while the Worker trains) then finds that code compiled instead of
 * parsing and compiling it there. Call it when the page is idle.
 */
export function warmUp(panels: Panel[]): void {
  const keys = new Set<string>();
  for (const p of panels) {
    if (p.kind === 'line') {
      if (p.x) keys.add(p.x);
      for (const s of p.series) [s.key, ...(s.band ?? [])].forEach((k) => keys.add(k));
    } else if (p.kind === 'readout') p.items.forEach((i) => keys.add(i.key));
  }
  const rows: MetricRow[] = [1, 2, 3].map((i) => {
    const r: MetricRow = { step: i };
    for (const k of keys) r[k] = i / 4;
    return r;
  });
  for (const p of panels) {
    if (p.kind !== 'line' && p.kind !== 'readout') continue;
    const chart = createChart(document.createElementNS(NS, 'svg') as SVGSVGElement, p);
    chart.update({ rows, pins: [] });
    chart.destroy();
  }
}
