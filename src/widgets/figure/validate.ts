/**
 * Build-time checks of a figure before it reaches a page (LiveFigure.astro and the poster test):
 * a mistake here must fail the build loudly, not render a broken island.
 */
import type { FigureSpec } from '../../sim/runtime/figure';
import type { ParamSchema } from '../../sim/runtime/params';
import { defaultsOf } from '../../sim/runtime/params';
import { RESERVED } from '../../lib/permalink/codec';
import type { Frame, MetricRow } from '../../sim/runtime/types';

export interface Poster {
  params: Record<string, unknown>;
  rows: MetricRow[];
  frame?: Frame;
  totalSteps: number;
}

export const NS_PATTERN = /^[a-z][a-z0-9-]{0,23}$/;

export function figureProblems(
  sim: string,
  spec: FigureSpec | undefined,
  schema: ParamSchema | undefined,
  poster: Poster | undefined,
): string[] {
  const out: string[] = [];
  if (!spec) return [`src/sim/${sim}/figure.ts is missing or does not export \`figure\`.`];
  if (!schema) return [`src/sim/${sim}/params.ts is missing or does not export \`params\`.`];
  if (spec.sim !== sim) out.push(`figure.ts says sim '${spec.sim}' but lives in src/sim/${sim}/.`);
  for (const k of RESERVED) if (k in schema) out.push(`params.ts uses the reserved permalink key '${k}'.`);
  if (!('seed' in schema)) out.push('params.ts has no seed field.');
  const ids = spec.panels.map((p) => p.id);
  if (new Set(ids).size !== ids.length) out.push(`panel ids repeat: ${ids.join(', ')}.`);
  if (!spec.summaryKeys.length) out.push('summaryKeys is empty.');
  if (!poster) out.push(`src/sim/${sim}/poster.json is missing: run \`npm run posters\`.`);
  else {
    const d = defaultsOf(schema) as Record<string, unknown>;
    const same =
      Object.keys(d).length === Object.keys(poster.params).length &&
      Object.keys(d).every((k) => d[k] === poster.params[k]);
    if (!same)
      out.push(
        `src/sim/${sim}/poster.json was made with params ${JSON.stringify(poster.params)}, not the defaults ${JSON.stringify(d)}: run \`npm run posters\`.`,
      );
  }
  return out;
}
