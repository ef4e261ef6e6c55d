/**
 * Checks over the built site in dist/: no broken internal links or anchors, and valid HTML.
 * These need no browser; they live with the end-to-end suite because they need the build.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';

/** The origin astro.config.mjs builds canonical URLs with (not served during this check). */
const site = process.env.SITE ?? 'http://localhost:4321';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(p);
    return p.endsWith('.html') ? [p] : [];
  });
}

test('no broken internal links in the build', async () => {
  test.setTimeout(180_000);
  const checker = new LinkChecker();
  const result = await checker.check({
    path: 'dist',
    recurse: true,
    concurrency: 20,
    // Absolute URLs are external links or canonical/Open Graph URLs of the deployed origin; in-site links are relative.
    linksToSkip: async (link) =>
      link.startsWith(site) || (/^https?:/.test(link) && !link.startsWith('http://localhost:')),
  });
  const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent})`);
  expect(broken).toEqual([]);
  expect(result.links.length).toBeGreaterThan(200);
});

test('every in-site link to an anchor points at an element that exists', () => {
  const files = htmlFiles('dist');
  const idsByPath = new Map<string, Set<string>>();
  for (const f of files) {
    const path = '/' + f.slice('dist/'.length).replace(/index\.html$/, '');
    idsByPath.set(path, new Set([...readFileSync(f, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  const broken: string[] = [];
  for (const f of files) {
    const here = '/' + f.slice('dist/'.length).replace(/index\.html$/, '');
    for (const m of readFileSync(f, 'utf8').matchAll(/\shref="([^"]*#[^"]+)"/g)) {
      const url = new URL(m[1].replace(/&amp;|&#38;/g, '&'), `http://site${here}`);
      if (url.host !== 'site') continue;
      const ids = idsByPath.get(url.pathname);
      const id = decodeURIComponent(url.hash.slice(1));
      if (!ids || !ids.has(id)) broken.push(`${here} -> ${m[1]}`);
    }
  }
  expect(broken).toEqual([]);
});

test('every page of the build is valid HTML', async () => {
  const validator = new HtmlValidate(
    new FileSystemConfigLoader({
      extends: ['html-validate:recommended'],
      rules: {
        // MathJax's SVG output and Astro's island markup use attribute styles html-validate flags as style issues.
        'no-inline-style': 'off',
        'attribute-boolean-style': 'off',
        'attribute-empty-style': 'off',
        'no-trailing-whitespace': 'off',
        'void-style': 'off',
        'long-title': 'off',
        'valid-id': ['error', { relaxed: true }],
        'no-redundant-role': 'off',
        // The issue asks for role="progressbar" with aria-valuenow/max (a styled bar), and explicit label `for`s.
        'prefer-native-element': 'off',
        'no-redundant-for': 'off',
      },
      elements: [
        'html5',
        {
          'astro-island': { flow: true, phrasing: true, transparent: true },
          'astro-slot': { flow: true, phrasing: true, transparent: true },
        },
      ],
    }),
  );
  const problems: string[] = [];
  for (const f of htmlFiles('dist')) {
    // Astro's island runtime emits this one <style> in the body; it is Astro's, not ours.
    const html = readFileSync(f, 'utf8').replace(
      '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>',
      '',
    );
    const report = await validator.validateString(html, f);
    for (const r of report.results)
      for (const m of r.messages) problems.push(`${f}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  expect(problems.slice(0, 30)).toEqual([]);
});
