import { it } from 'vitest';
import * as mod from './sim';
import { defaultsOf } from '../runtime/params';
import { runToEnd } from '../runtime/nodeEnv';
it('cal', async () => {
  for (const [c, steps] of [[{}, 1000], [{c:1}, 200]] as const) {
    const p = { ...defaultsOf(mod.params), ...c } as any;
    const t0 = performance.now();
    const { rows } = await runToEnd(mod, p, {steps});
    console.log(JSON.stringify(c), (performance.now()-t0).toFixed(0),'ms', rows.filter(r=>r.step%100===0).map(r=>`@${r.step} ${r.pinnErr.toFixed(3)}/${r.lpinnErr.toFixed(3)}`).join(' '));
  }
}, 300000);
