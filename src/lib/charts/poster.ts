/**
 * The build-time poster: every panel of a figure as one static SVG string, from rows and the last
 * frame the core itself produced (`npm run posters`). Pure (d3-scale/d3-shape maths only, no DOM)
 * so Astro inlines it and the page is meaningful before any script runs.
 */
import type { FigureSpec } from '../../sim/runtime/figure';
import type { Frame, MetricRow } from '../../sim/runtime/types';
import { panelScene, panelSize } from './panel';
import { escapeXml, PANEL, sceneToString } from './scene';

export const COLUMNS = 2;

/** Panels are laid out in a grid of COLUMNS; returns the overall size. */
export function gridSize(panelCount: number): { width: number; height: number } {
  const cols = Math.min(COLUMNS, panelCount);
  return { width: cols * PANEL.width, height: Math.ceil(panelCount / cols) * PANEL.height };
}

/**
 * The poster as one standalone SVG per panel (same viewBox as the live charts), so the page lays
 * the poster out in exactly the responsive grid the live panels use: no jump when they swap.
 */
export function posterPanels(spec: FigureSpec, rows: MetricRow[], frame: Frame | undefined): string[] {
  return spec.panels.map((p) => {
    const { width, height } = panelSize(p);
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="fl-chart-static" aria-hidden="true" font-size="11" data-panel="${escapeXml(p.id)}">` +
      `${sceneToString(panelScene(p, { rows, frame }))}</svg>`
    );
  });
}

export function posterSvg(
  spec: FigureSpec,
  rows: MetricRow[],
  frame: Frame | undefined,
  opts: { label?: string } = {},
): string {
  const { width, height } = gridSize(spec.panels.length);
  const cols = Math.min(COLUMNS, spec.panels.length);
  const label = opts.label ?? `${spec.caption} (static preview of the default run)`;
  const inner = spec.panels
    .map((p, i) => {
      const x = (i % cols) * PANEL.width,
        y = Math.floor(i / cols) * PANEL.height;
      const body = sceneToString(panelScene(p, { rows, frame }));
      return `<svg x="${x}" y="${y}" width="${PANEL.width}" height="${PANEL.height}" viewBox="0 0 ${PANEL.width} ${PANEL.height}" class="fl-panel">${body}</svg>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}" class="fl-poster" font-family="system-ui, sans-serif" font-size="11">` +
    `<title>${escapeXml(label)}</title>${inner}</svg>`
  );
}
