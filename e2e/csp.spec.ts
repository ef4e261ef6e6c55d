import { expect, test, type Page } from '@playwright/test';

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

// Every page's policy is checked, and every page loaded and watched for violations, by pages.spec.ts.
test('no CSP violation while searching (Pagefind compiles WebAssembly)', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/search/?q=regret');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});
