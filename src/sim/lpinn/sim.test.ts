import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { nodeEnv, runToEnd } from '../runtime/nodeEnv';

const base = defaultsOf(mod.params);

describe('lpinn', () => {
  it('at c = 30 the Eulerian PINN fails while the Lagrangian PINN fits the travelling wave', async () => {
    const { rows } = await runToEnd(mod, base, { steps: 260 });
    const last = rows.at(-1)!;
    expect(last.pinnErr).toBeGreaterThan(0.5);
    expect(last.lpinnErr).toBeLessThan(0.15);
    expect(last.lpinnErr).toBeLessThan(rows[1].lpinnErr / 2); // and still improving
  }, 60000);

  it('at c = 1 the ordinary PINN succeeds too: the failure comes from fast transport', async () => {
    const { rows } = await runToEnd(mod, { ...base, c: 1 }, { steps: 100 });
    expect(rows.at(-1)!.pinnErr).toBeLessThan(0.1);
  }, 60000);

  it('keeps a stable tensor count, frees everything, and is deterministic', async () => {
    const env = await nodeEnv(base.seed, true);
    const tf = env.tf;
    const start = tf.memory().numTensors;
    const sim = await mod.createSim(base, env);
    const first = sim.step(1).rows;
    const after1 = tf.memory().numTensors;
    const more = sim.step(40).rows;
    expect(tf.memory().numTensors).toBe(after1);
    sim.dispose();
    expect(tf.memory().numTensors).toBe(start);
    const again = await runToEnd(mod, base, { steps: 41, chunk: 7 });
    expect(again.rows).toEqual([...first, ...more]);
  }, 60000);
});
