import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

const base = defaultsOf(mod.params);

describe('Nash-MD: last-iterate convergence in a preference game', () => {
  it('Nash-MD converges in the last iterate; self-play only on average; Bradley–Terry RLHF to an exploitable policy', async () => {
    const { rows } = await runToEnd(mod, base);
    const end = rows[rows.length - 1];
    const tail = rows.slice(-100);
    expect(end.klMd).toBeLessThan(1e-3);
    expect(Math.max(...tail.map((r) => r.explMd))).toBeLessThan(0.03);
    expect(Math.min(...tail.map((r) => r.explSp))).toBeGreaterThan(0.05); // self-play keeps cycling
    expect(end.explAvg).toBeLessThan(0.03); // … though its average approaches the Nash policy
    expect(end.explBt).toBeGreaterThan(0.15);
    expect(mod.reached(rows)).toBe(true);
  });

  it('without regularisation (τ = 0) Nash-MD is self-play and its last iterate never settles', async () => {
    const { rows } = await runToEnd(mod, { ...base, tau: 0 });
    const tail = rows.slice(-100);
    expect(rows[rows.length - 1].klMd).toBeGreaterThan(0.1);
    expect(Math.min(...tail.map((r) => r.explMd))).toBeGreaterThan(0.05);
    expect(mod.reached(rows)).toBe(false);
  });

  it('is deterministic and independent of chunking', async () => {
    const a = await runToEnd(mod, base, { chunk: 7 });
    const b = await runToEnd(mod, base, { chunk: 50 });
    expect(a.rows).toEqual(b.rows);
  });
});
