import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

const base = defaultsOf(mod.params);
/** Preference queries until KL(π*_β ‖ π) first drops below 1e-10 (Infinity if never). */
const hit = (rows: Record<string, number>[], key: string) => rows.find((r) => r[key] < 1e-10)?.step ?? Infinity;

describe('Nash Mirror Prox: last-iterate linear convergence', () => {
  it('reaches the regularised Nash policy in far fewer queries than mirror descent; Nash-MD with a constant step stalls', async () => {
    const { rows } = await runToEnd(mod, base);
    expect(hit(rows, 'klMp')).toBeLessThanOrEqual(60);
    expect(hit(rows, 'klMd')).toBeGreaterThan(2 * hit(rows, 'klMp'));
    expect(rows[rows.length - 1].klNmd).toBeGreaterThan(1e-4);
    expect(mod.reached(rows)).toBe(true);
  });

  it('its speed barely depends on the number of responses', async () => {
    for (const k of [10, 30]) {
      const { rows } = await runToEnd(mod, { ...base, k });
      expect(hit(rows, 'klMp')).toBeLessThanOrEqual(60);
    }
  });

  it('with small steps the look-ahead no longer pays for its second query', async () => {
    const { rows } = await runToEnd(mod, { ...base, eta: 0.5 });
    expect(hit(rows, 'klMp')).toBeGreaterThanOrEqual(hit(rows, 'klMd'));
  });

  it('is deterministic and independent of chunking', async () => {
    const a = await runToEnd(mod, base, { chunk: 7 });
    const b = await runToEnd(mod, base, { chunk: 50 });
    expect(a.rows).toEqual(b.rows);
  });
});
