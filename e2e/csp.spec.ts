import { expect, test, type Page } from '@playwright/test';
import { slugs } from './support/pages';

/** Records CSP violations (and console errors, which is how Chromium also reports them). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...errors, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

const pages = ['/', '/topics/', '/about/', '/404.html', ...slugs.map((s) => `/papers/${s}/`)];

test('every page ships a CSP that allows no inline script except by hash', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*;/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(csp).toContain("object-src 'none'");
});

for (const path of pages) {
  test(`no CSP violation on ${path}`, async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });
}

test('no CSP violation while searching (Pagefind compiles WebAssembly)', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/search/?q=regret');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});
