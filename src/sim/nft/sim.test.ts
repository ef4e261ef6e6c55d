import { describe, expect, it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';

const defaults = defaultsOf(mod.params);
const run = (over: Partial<typeof defaults> = {}, chunk = 50) => runToEnd(mod, { ...defaults, ...over }, { chunk });
const at = (rows: Record<string, number>[], s: number) => rows.find((r) => r.step === s)!;
const meanOf = (rows: Record<string, number>[], key: string) =>
  rows.filter((r) => key in r).reduce((a, r) => a + r[key], 0) / rows.filter((r) => key in r).length;

describe('NFT against RFT and GRPO', () => {
  it('defaults: NFT pushes the rejected answers down and ends above rejection-sampling fine-tuning', async () => {
    const { rows } = await run();
    for (const s of [60, 150]) expect(at(rows, s).acc_nft).toBeGreaterThan(at(rows, s).acc_rft + 0.015);
    expect(at(rows, 150).acc_nft).toBeGreaterThan(at(rows, 0).acc_nft + 0.6);
    // Negative feedback: the log-probability of answers the verifier rejected falls at least twice as fast.
    expect(meanOf(rows, 'neg_nft')).toBeLessThan(2 * meanOf(rows, 'neg_rft'));
    expect(meanOf(rows, 'neg_rft')).toBeLessThan(0);
  });

  it('strictly on-policy with ω = 1 − r_q, NFT and GRPO are the same algorithm', async () => {
    const { rows } = await run({ weighting: 'grpo' });
    for (const r of rows) {
      expect(Math.abs(r.acc_nft - r.acc_grpo)).toBeLessThan(1e-9);
      expect(Math.abs(r.trap_nft - r.trap_grpo)).toBeLessThan(1e-9);
    }
  });

  it('off-policy (4 updates per batch) the equivalence breaks', async () => {
    const { rows } = await run({ weighting: 'grpo', epochs: 4 });
    const gap = Math.max(...rows.map((r) => Math.abs(r.acc_nft - r.acc_grpo)));
    expect(gap).toBeGreaterThan(0.005);
  });

  it('the per-sample weights: at R = 1 NFT·(1 − r_q) equals the group-relative advantage', () => {
    const rewards = [1, 0, 0, 1, 0, 0, 0, 0];
    const ones = rewards.map(() => 1);
    const nft = mod.sampleWeights('nft', rewards, ones, 'grpo');
    const grpo = mod.sampleWeights('grpo', rewards, ones, 'grpo');
    nft.forEach((w, i) => expect(w).toBeCloseTo(grpo[i], 12));
    expect(mod.sampleWeights('rft', rewards, ones, 'grpo')).toEqual(rewards);
  });

  it('is deterministic by seed and independent of chunking', async () => {
    const a = await run({}, 7);
    const b = await run({}, 50);
    expect(a.rows).toEqual(b.rows);
    expect((await run({ seed: 3 })).rows).not.toEqual(a.rows);
  });
});
