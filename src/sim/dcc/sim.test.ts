import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const defaults = defaultsOf(mod.params);
const at = (rows: Record<string, number>[], B: number) => rows.find((r) => r.shared === B)!;

describe('dataset condensation with contrastive signals', () => {
  it('as shared irrelevant content grows, class-wise matching loses the contrast between classes; summed matching keeps it', async () => {
    const { rows } = await runToEnd(mod, defaults);
    // Calibrated (seed 1): gaps at B = 0: DC 1.78, DCC 3.44; at B = 3: DC 0.048, DCC 0.78.
    expect(at(rows, 0).gapDcc / at(rows, 0).gapDc).toBeLessThan(3);
    expect(at(rows, 3).gapDcc / at(rows, 3).gapDc).toBeGreaterThan(10);
    expect(at(rows, 3).gapDc).toBeLessThan(0.05 * at(rows, 0).gapDc);
    for (const r of rows.filter((r) => r.shared !== undefined)) expect(r.gapDcc).toBeGreaterThan(r.gapDc);
    // The maps at B = 3: DCC's loss varies far more with where class 1's point sits.
    const last = rows.at(-1)!;
    expect(last.rangeDcc).toBeGreaterThan(5 * last.rangeDc);
  }, 30_000);

  it('without shared content the two objectives see the class differences about equally', async () => {
    const last = (await runToEnd(mod, { ...defaults, shared: 0 })).rows.at(-1)!;
    expect(last.rangeDcc).toBeLessThan(3 * last.rangeDc);
    expect(last.missDc).toBeLessThan(0.3);
  }, 30_000);

  it('is deterministic and independent of chunking', async () => {
    const a = await runToEnd(mod, defaults, { chunk: 1 });
    const b = await runToEnd(mod, defaults, { chunk: 50 });
    expect(JSON.stringify(b.rows)).toBe(JSON.stringify(a.rows));
  }, 30_000);
});
