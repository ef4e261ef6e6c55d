/**
 * Every page of the build, one visit each (issue 13, guarantees 5 and 6; issue 2):
 * - it renders (a paper page: its title, a typeset equation, the Cite block, citation meta);
 * - no CSP violation, console error, uncaught exception or dialog while it loads;
 * - axe-core finds no serious or critical violation in the light theme, and none of the colour
 *   rules fails after the reader's toggle switches it to the dark theme.
 * One visit does all of it: a page load and an axe run are the expensive parts of the suite.
 * Figures after a run are checked by figures.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serious } from './support/axe';
import { watchPage } from './support/figures';
import { slugs, titleOf } from './support/pages';

/** Every HTML page of the build (npm test builds first), as the paths a reader opens. */
function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && !['_astro', 'pagefind', 'data'].includes(e.name)) out.push(...builtPages(p));
    else if (e.isFile() && e.name.endsWith('.html')) out.push(`/${relative('dist', p)}`.replace(/index\.html$/, ''));
  }
  return out.sort();
}
const pages = builtPages();

test('the build has every paper page, the catalogue, topics, search, about and 404', () => {
  for (const slug of slugs) expect(pages).toContain(`/papers/${slug}/`);
  for (const p of ['/', '/topics/', '/search/', '/about/', '/404.html']) expect(pages).toContain(p);
});

for (const path of pages) {
  test(`${path}: renders without errors or CSP violations; axe clean in both themes`, async ({ page }) => {
    const problems = await watchPage(page);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    // A strict policy: scripts from our origin and by hash only, wasm compilation for tfjs, no plugins.
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    expect(csp).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|https?:/);
    expect(csp).toContain("object-src 'none'");
    const slug = path.match(/^\/papers\/([^/]+)\/$/)?.[1];
    if (slug) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf(slug));
      await expect(page.locator('mjx-container[display="true"] svg').first()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Cite', level: 2 })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Copy BibTeX for the paper' })).toBeVisible();
      await expect(page.locator('meta[name="citation_arxiv_id"]')).toHaveCount(1);
    } else {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(await serious(page), 'light theme').toEqual([]);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    expect(await serious(page, { colourOnly: true }), 'dark theme').toEqual([]);
    expect(await problems()).toEqual([]);
  });
}
