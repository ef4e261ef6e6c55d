/**
 * `npm run posters [-- <sim id> …]`: runs every figure's default parameters in Node with the same
 * core the browser runs and writes src/sim/<id>/poster.json, which LiveFigure renders as a static
 * SVG at build time. Runs under vite-node so `import.meta.glob` finds every figure.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FigureSpec } from '../src/sim/runtime/figure';
import { defaultsOf } from '../src/sim/runtime/params';
import { runToEnd } from '../src/sim/runtime/nodeEnv';
import type { SimModule } from '../src/sim/runtime/types';
import { posterJson } from '../src/widgets/figure/posterData';

const sims = import.meta.glob<SimModule>('../src/sim/*/sim.ts');
const figures = import.meta.glob<{ figure: FigureSpec }>('../src/sim/*/figure.ts');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));

for (const path of Object.keys(figures).sort()) {
  const id = path.split('/')[3];
  if (id === 'runtime' || id === 'shared') continue; // the spec types and shared modules, not figures
  if (only.length && !only.includes(id)) continue;
  const load = sims[`../src/sim/${id}/sim.ts`];
  if (!load) throw new Error(`${id}: figure.ts without sim.ts`);
  const [{ figure }, mod] = await Promise.all([figures[path](), load()]);
  const params = defaultsOf(mod.params);
  const t0 = performance.now();
  const { rows, frame, totalSteps } = await runToEnd(mod, params, { chunk: 50 });
  const poster = posterJson(figure, params, rows, frame, totalSteps);
  const out = fileURLToPath(new URL(`../src/sim/${id}/poster.json`, import.meta.url));
  await writeFile(out, JSON.stringify(poster) + '\n');
  console.log(
    `${id}: ${rows.length} rows → ${poster.rows.length}, ${((performance.now() - t0) / 1000).toFixed(1)} s → ${out}`,
  );
}
