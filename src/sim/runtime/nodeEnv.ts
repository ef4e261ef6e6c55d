/**
 * The SimEnv for Node (unit tests, posters, benchmarks): same seeded RNG, same tfjs kernels
 * (wasm by default) and assets read from public/data instead of fetched.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createRng } from './rng';
import { loadTfForNode } from './tfNode';
import type { SimEnv, SimModule, TF } from './types';
import type { ParamSchema, ParamValues } from './params';

const dataDir = fileURLToPath(new URL('../../../public/data/', import.meta.url));

export async function nodeEnv(seed: number, usesTf: boolean, backend: 'wasm' | 'cpu' = 'wasm'): Promise<SimEnv> {
  const tf = usesTf ? await loadTfForNode(backend) : (undefined as unknown as TF);
  return {
    tf,
    rng: createRng(seed),
    loadAsset: async (name) => new Uint8Array(await readFile(dataDir + name)),
  };
}

/** Runs a core to `steps` (default: the whole run) in chunks of `chunk` and returns every row. */
export async function runToEnd<S extends ParamSchema>(
  mod: SimModule<S>,
  params: ParamValues<S>,
  opts: { steps?: number; chunk?: number } = {},
) {
  const env = await nodeEnv(params.seed as number, mod.usesTf);
  const sim = await mod.createSim(params, env);
  const rows = [];
  let frame;
  const total = Math.min(opts.steps ?? sim.totalSteps, sim.totalSteps);
  let done = 0;
  while (done < total) {
    const n = Math.min(opts.chunk ?? 50, total - done);
    const out = sim.step(n);
    rows.push(...out.rows);
    if (out.frame) frame = out.frame;
    done += n;
  }
  sim.dispose();
  return { rows, frame, totalSteps: sim.totalSteps };
}
