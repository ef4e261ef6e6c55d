/**
 * Figure specs: what a figure draws from its core's rows and frames. Plain data, so the page
 * can render the poster at build time and hand the spec to the browser island unchanged.
 * A figure = a core (`sim.ts` + `params.ts`) + one `figure.ts` exporting a `FigureSpec`.
 */

export interface LineSeries {
  /** Metric row key, e.g. 'testLoss'. */
  key: string;
  label: string;
  /** 'points' draws markers only (e.g. boundary-only evaluations); default 'line'. */
  style?: 'line' | 'dashed' | 'points';
  /** Marker shape for style 'points' (default 'circle'); 'diamond' marks e.g. task-boundary evaluations. */
  symbol?: 'circle' | 'diamond';
  /** Row keys of a lower and upper band drawn behind the line (e.g. ± one std over seeds). */
  band?: [string, string];
}

export interface LinePanel {
  kind: 'line';
  id: string;
  title: string;
  /** Row key on the x axis; default 'step'. */
  x?: string;
  xLabel?: string;
  yLabel: string;
  xScale?: 'linear' | 'log';
  yScale?: 'linear' | 'log';
  /** Fixed y range; otherwise fitted to the data. */
  yDomain?: [number, number];
  series: LineSeries[];
  /**
   * Vertical markers at rows whose `markers.key` is non-zero, labelled `markers.label`.
   * Optional `labels`: a row value v (1, 2, …) is labelled `labels[v - 1]` instead, so one key
   * can mark several kinds of event (e.g. "train < 10%" and "test < 25%").
   */
  markers?: { key: string; label: string; labels?: string[] };
  /** Reference power laws through the last point on log-log axes, e.g. {label:'√T', slope:0.5}. */
  guides?: { label: string; slope: number }[];
  /** Draw the series as stacked areas (e.g. a decomposition of a loss into terms). */
  stacked?: boolean;
}
// Missing or NaN values in a row are gaps: a 'points' series of boundary-only evaluations simply
// leaves the key out of the other rows.

/** Live numbers: the latest row's values for some keys, each with a one-line definition. */
export interface ReadoutPanel {
  kind: 'readout';
  id: string;
  title: string;
  /** `digits`: significant digits shown (default 3; 0 rounds to a whole number). */
  items: { key: string; label: string; help: string; digits?: number }[];
}

/** A panel drawn from the latest frame's `PanelData` of the same id (see types.ts). */
export interface FramePanel {
  kind: 'points' | 'heatmap' | 'bars' | 'curves' | 'simplex';
  id: string;
  title: string;
  xLabel?: string;
  yLabel?: string;
  xScale?: 'linear' | 'log';
  yScale?: 'linear' | 'log';
  /** points: draw the unit circle (2-D) as a guide. */
  unitCircle?: boolean;
  /** heatmap: values are class indices, coloured by the series palette (e.g. decision regions). */
  categorical?: boolean;
  /** heatmap: id of a 'points' PanelData in the same frame drawn on top (needs the heatmap's `extent`). */
  overlay?: string;
}

export type Panel = LinePanel | FramePanel | ReadoutPanel;

export interface FigureSpec {
  /** Id of the core in src/sim/<sim>/ (folder name). */
  sim: string;
  /** Default caption (a page may override it). */
  caption: string;
  panels: Panel[];
  /** Metric keys of the CSV export, in order, after `step`. */
  csvColumns: string[];
  /** Metric keys the live text summary reads out ("after 1200 steps: test loss 0.03, …"). */
  summaryKeys: string[];
  /** Labels for summaryKeys (defaults to the keys). */
  summaryLabels?: string[];
  /**
   * Analytic figures (a sweep, not a training run): they recompute on every parameter change like
   * any figure and finish within moments, so the tests do not expect them to keep running.
   */
  instant?: boolean;
  /** Schema version written as `v` in shared links; bump when a key's meaning changes (default 1). */
  version?: number;
  /** Divergence explanation shown in the figure (default: the learning rate is too high for this loss). */
  divergedText?: string;
}
