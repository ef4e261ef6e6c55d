/** Reads the list of paper pages from the build's sources, so tests cover every page that exists. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { serious } from './axe';

export const slugs = readdirSync('content/papers')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();

export function titleOf(slug: string): string {
  const src = readFileSync(`content/papers/${slug}.mdx`, 'utf8');
  const m = src.match(/^title:\s*"((?:[^"\\]|\\.)*)"/m);
  if (!m) throw new Error(`no title in ${slug}`);
  return m[1].replace(/\\"/g, '"');
}

/** Every HTML page of the build (npm test builds first), as the paths a reader opens. */
export function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && !['_astro', 'pagefind', 'data'].includes(e.name)) out.push(...builtPages(p));
    else if (e.isFile() && e.name.endsWith('.html')) out.push(`/${relative('dist', p)}`.replace(/index\.html$/, ''));
  }
  return out.sort();
}

/**
 * The checks every page gets once (issue 13, guarantees 5 and 6; issue 2), on a page just loaded
 * in the light theme and not yet touched: it renders (a paper page: its title, a typeset
 * equation, the Cite block, citation meta); it ships the strict CSP; axe-core finds no serious or
 * critical violation in the light theme (all WCAG 2.1 A/AA rules) and, unless `dark: false` (the
 * caller checks dark itself), no colour rule fails after the reader's toggle switches it to dark.
 * A theme switch repaints the whole page, so it happens once, last: the page is left dark.
 */
export async function checkPage(page: Page, path: string, { dark = true } = {}): Promise<void> {
  // A strict policy: scripts from our origin and by hash only, wasm compilation for tfjs, no plugins.
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*;/);
  expect(csp).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|https?:/);
  expect(csp).toContain("object-src 'none'");
  const slug = path.match(/^\/papers\/([^/?#]+)\/$/)?.[1];
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
  expect(await serious(page), `${path}: light theme`).toEqual([]);
  if (!dark) return;
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await serious(page, { colourOnly: true }), `${path}: dark theme`).toEqual([]);
}
