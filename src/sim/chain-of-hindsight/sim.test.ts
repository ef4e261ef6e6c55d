import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const defaults = defaultsOf(mod.params);
const run = (over: Partial<typeof defaults> = {}, chunk = 50) => runToEnd(mod, { ...defaults, ...over }, { chunk });
const last = (rows: Record<string, number>[]) => rows[rows.length - 1];

describe('Chain of Hindsight against SFT on positives', () => {
  it('defaults: learning from good and bad outputs transfers to unseen prompts better than SFT', async () => {
    for (const seed of [1, 2]) {
      const end = last((await run({ seed })).rows);
      expect(end.held_coh).toBeGreaterThan(end.held_sft + 0.05);
      expect(end.held_coh).toBeGreaterThan(end.held_base + 0.2);
      // It has learned the contrast: prompted with "Bad:", it produces worse outputs than the base model.
      expect(end.held_bad).toBeLessThan(end.held_base);
      // On the training prompts both fit the approved outputs about equally well.
      expect(Math.abs(end.train_coh - end.train_sft)).toBeLessThan(0.05);
    }
  });

  it('without the negatives CoH sees what SFT sees and becomes SFT', async () => {
    const { rows } = await run({ negatives: false });
    for (const r of rows) expect(r.held_coh).toBeCloseTo(r.held_sft, 12);
  });

  it('uninformative ratings (noise 0.5): no method learns the direction of quality', async () => {
    const end = last((await run({ labelNoise: 0.5, samples: 16 })).rows);
    expect(Math.abs(end.held_coh - end.held_base)).toBeLessThan(0.1);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await run({}, 7);
    const b = await run({}, 50);
    expect(a.rows).toEqual(b.rows);
    expect((await run({ seed: 4 })).rows).not.toEqual(a.rows);
  });
});
