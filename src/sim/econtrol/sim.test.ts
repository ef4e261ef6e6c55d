import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const base = defaultsOf(mod.params);
const plateaus = (rows: Parameters<typeof mod.plateau>[0]) =>
  Object.fromEntries(mod.METHODS.map((m) => [m, mod.plateau(rows, m)]));

describe('econtrol', () => {
  it('heterogeneous, noisy: compressed SGD stalls high and EControl settles lowest', async () => {
    const { rows } = await runToEnd(mod, base);
    const p = plateaus(rows);
    expect(p.csgd).toBeGreaterThan(30 * p.ec);
    expect(p.ec).toBeLessThan(p.ef21);
    expect(p.ec).toBeLessThan(p.ef14);
    expect(mod.reached(rows)).toBe(true);
  });

  it('without noise, EControl converges linearly while classic error compensation keeps a heterogeneity floor', async () => {
    const { rows } = await runToEnd(mod, { ...base, sigma: 0 });
    const p = plateaus(rows);
    expect(p.ec).toBeLessThan(1e-10);
    expect(p.ef14).toBeGreaterThan(1e-6);
  });

  it('with homogeneous workers the bias of plain compression disappears', async () => {
    const { rows } = await runToEnd(mod, { ...base, spread: 0 });
    const p = plateaus(rows);
    expect(p.csgd).toBeLessThan(3 * p.ec);
  });

  it('η = 0 is EF21 exactly, and runs are deterministic and chunk-independent', async () => {
    const a = await runToEnd(mod, { ...base, eta: 0 }, { chunk: 7, steps: 400 });
    expect(a.rows.map((r) => r.ec)).toEqual(a.rows.map((r) => r.ef21));
    const b = await runToEnd(mod, { ...base, eta: 0 }, { chunk: 50, steps: 400 });
    expect(a.rows).toEqual(b.rows);
  });
});
