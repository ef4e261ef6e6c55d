import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const base = defaultsOf(mod.params);

describe('counter-current', () => {
  it('local counter-current learning matches backprop and beats training the top layer alone', async () => {
    const { rows } = await runToEnd(mod, base, { steps: 200 });
    const last = rows.at(-1)!;
    expect(last.cclTest).toBeGreaterThanOrEqual(0.93);
    expect(last.cclTest).toBeGreaterThanOrEqual(last.bpTest - 0.05);
    expect(last.cclTest).toBeGreaterThan(last.topTest + 0.05);
    expect(rows[0].cclTest).toBeLessThan(0.8); // it is learning, not starting there
    expect(mod.reached(rows)).toBe(true);
  });

  it('is deterministic and chunk-independent', async () => {
    const a = await runToEnd(mod, base, { chunk: 7, steps: 20 });
    const b = await runToEnd(mod, base, { chunk: 50, steps: 20 });
    expect(a.rows).toEqual(b.rows);
  });
});
