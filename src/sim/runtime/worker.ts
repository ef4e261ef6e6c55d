/// <reference types="vite/client" />
/// <reference lib="webworker" />
/**
 * The ONE generic simulation Worker (DESIGN.md §4). It hosts any core in src/sim/<id>/sim.ts by
 * id through lazy imports, loads tfjs only for cores that set `usesTf` (core + gradients + wasm,
 * cpu as the fallback), and drives the core with a SimRunner. tfjs lives only here: importing it
 * on the main thread too would ship two copies (stack-notes.md, fix 4).
 */
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { installFastMatMulGrad } from './fastMatMulGrad';
import type { AfterStart, Backend, BackendRequest, FallbackReason, FromWorkerBody, ToWorker } from './messages';
import { createRng } from './rng';
import { SimRunner } from './runner';
import type { SimEnv, SimModule, TF } from './types';
import type { ParamValues, ParamSchema } from './params';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const registry = import.meta.glob<SimModule>('../*/sim.ts');

type Loaded = { tf: TF; backend: Backend; fallback?: FallbackReason };
let tfLoaded: Promise<Loaded> | null = null;
let runner: SimRunner | null = null;
let currentRun = 0;
/** The current run's `then`, dropped by a `pause` that arrives while the run is still starting. */
let afterStart: AfterStart | undefined;

function post(run: number, m: FromWorkerBody): void {
  scope.postMessage({ ...m, run });
}

async function loadTf(request: BackendRequest): Promise<Loaded> {
  const tf = (await import('@tensorflow/tfjs-core')) as TF;
  await import('@tensorflow/tfjs-core/dist/register_all_gradients');
  // Chained ops (x.toFloat(), x.square()…) exist in Node's tfjs union, so cores tested there may use
  // them: register them here too, so a core behaves the same in the browser.
  await import('@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops');
  tf.env().set('PROD', true);
  // `typeof WebAssembly` is checked here, in the Worker: a page cannot remove WebAssembly from a
  // Worker's global scope, but a browser with wasm disabled (e.g. V8's --noexpose_wasm) has none.
  const hasWasm = typeof WebAssembly === 'object';
  const fallback: FallbackReason = request === 'cpu' ? 'forced' : hasWasm ? 'wasm-failed' : 'no-webassembly';
  if (request !== 'cpu' && hasWasm) {
    try {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      const abs = (u: string) => new URL(u, scope.location.href).href;
      wasm.setWasmPaths({
        'tfjs-backend-wasm.wasm': abs(wasmPlain),
        'tfjs-backend-wasm-simd.wasm': abs(wasmSimd),
        'tfjs-backend-wasm-threaded-simd.wasm': abs(wasmThreaded),
      });
      if (await tf.setBackend('wasm')) {
        await tf.ready();
        // The fast gradient helps wasm only (it is neutral on cpu): stack-notes.md, fix 2.
        installFastMatMulGrad(tf);
        const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
        return { tf, backend: simd ? 'wasm-simd' : 'wasm' };
      }
    } catch {
      // Fall through to cpu: a blocked .wasm fetch or a missing WebAssembly must not break the figure.
    }
  }
  await import('@tensorflow/tfjs-backend-cpu');
  await tf.setBackend('cpu');
  await tf.ready();
  return { tf, backend: 'cpu', fallback };
}

async function start(run: number, simId: string, params: Record<string, unknown>, request: BackendRequest) {
  runner?.dispose();
  runner = null;
  const load = registry[`../${simId}/sim.ts`];
  if (!load) return post(run, { type: 'error', kind: 'unknown-sim', message: `No simulation called “${simId}”.` });
  let mod: SimModule;
  let tf: TF | undefined;
  let backend: Backend = 'js';
  let fallback: FallbackReason | undefined;
  try {
    mod = await load();
    if (mod.usesTf) {
      // One backend per Worker: a request for another one (cpu override) needs a fresh Worker.
      tfLoaded ??= loadTf(request);
      ({ tf, backend, fallback } = await tfLoaded);
    }
  } catch (e) {
    tfLoaded = null;
    return post(run, { type: 'error', kind: 'backend', message: errorText(e) });
  }
  if (run !== currentRun) return;
  const env: SimEnv = {
    tf: tf as TF,
    rng: createRng(Number(params.seed ?? 1)),
    loadAsset,
  };
  try {
    const sim = await mod.createSim(params as ParamValues<ParamSchema>, env);
    if (run !== currentRun) return sim.dispose();
    runner = new SimRunner(sim, (m) => post(run, m), clock);
    post(run, { type: 'ready', backend, totalSteps: sim.totalSteps, ...(fallback ? { fallback } : {}) });
  } catch (e) {
    return post(run, { type: 'error', kind: 'create', message: errorText(e) });
  }
  const then = afterStart;
  afterStart = undefined;
  if (then?.kind === 'run') runner.run(then.speed);
  else if (then?.kind === 'seek') return runner.seek(then.step);
}

/**
 * Static data files by name, fetched once per Worker: a slider restart reuses the bytes (cores only
 * read them). A failed fetch is forgotten, so Retry fetches again.
 */
const assets = new Map<string, Promise<Uint8Array>>();
function loadAsset(name: string): Promise<Uint8Array> {
  let bytes = assets.get(name);
  if (!bytes) {
    bytes = (async () => {
      const res = await fetch(
        new URL(`${import.meta.env.BASE_URL}data/${name}`.replace('//', '/'), scope.location.origin),
      );
      if (!res.ok) throw new Error(`Could not load ${name} (${res.status}).`);
      return new Uint8Array(await res.arrayBuffer());
    })();
    bytes.catch(() => assets.delete(name));
    assets.set(name, bytes);
  }
  return bytes;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Yields through a MessageChannel (no 4 ms setTimeout clamp), or sleeps when running slowed down. */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const clock = {
  now: () => performance.now(),
  sleep: (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms > 1) setTimeout(resolve, ms);
      else {
        waiting.push(resolve);
        channel.port2.postMessage(0);
      }
    }),
};

// Messages are handled in order; `start` is async, so later commands wait for it.
let queue: Promise<unknown> = Promise.resolve();
scope.onmessage = (ev: MessageEvent<ToWorker>) => {
  const m = ev.data;
  if (m.type === 'start') {
    currentRun = m.run;
    afterStart = m.then;
    runner?.pause();
    queue = queue.then(() => start(m.run, m.sim, m.params, m.backend ?? 'auto'));
    return;
  }
  if (m.type === 'ping') return post(currentRun, { type: 'pong' }); // the page's watchdog
  if (m.type === 'pause') {
    runner?.pause(); // answered at once, not queued behind a seek
    afterStart = undefined;
  }
  queue = queue.then(() => {
    if (!runner) return;
    if (m.type === 'run') runner.run(m.speed);
    else if (m.type === 'seek') return runner.seek(m.step);
    else if (m.type === 'step') runner.stepBy(m.steps);
    else if (m.type === 'dispose') {
      runner.dispose();
      runner = null;
    }
  });
};
