/**
 * Every page of the build, one visit each (issue 13, guarantees 5 and 6; issue 2): renders, ships
 * the strict CSP, no CSP violation, console error, uncaught exception or dialog while it loads,
 * axe clean in both themes (support/pages.ts checkPage). Pages with a live figure get the same
 * checks inside figures.spec.ts, on the visit that then plays the figure (a page load and an axe
 * run are the expensive parts of the suite; one visit per page does both jobs).
 */
import { expect, test } from '@playwright/test';
import { figures, watchPage } from './support/figures';
import { builtPages, checkPage, slugs } from './support/pages';

const pages = builtPages();
const figurePages = new Set(figures.map((f) => f.path));

test('the build has every paper page, the catalogue, topics, search, about and 404', () => {
  for (const slug of slugs) expect(pages).toContain(`/papers/${slug}/`);
  for (const p of ['/', '/topics/', '/search/', '/about/', '/404.html']) expect(pages).toContain(p);
});

test('every built page is checked here or, with its figure, in figures.spec.ts', () => {
  for (const path of figurePages) expect(pages, `${path} is built`).toContain(path);
  expect(pages.filter((p) => !figurePages.has(p)).length).toBeGreaterThan(10);
});

for (const path of pages.filter((p) => !figurePages.has(p))) {
  test(`${path}: renders without errors or CSP violations; axe clean in both themes`, async ({ page }) => {
    const problems = await watchPage(page);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    expect((await page.goto(path))?.status()).toBe(200);
    await checkPage(page, path);
    expect(await problems()).toEqual([]);
  });
}
