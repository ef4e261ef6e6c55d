import { describe, expect, it } from 'vitest';
import type { FigureSpec } from '../../sim/runtime/figure';
import type { ParamSchema } from '../../sim/runtime/params';
import { figureProblems, type Poster } from './validate';

// Every figure (a src/sim/<id>/figure.ts) must have a poster made from its schema's defaults:
// `npm run posters -- <id>` regenerates it. LiveFigure.astro runs the same check at build time.
const specs = import.meta.glob<{ figure: FigureSpec }>('../../sim/*/figure.ts', { eager: true });
const schemas = import.meta.glob<{ params: ParamSchema }>('../../sim/*/params.ts', { eager: true });
const posters = import.meta.glob<Poster>('../../sim/*/poster.json', { eager: true, import: 'default' });
// runtime/ holds figure.ts (the FigureSpec types) and shared/ holds cores: neither is a figure.
const ids = Object.keys(specs)
  .map((p) => p.split('/')[3])
  .filter((id) => id !== 'runtime' && id !== 'shared');

describe('posters', () => {
  it('finds the figures', () => expect(ids).toContain('comp-sum'));
  it.each(ids)('%s has a poster made with its default params and a consistent spec', (id) => {
    const problems = figureProblems(
      id,
      specs[`../../sim/${id}/figure.ts`]?.figure,
      schemas[`../../sim/${id}/params.ts`]?.params,
      posters[`../../sim/${id}/poster.json`],
    );
    expect(problems).toEqual([]);
  });
});
