/**
 * Every page's figures and "Try this" links are consistent: each <LiveFigure> names an existing core,
 * figure ids are unique on the page, and every prose link that sets a figure's state (`?ns.key=v#ns`)
 * targets a figure on the same page with keys and values its schema accepts without correction.
 * A typo in a link would otherwise show the reader a correction notice instead of the experiment.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFigureState } from '../permalink/codec';
import type { ParamSchema } from '../../sim/runtime/params';

const schemas = import.meta.glob<{ params: ParamSchema }>('../../sim/*/params.ts', { eager: true });
const schemaOf = (sim: string) => schemas[`../../sim/${sim}/params.ts`]?.params;
const pages = readdirSync('content/papers').filter((f) => f.endsWith('.mdx'));

describe.each(pages)('%s', (file) => {
  const src = readFileSync(`content/papers/${file}`, 'utf8');
  const figures = [...src.matchAll(/<LiveFigure\b([^>]*)\/>/g)].map((m) => ({
    sim: /\bsim="([^"]+)"/.exec(m[1])?.[1] ?? '',
    id: /\bid="([^"]+)"/.exec(m[1])?.[1] ?? '',
  }));

  it('embeds figures that exist, with unique ids', () => {
    for (const f of figures) expect(schemaOf(f.sim), `no core src/sim/${f.sim}`).toBeDefined();
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
  });

  it('has prose links that set a figure on this page to a valid state', () => {
    for (const m of src.matchAll(/\]\((\?[^)#\s]*)#([A-Za-z0-9_-]+)\)/g)) {
      const [, search, target] = m;
      const fig = figures.find((f) => f.id === target);
      expect(fig, `${m[0]} targets no figure on the page`).toBeDefined();
      const schema = schemaOf(fig!.sim)!;
      const keys = [...new URLSearchParams(search).keys()];
      expect(keys.length, `${m[0]} sets nothing`).toBeGreaterThan(0);
      for (const k of keys) {
        const [ns, name] = k.split('.');
        expect(ns, `${m[0]}: key ${k} is not in namespace ${target}`).toBe(target);
        expect(name in schema || ['t', 'cmp', 'v'].includes(name), `${m[0]}: unknown key ${name}`).toBe(true);
      }
      const state = decodeFigureState(schema, search, target);
      expect(state.corrections, `${m[0]}`).toEqual([]);
    }
  });
});

it('finds the figures and guided experiments across the site', () => {
  const all = pages.map((f) => readFileSync(`content/papers/${f}`, 'utf8')).join('\n');
  expect((all.match(/<LiveFigure\b/g) ?? []).length).toBeGreaterThanOrEqual(50);
  expect((all.match(/\]\(\?[^)#\s]*#[A-Za-z0-9_-]+\)/g) ?? []).length).toBeGreaterThanOrEqual(150);
});
