import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';
import type { PanelData } from '../runtime/types';

const base = defaultsOf(mod.params);
const curve = (frame: Record<string, PanelData> | undefined, id: string, s = 0) => {
  const d = frame![id];
  if (d.kind !== 'curves') throw new Error('not curves');
  return Array.from(d.series[s].y);
};

describe('deep-kurtosis', () => {
  it('deeper layers are less Gaussian, at the rate the exact formula gives', async () => {
    const { rows, frame } = await runToEnd(mod, base);
    const k = curve(frame, 'kurt');
    expect(Math.abs(k[0])).toBeLessThan(0.1); // layer 1 is exactly Gaussian
    expect(k[4]).toBeGreaterThan(k[0] + 1);
    expect(k[9]).toBeGreaterThan(k[4] + 2);
    const last = rows.at(-1)!;
    expect(Math.abs(last.kurtLast / last.theoryLast - 1)).toBeLessThan(0.15);
    expect(mod.reached(rows)).toBe(true);
  });

  it('at the same depth, a wider network is closer to Gaussian; a one-layer network is Gaussian', async () => {
    const wide = await runToEnd(mod, { ...base, width: 64 }, { steps: 30 });
    const narrow = await runToEnd(mod, base, { steps: 30 });
    expect(wide.rows.at(-1)!.kurtLast).toBeLessThan(narrow.rows.at(-1)!.kurtLast / 2);
    const shallow = await runToEnd(mod, { ...base, depth: 1 }, { steps: 20 });
    expect(Math.abs(shallow.rows.at(-1)!.kurtLast)).toBeLessThan(0.1);
  });

  it('criticality: ReLU keeps the kernel constant at C_W = 2 and lets it vanish at C_W = 1.5', async () => {
    const crit = curve((await runToEnd(mod, base, { steps: 20 })).frame, 'kernel');
    expect(crit[9] / crit[0]).toBeGreaterThan(0.85);
    expect(crit[9] / crit[0]).toBeLessThan(1.15);
    const sub = curve((await runToEnd(mod, { ...base, cw: 1.5 }, { steps: 20 })).frame, 'kernel');
    expect(sub[9] / sub[0]).toBeLessThan(0.15);
  });

  it('is deterministic and chunk-independent', async () => {
    const a = await runToEnd(mod, base, { chunk: 7, steps: 12 });
    const b = await runToEnd(mod, base, { chunk: 50, steps: 12 });
    expect(a.rows).toEqual(b.rows);
  });
});
