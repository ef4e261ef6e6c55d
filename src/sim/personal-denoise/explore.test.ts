import { it } from 'vitest';
import { runToEnd } from '../runtime/nodeEnv';
import * as mod from './sim';
it('explore', async () => {
  for (const t of [{l2:0.02, lr:0.05, bias:-1.5, sharp:5, expo:0},{l2:0.02, lr:0.05, bias:-2, sharp:8, expo:0}]) {
  Object.assign(mod.tune, t);
  for (const o of [{}, {seed:2}, {spread:0}]) {
    const t0 = performance.now();
    const { rows } = await runToEnd(mod, { ...mod.defaults, ...o } as any);
    const l = rows.filter(r=>r.bpr!==undefined).at(-1)!; const mid = rows.find(r => r.step === 50)!;
    console.log(JSON.stringify(t), JSON.stringify(o), '|', (performance.now()-t0).toFixed(0)+'ms', 'mid', mid.bpr.toFixed(3), mid.trunc.toFixed(3), mid.pld.toFixed(3), mid.globalAuc.toFixed(3), mid.personalAuc.toFixed(3), 'end', l.bpr.toFixed(3), l.trunc.toFixed(3), l.pld.toFixed(3), 'noiseUsed', l.bprNoise.toFixed(3), l.truncNoise.toFixed(3), l.pldNoise.toFixed(3), 'auc', l.globalAuc.toFixed(3), l.personalAuc.toFixed(3), mod.reached(rows));
  }}
});
