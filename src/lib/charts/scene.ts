/**
 * A chart is drawn as a flat, ordered list of primitive SVG nodes computed by a pure function
 * (no DOM). The live view joins the list into its `<svg>` with d3 (keyed, so streaming updates
 * touch only what changed); the build-time poster serialises the same list to a string. One
 * geometry, two renderers: the poster and the live chart cannot drift apart.
 */
export type Tag = 'path' | 'circle' | 'rect' | 'line' | 'text' | 'polygon';

export interface SceneNode {
  tag: Tag;
  /** Stable identity across updates (d3 join key). */
  key: string;
  attrs: Record<string, string | number>;
  text?: string;
}

export interface Size {
  width: number;
  height: number;
}

export const PANEL: Size = { width: 360, height: 250 };

/** Rounds numbers in path data and attributes so snapshots and posters stay small and stable. */
export function r2(x: number): number {
  return Math.round(x * 100) / 100;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]);
}

/** Serialises nodes to SVG markup (for posters, exports and snapshot tests). */
export function sceneToString(nodes: SceneNode[]): string {
  return nodes
    .map((n) => {
      const attrs = Object.entries(n.attrs)
        .map(([k, v]) => ` ${k}="${escapeXml(String(typeof v === 'number' ? r2(v) : v))}"`)
        .join('');
      return n.text === undefined ? `<${n.tag}${attrs}/>` : `<${n.tag}${attrs}>${escapeXml(n.text)}</${n.tag}>`;
    })
    .join('');
}

/** Rough text width (px) for layout without a DOM; 11 px system sans. */
export function textWidth(s: string, px = 11): number {
  return s.length * px * 0.56;
}
