/**
 * The bench-only page of `npm run bench` (served at /__bench/ from the bench copy of the built
 * site, never part of the site itself). scripts/bench.mjs drives it with Playwright through
 * `window.__bench`:
 *
 * - `figure(sim, backend, opts)`: runs a figure's default params through the real runtime
 *   (SimClient → the generic Worker, `auto` = wasm or `cpu` forced), evaluates the core's
 *   `reached(rows)` on the rows as they arrive (time to phenomenon, from the moment of Play) and
 *   samples steps/s over fixed windows of wall time after a warm-up.
 * - `limits(opts)`: the "against the limit" Worker (limits.worker.ts).
 */
import { SimClient } from '../../src/sim/runtime/client';
import type { BackendRequest, FromWorker } from '../../src/sim/runtime/messages';
import { defaultsOf } from '../../src/sim/runtime/params';
import type { MetricRow, SimModule } from '../../src/sim/runtime/types';
import type { LimitsResult } from './limits.worker';

const sims = import.meta.glob<SimModule>('../../src/sim/*/sim.ts');

export interface FigureOpts {
  /** Give up after this long (ms since Play). */
  maxMs: number;
  /** Keep measuring steps/s at least this long (ms since Play) and until `samples` windows. */
  minMs: number;
  samples: number;
  windowMs: number;
  warmupMs: number;
  /** Also wait for the phenomenon (reached), up to maxMs. */
  phenomenon: boolean;
}

export interface FigureResult {
  sim: string;
  backend: string | null;
  usesTf: boolean;
  totalSteps: number;
  hasReached: boolean;
  /** ms from Play to the rows message that made reached(rows) true; null: not within maxMs / the run. */
  reachedMs: number | null;
  reachedStep: number | null;
  /** ms from Play to `ready` (Worker + tfjs + createSim). */
  readyMs: number | null;
  /** ms from Play to the end of the first run (null: it did not end within maxMs). */
  firstRunMs: number | null;
  stepsPerSec: number | null;
  /** The first 20 samples (steps/s); nSamples says how many the median was taken over. */
  samples: number[];
  nSamples?: number;
  runs: number;
  error?: string;
}

const median = (xs: number[]) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
};

async function figure(sim: string, backend: BackendRequest, o: FigureOpts): Promise<FigureResult> {
  const load = sims[`../../src/sim/${sim}/sim.ts`];
  const res: FigureResult = {
    sim,
    backend: null,
    usesTf: false,
    totalSteps: 0,
    hasReached: false,
    reachedMs: null,
    reachedStep: null,
    readyMs: null,
    firstRunMs: null,
    stepsPerSec: null,
    samples: [],
    runs: 0,
  };
  if (!load) return { ...res, error: `no src/sim/${sim}/sim.ts` };
  const mod = await load();
  res.usesTf = !!mod.usesTf;
  res.hasReached = typeof mod.reached === 'function';
  const params = defaultsOf(mod.params) as Record<string, number | string | boolean>;

  return new Promise<FigureResult>((resolve) => {
    let rows: MetricRow[] = [];
    let t0 = performance.now();
    let runStart = t0; // `ready` of the current run
    let marks: [number, number][] = []; // (ms, step) of the current run, from progress/paused/done
    const wholeRuns: number[] = []; // steps/s of complete runs too short for a window
    let finished = false;
    const client = new SimClient(onMessage);
    const timer = setTimeout(() => finish('timeout'), o.maxMs);

    function windows(): number[] {
      const out: number[] = [];
      const from = runStart + o.warmupMs;
      let a = marks.find(([t]) => t >= from);
      if (!a) return out;
      for (const b of marks) {
        if (b[0] - a[0] >= o.windowMs) {
          out.push((1000 * (b[1] - a[1])) / (b[0] - a[0]));
          a = b;
        }
      }
      return out;
    }

    function allSamples(): number[] {
      return [...res.samples, ...windows()];
    }

    function finish(why?: string) {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      client.terminate();
      const s = allSamples();
      // Runs too short for even one window: their whole-run rates (after the first, which warms up).
      const samples = s.length ? s : wholeRuns.length > 1 ? wholeRuns.slice(1) : wholeRuns;
      resolve({
        ...res,
        samples: samples.slice(0, 20),
        nSamples: samples.length,
        stepsPerSec: median(samples),
        ...(why === 'timeout' && !samples.length ? { error: 'no steps/s sample before the time limit' } : {}),
      });
    }

    function enough(now: number): boolean {
      const phenomenonSettled = !o.phenomenon || !res.hasReached || res.reachedMs !== null || res.firstRunMs !== null;
      const windowed = allSamples().length;
      // Runs too short for a window: five whole runs (after a warm-up run) are enough.
      if (!windowed) return phenomenonSettled && wholeRuns.length - 1 >= o.samples;
      return phenomenonSettled && windowed >= o.samples && now - t0 >= o.minMs;
    }

    function onMessage(m: FromWorker) {
      if (finished) return;
      const now = performance.now();
      switch (m.type) {
        case 'ready':
          res.backend = m.backend;
          res.totalSteps = m.totalSteps;
          res.readyMs ??= now - t0;
          runStart = now;
          marks = [[now, 0]];
          client.play(1);
          return;
        case 'rows':
          if (res.runs === 0 && res.reachedMs === null && res.hasReached) {
            rows = rows.concat(m.rows);
            try {
              if (mod.reached(rows)) {
                res.reachedMs = now - t0;
                res.reachedStep = m.step;
              }
            } catch (e) {
              res.error = `reached() threw: ${e instanceof Error ? e.message : String(e)}`;
            }
          }
          return;
        case 'progress':
          if (!m.seeking) marks.push([now, m.step]);
          if (enough(now)) finish();
          return;
        case 'done':
        case 'paused': {
          marks.push([now, m.step]);
          if (res.runs === 0) res.firstRunMs = now - t0;
          const w = windows();
          res.samples.push(...w);
          if (!w.length && now > runStart) wholeRuns.push((1000 * m.step) / (now - runStart));
          res.runs += 1;
          if (enough(now)) return finish();
          // Run again (same params, same Worker: tfjs stays loaded) for more samples.
          rows = [];
          marks = [];
          client.start(sim, params, backend);
          return;
        }
        case 'error':
          res.error = `${m.kind}: ${m.message}`;
          return finish();
      }
    }

    t0 = performance.now();
    runStart = t0;
    client.start(sim, params, backend);
  });
}

async function limits(opts: { samples: number; minMs: number; only?: string[] }): Promise<LimitsResult> {
  const w = new Worker(new URL('./limits.worker.ts', import.meta.url), { type: 'module', name: 'bench-limits' });
  try {
    return await new Promise<LimitsResult>((resolve, reject) => {
      w.onmessage = (ev) => {
        if (ev.data.type === 'done') resolve(ev.data.result);
        else if (ev.data.type === 'error') reject(new Error(ev.data.message));
      };
      w.onerror = (ev) => reject(new Error(ev.message || 'limits worker failed'));
      w.postMessage(opts);
    });
  } finally {
    w.terminate();
  }
}

/** The sims that exist and whether they export reached (the bench script cross-checks the pages). */
async function inventory(): Promise<{ sim: string; usesTf: boolean; hasReached: boolean }[]> {
  const out = [];
  for (const [path, load] of Object.entries(sims)) {
    const sim = path.split('/').at(-2)!;
    try {
      const mod = await load();
      out.push({ sim, usesTf: !!mod.usesTf, hasReached: typeof mod.reached === 'function' });
    } catch {
      out.push({ sim, usesTf: false, hasReached: false });
    }
  }
  return out;
}

(window as unknown as { __bench: unknown }).__bench = { figure, limits, inventory, ready: true };
document.getElementById('state')!.textContent = 'ready';
