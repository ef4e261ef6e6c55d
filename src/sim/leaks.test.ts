/**
 * No leaks (issue 13, guarantee 2): every tfjs core (`usesTf = true`, found by import.meta.glob,
 * so a new core is covered automatically) runs its default run for its full length or 5,000
 * steps, whichever is less, and `tf.memory().numTensors` and `numBytes` must stay flat during the
 * run and return to their starting values after `dispose()`.
 *
 * Time bound: each core gets at most BUDGET_MS of stepping (a slow core on a busy machine stops
 * early, never below MIN_STEPS or the whole run); the steps actually run are printed per core.
 */
import { describe, expect, it } from 'vitest';
import { nodeEnv } from './runtime/nodeEnv';
import { defaultsOf } from './runtime/params';
import type { SimModule } from './runtime/types';

const MAX_STEPS = 5_000;
const BUDGET_MS = Number(process.env.LEAK_BUDGET_MS ?? 10_000);
const MIN_STEPS = 200;

// The sources tell which cores use tfjs without importing all of them.
const sources = import.meta.glob<string>('./*/sim.ts', { query: '?raw', import: 'default', eager: true });
const loaders = import.meta.glob<SimModule>('./*/sim.ts');
const tfCores = Object.keys(sources)
  .filter((path) => /export const usesTf\s*=\s*true\b/.test(sources[path]))
  .map((path) => path.split('/')[1])
  .sort();

describe('tensor leaks: every tfjs core', () => {
  it('finds the tfjs cores', () => {
    expect(tfCores.length).toBeGreaterThanOrEqual(4);
  });

  it.each(tfCores)(
    '%s: tensors and bytes flat while training and back to the start after dispose()',
    async (id) => {
      const mod = await loaders[`./${id}/sim.ts`]();
      expect(mod.usesTf).toBe(true);
      const params = defaultsOf(mod.params);
      const env = await nodeEnv(Number(params.seed ?? 1), true);
      const tf = env.tf;
      const start = tf.memory();
      const sim = await mod.createSim(params, env);
      const target = Math.min(sim.totalSteps, MAX_STEPS);
      // Optimiser slots and caches may appear on the first steps: the baseline is taken after a warm-up chunk.
      const chunk = Math.max(1, Math.min(50, Math.ceil(target / 100)));
      let done = 0;
      const stepTo = (n: number) => {
        const out = sim.step(n);
        for (const r of out.rows)
          for (const v of Object.values(r)) if (typeof v !== 'number') throw new Error(`row holds a ${typeof v}`);
        done += n;
      };
      stepTo(chunk);
      const base = tf.memory();
      const drift: string[] = [];
      const t0 = performance.now();
      while (done < target && (performance.now() - t0 < BUDGET_MS || done < Math.min(MIN_STEPS, target))) {
        stepTo(Math.min(chunk, target - done));
        const m = tf.memory();
        if ((m.numTensors !== base.numTensors || m.numBytes !== base.numBytes) && drift.length < 5)
          drift.push(`step ${done}: ${m.numTensors - base.numTensors} tensors, ${m.numBytes - base.numBytes} bytes`);
      }
      const ms = performance.now() - t0;
      sim.dispose();
      const end = tf.memory();
      console.info(
        `${id}: ${done} of ${target} steps (run ${sim.totalSteps}) in ${(ms / 1000).toFixed(1)} s, ${base.numTensors - start.numTensors} tensors live while training`,
      );
      expect(drift, `${id} tensor count or bytes changed during the run`).toEqual([]);
      expect(
        { numTensors: end.numTensors, numBytes: end.numBytes },
        `${id} left tensors behind after dispose()`,
      ).toEqual({
        numTensors: start.numTensors,
        numBytes: start.numBytes,
      });
    },
    120_000,
  );
});
