import { describe, expect, it } from 'vitest';
import { createRng } from '../runtime/rng';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';

const last = <T>(rows: T[]) => rows[rows.length - 1];

describe('lol: Loss-over-Loss on a shared per-document feedback gate', () => {
  it('has hand-written gradients that match finite differences', () => {
    const rng = createRng(7);
    const qs = Array.from({ length: 4 }, () => mod.makeQuery(rng, 0.9, 1.5));
    const w = [-1.2, 2.5, 0.7];
    for (const lambda of [0, 1.5]) {
      const g = new Float64Array(3);
      for (const Q of qs) mod.objective(Q, w, lambda, g, 1);
      for (let t = 0; t < 3; t++) {
        const h = 1e-6;
        const up = [...w];
        const dn = [...w];
        up[t] += h;
        dn[t] -= h;
        let fd = 0;
        for (const Q of qs)
          fd +=
            (mod.objective(Q, up, lambda, new Float64Array(3), 1) -
              mod.objective(Q, dn, lambda, new Float64Array(3), 1)) /
            (2 * h);
        expect(Math.abs(fd - g[t])).toBeLessThan(1e-6 * Math.max(1, Math.abs(g[t])));
      }
    }
  });

  it('with defaults, LoL shifts the gate from the feedback mean to the relevance cue and attends less to off-topic feedback; MRR barely moves', async () => {
    // Checked on seeds 1–6: off-topic attention ratio LoL / no LoL 0.79–0.88; cue ÷ centroid weight
    // 0.06–0.15 → 0.16–0.28 (×1.9 to ×2.6); MRR at depth 8 differs by −0.003 … +0.012.
    for (const seed of [1, 2, 3, 4]) {
      const { rows, frame } = await runToEnd(mod, { ...mod.defaults, seed });
      const end = last(rows);
      expect(end.step).toBe(mod.TOTAL_STEPS);
      expect(end.irrLol).toBeLessThan(0.92 * end.irrBase);
      expect(end.wcueLol).toBeGreaterThan(end.wcueBase);
      expect(end.wcLol).toBeLessThan(end.wcBase);
      expect(end.wcueLol / end.wcLol).toBeGreaterThan(1.5 * (end.wcueBase / end.wcBase));
      // Both gates learn to suppress off-topic feedback well below uniform weights.
      expect(end.irrBase).toBeLessThan(0.4 * end.irrUniform);
      // Feedback helps both arms over the original query; the depth-8 MRR gap stays small either way.
      expect(end.mrrBase).toBeGreaterThan(end.mrr0 + 0.2);
      expect(Math.abs(end.mrrLol - end.mrrBase)).toBeLessThan(0.03);
      expect(mod.reached(rows)).toBe(true);
      expect(frame?.depth.kind).toBe('curves');
      expect(frame?.gate.kind).toBe('bars');
    }
  });

  it('without off-topic feedback the arms agree; without a relevance cue there is nothing to shift to', async () => {
    for (const seed of [1, 2]) {
      // Seeds 1–4: no off-topic documents at all; MRR per depth within 0.005 of each other.
      const clean = await runToEnd(mod, { ...mod.defaults, irrShare: 0, seed });
      expect(last(clean.rows).irrBase).toBe(0);
      expect(last(clean.rows).irrLol).toBe(0);
      const [b, l] = (clean.frame!.depth as { series: { y: Float32Array }[] }).series;
      for (let d = 0; d < mod.DEPTHS.length; d++) expect(Math.abs(b.y[d] - l.y[d])).toBeLessThan(0.01);
      expect(mod.reached(clean.rows)).toBe(false);
      // Seeds 1–4 with cue 0: LoL's off-topic attention ends 4–6% above the baseline's, not below.
      const blind = last((await runToEnd(mod, { ...mod.defaults, cue: 0, seed })).rows);
      expect(blind.irrLol).toBeGreaterThan(0.97 * blind.irrBase);
    }
  });

  it('is deterministic by seed, independent of the chunk size, and identical across arms at λ = 0', async () => {
    const a = await runToEnd(mod, mod.defaults, { steps: 60, chunk: 7 });
    const b = await runToEnd(mod, mod.defaults, { steps: 60, chunk: 50 });
    expect(a.rows).toEqual(b.rows);
    expect(a.rows.length).toBe(7);
    const c = await runToEnd(mod, { ...mod.defaults, seed: 2 }, { steps: 60, chunk: 50 });
    expect(c.rows).not.toEqual(a.rows);
    for (const r of a.rows) for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
    const same = await runToEnd(mod, { ...mod.defaults, lambda: 0 }, { steps: 60 });
    for (const r of same.rows) {
      expect(r.irrLol).toBe(r.irrBase);
      expect(r.mrrLol).toBe(r.mrrBase);
      expect(r.wcueLol).toBe(r.wcueBase);
    }
  });
});
