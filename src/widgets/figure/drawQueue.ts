/**
 * One queue of chart redraws for the whole page. Each animation frame draws queued panels in the
 * order they asked until about 4 ms have gone, and leaves the rest for the next frame. A figure
 * with several heavy panels (a 3-D point cloud, histograms, curves) updated by the same Worker
 * message would otherwise redraw them all in one frame: one main-thread task of 80–130 ms while
 * it trains, long enough to make the page stutter under the reader's scroll and drag.
 *
 * A panel asking again while it waits keeps its place (and draws its latest input when its turn
 * comes), so every panel is drawn within a frame or two however fast rows arrive.
 */
export type DrawJob = () => void;

/** Milliseconds of drawing per frame before the remaining panels wait for the next one. */
export const FRAME_BUDGET_MS = 4;

export interface DrawQueue {
  request(job: DrawJob): void;
  cancel(job: DrawJob): void;
}

/** A queue driven by `schedule` (requestAnimationFrame in the browser) and `now` (a clock). */
export function createDrawQueue(
  schedule: (flush: () => void) => void,
  now: () => number,
  budgetMs = FRAME_BUDGET_MS,
): DrawQueue {
  const queue = new Set<DrawJob>(); // insertion order = the order panels asked
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const start = now();
    for (const job of queue) {
      queue.delete(job);
      job();
      if (now() - start >= budgetMs) break; // at least one panel per frame, whatever it costs
    }
    if (queue.size && !scheduled) {
      scheduled = true;
      schedule(flush);
    }
  };
  return {
    request(job) {
      queue.add(job);
      if (!scheduled) {
        scheduled = true;
        schedule(flush);
      }
    },
    cancel(job) {
      queue.delete(job);
    },
  };
}

let pageQueue: DrawQueue | null = null;
/** The page's queue (created on first use, so importing this module in Node does nothing). */
export function drawQueue(): DrawQueue {
  return (pageQueue ??= createDrawQueue(
    (f) => requestAnimationFrame(f),
    () => performance.now(),
  ));
}
