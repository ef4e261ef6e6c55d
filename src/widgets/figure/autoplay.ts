/**
 * Page-wide autoplay policy, shared by every figure island on a page (one module instance).
 *
 * Two Workers training at once on a two-core machine halve each other, so at most ONE figure
 * autoplays at a time: among the figures in view that may autoplay (not touched by the reader,
 * no reduced motion), the first in document order. The others wait for Play. When the reader
 * presses Play on a figure, figures that were only autoplaying are paused for it. When the active
 * figure stops (done, paused, out of view), the next candidate in view may start.
 *
 * Pure logic over small interfaces (no DOM), so it is unit-tested in Node (autoplay.test.ts).
 */

export interface AutoplayFigure {
  /** True while its Worker trains or loads (it occupies a core). */
  busy(): boolean;
  /** May autoplay now: idle, never driven by the reader, motion allowed. */
  canAutoplay(): boolean;
  /** True when the current run was started by autoplay, not by the reader. */
  autoplaying(): boolean;
  /** Start an autoplay run. */
  autoplay(): void;
  /** Stop an autoplay run because the reader chose another figure. */
  yieldTo(): void;
}

interface Entry {
  fig: AutoplayFigure;
  visible: boolean;
  /** Document order (smaller first). */
  order: () => number;
}

export class AutoplayCoordinator {
  private entries: Entry[] = [];
  private pending = false;

  constructor(private readonly defer: (f: () => void) => void = (f) => queueMicrotask(f)) {}

  register(fig: AutoplayFigure, order: () => number): () => void {
    const e: Entry = { fig, visible: false, order };
    this.entries.push(e);
    return () => {
      this.entries = this.entries.filter((x) => x !== e);
      this.schedule();
    };
  }

  /** Visibility of a figure changed (IntersectionObserver). */
  setVisible(fig: AutoplayFigure, visible: boolean): void {
    const e = this.entries.find((x) => x.fig === fig);
    if (e) e.visible = visible;
    this.schedule();
  }

  /** The reader pressed Play on `fig`: figures that only autoplay make way. */
  readerPlays(fig: AutoplayFigure): void {
    for (const e of this.entries) if (e.fig !== fig && e.fig.autoplaying() && e.fig.busy()) e.fig.yieldTo();
  }

  /** Something changed (a figure stopped, appeared…): decide once, after the current batch of events. */
  schedule(): void {
    if (this.pending) return;
    this.pending = true;
    this.defer(() => {
      this.pending = false;
      this.decide();
    });
  }

  private decide(): void {
    if (this.entries.some((e) => e.fig.busy())) return;
    const first = this.entries.filter((e) => e.visible && e.fig.canAutoplay()).sort((a, b) => a.order() - b.order())[0];
    first?.fig.autoplay();
  }
}

/** The page's coordinator (every island imports this module once). */
export const autoplayCoordinator = new AutoplayCoordinator();

/** Document-order index of an element among all figures on the page. */
export function documentOrder(el: Element): () => number {
  return () => [...document.querySelectorAll('figure.fl-figure')].indexOf(el.closest('figure.fl-figure') ?? el);
}
