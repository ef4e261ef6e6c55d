/**
 * Colours. Charts paint with CSS variables (the site defines them for light and dark themes) and
 * fall back to the Okabe–Ito palette, which stays distinguishable under the common colour-vision
 * deficiencies. Exports replace the variables by their computed values (see export code).
 */
export const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'];

/** CSS colour for series i (1-based variables --fl-series-1…8). */
export function seriesColour(i: number): string {
  const k = ((i % 8) + 8) % 8;
  return `var(--fl-series-${k + 1}, ${OKABE_ITO[k]})`;
}

export const FG = 'var(--fl-fg, #1a1a1a)';
export const MUTED = 'var(--fl-muted, #666666)';
export const GRID = 'var(--fl-grid, #e3e3e3)';
export const BG = 'var(--fl-bg, #ffffff)';

/** Sequential ramp for heatmaps (viridis-like, readable in both themes). */
export const SEQUENTIAL = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];
