/**
 * Faults (issue 13, guarantee 3).
 * - A simulation Worker that throws, or is terminated, mid-run: its figure shows an error with
 *   Retry, the other figure on the same page keeps running, and Retry recovers.
 * - A run that diverges shows the figure's divergence explanation and a way back.
 * - With JavaScript disabled every paper page still shows its explainer, equations and posters.
 *
 * Worker faults are injected from outside the app: the Worker constructor is wrapped (to know
 * which Worker belongs to which figure: each is created when its figure starts) and the worker
 * script is served with a small listener appended that throws or closes the Worker on command.
 */
import { expect, test, type Page } from '@playwright/test';
import { figureParts, figures, hydrated, multiFigurePages, watchPage } from './support/figures';
import { slugs } from './support/pages';

const FAULT_HOOK = `
;self.addEventListener('message', (e) => {
  if (e.data && e.data.__fault === 'throw') setTimeout(() => { throw new Error('injected worker fault'); });
  if (e.data && e.data.__fault === 'close') self.close();
});
`;

async function withFaultHooks(page: Page) {
  await page.route(/\/_astro\/worker[^/]*\.js(\?.*)?$/, async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, body: (await res.text()) + FAULT_HOOK });
  });
  await page.addInitScript(() => {
    const W = window.Worker;
    const made: Worker[] = [];
    (window as unknown as { __workers: Worker[] }).__workers = made;
    window.Worker = class extends W {
      constructor(url: string | URL, opts?: WorkerOptions) {
        super(url, opts);
        made.push(this);
      }
    } as typeof Worker;
  });
}

const workerCount = (page: Page) =>
  page.evaluate(() => (window as unknown as { __workers: Worker[] }).__workers.length);
const fault = (page: Page, i: number, kind: 'throw' | 'close') =>
  page.evaluate(
    ([i, kind]) => (window as unknown as { __workers: Worker[] }).__workers[i as number].postMessage({ __fault: kind }),
    [i, kind] as const,
  );

// A page with two figures that both train (an instant figure finishes at once and cannot "keep running").
const trained = (path: string) => figures.filter((f) => f.path === path && !f.instant);
const twoFigurePage = multiFigurePages.find((p) => trained(p).length >= 2) ?? multiFigurePages[0];
// The failing figure: the one with the longest schema of the two is as good as any; take page order.
const [figA, figB] = twoFigurePage ? trained(twoFigurePage) : [];

/** Makes the viewport tall enough that both figures are in view (a figure out of view pauses). */
async function showBoth(page: Page, a: string, b: string) {
  const box = async (id: string) => (await page.locator(`figure#${id}`).boundingBox())!;
  await page.evaluate(() => window.scrollTo(0, 0));
  const [ba, bb] = [await box(a), await box(b)];
  const top = Math.min(ba.y, bb.y);
  const bottom = Math.max(ba.y + ba.height, bb.y + bb.height);
  await page.setViewportSize({ width: 1280, height: Math.min(16_000, Math.ceil(bottom - top + 200)) });
  await page.evaluate((y) => window.scrollTo(0, y), Math.max(0, top - 100));
}

for (const kind of ['throw', 'close'] as const) {
  test(`a Worker that ${kind === 'throw' ? 'throws' : 'is terminated'} mid-run: error with Retry in its figure only, the other keeps running (${twoFigurePage})`, async ({
    page,
  }) => {
    test.skip(!figB, 'no page has two trained figures');
    test.setTimeout(150_000);
    const [idA, idB] = [figA.id, figB.id];
    await withFaultHooks(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(twoFigurePage);
    await showBoth(page, idA, idB);
    const a = figureParts(page, idA);
    const b = figureParts(page, idB);
    await hydrated(page, idA);
    await hydrated(page, idB);
    // Start A, then B: each figure makes its Worker when it starts, so A's is the first.
    await a.button('Play').click();
    await expect.poll(a.step, { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await workerCount(page)).toBe(1);
    await b.button('Play').click();
    await expect.poll(b.step, { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await workerCount(page)).toBe(2);
    await expect(a.status).toContainText('training');
    // A's Worker fails mid-run.
    await fault(page, 0, kind);
    const alert = a.fig.getByRole('alert');
    await expect(alert, `figure #${idA} reports its failed Worker`).toBeVisible({ timeout: 20_000 });
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(a.status).toContainText('error');
    // B is untouched and keeps running.
    await expect(b.fig.getByRole('alert')).toHaveCount(0);
    if (!(await b.status.textContent())?.includes('done')) {
      const s = await b.step();
      await expect.poll(b.step, { timeout: 20_000, message: `figure #${idB} keeps running` }).toBeGreaterThan(s);
    }
    // Retry brings A back.
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toHaveCount(0);
    await expect.poll(a.step, { timeout: 60_000 }).toBeGreaterThan(0);
    await expect(a.status).not.toContainText('error');
  });
}

test('a run that diverges shows the figure’s explanation and goes back to the last good settings', async ({ page }) => {
  test.setTimeout(90_000);
  // comp-sum with the sum-exponential loss (τ = 0) at the largest learning rate diverges at once.
  const fig = figures.find((f) => f.sim === 'comp-sum');
  test.skip(!fig, 'comp-sum is on no page');
  const problems = await watchPage(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const id = fig!.id;
  await page.goto(`${fig!.path}?${id}.tau=0&${id}.lr=0.3&${id}.spread=1.2&${id}.noise=0.6&${id}.classes=6#${id}`);
  const f = figureParts(page, id);
  const alert = f.fig.getByRole('alert');
  await expect(alert).toBeVisible({ timeout: 45_000 });
  await expect(alert).toContainText('Training diverged');
  await expect(alert).toContainText('learning rate is too high for this loss');
  await expect(f.status).toContainText('diverged');
  await alert.getByRole('button', { name: 'Back to last good settings' }).click();
  await expect(alert).toHaveCount(0);
  await expect.poll(f.step, { timeout: 45_000 }).toBeGreaterThan(20);
  await expect(f.status).not.toContainText('diverged');
  expect(await problems()).toEqual([]);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('every paper page shows its explainer, equations and posters', async ({ page }) => {
    test.setTimeout(180_000);
    const missing: string[] = [];
    for (const slug of slugs) {
      await page.goto(`/papers/${slug}/`);
      if (!(await page.getByRole('heading', { level: 1 }).isVisible())) missing.push(`${slug}: title`);
      if (!(await page.getByRole('heading', { name: 'Cite', level: 2 }).isVisible()))
        missing.push(`${slug}: Cite section`);
      // Explainer prose: the article has real paragraphs, visible.
      const paras = await page.locator('main p:visible').count();
      if (paras < 5) missing.push(`${slug}: only ${paras} visible paragraphs`);
      // Every equation is typeset at build time (an SVG), visible.
      const eqs = page.locator('mjx-container');
      const nEq = await eqs.count();
      if (nEq === 0) missing.push(`${slug}: no equations`);
      const hiddenEq = await eqs.evaluateAll(
        (els) =>
          els.filter((e) => !e.querySelector('svg') || (e as HTMLElement).getBoundingClientRect().width === 0).length,
      );
      if (hiddenEq) missing.push(`${slug}: ${hiddenEq} of ${nEq} equations not shown`);
      // Every figure shows its poster (the default run drawn at build time) and its caption.
      for (const fig of figures.filter((f) => f.slug === slug)) {
        const panels = page.locator(`figure#${fig.id} .fl-poster svg`);
        const n = await panels.count();
        const shown = await panels.evaluateAll(
          (els) =>
            els.filter((e) => e.getBoundingClientRect().width > 0 && getComputedStyle(e).visibility !== 'hidden')
              .length,
        );
        if (n === 0 || shown < n) missing.push(`${slug}: poster of #${fig.id}: ${shown} of ${n} panels shown`);
        else if ((await panels.locator('path, rect, circle').count()) < 3)
          missing.push(`${slug}: poster of #${fig.id} is empty`);
        if (!(await page.locator(`figure#${fig.id} figcaption`).isVisible()))
          missing.push(`${slug}: caption of #${fig.id}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
