/**
 * The end-to-end checks every live figure must pass (issue 3), as one function over a figure so
 * any page's figures can be run through it: `figureChecks('/papers/<slug>/', '<id>')`.
 * Role-based locators throughout; the figure is found by its id (its permalink namespace).
 */
import { chromium, expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { trackErrors } from './support/console';

const csvRows = (csv: string) => csv.split('\n').filter((l) => l && !l.startsWith('#'));

async function text(d: Download): Promise<string> {
  return (await readFile((await d.path())!)).toString('utf8');
}

function parts(page: Page, id: string) {
  const fig = page.locator(`figure#${id}`);
  const bar = fig.getByRole('progressbar');
  return {
    fig,
    bar,
    status: fig.getByRole('status'),
    button: (name: string) => fig.getByRole('button', { name, exact: true }),
    step: async () => Number(await bar.getAttribute('aria-valuenow')),
    curve: fig.locator('svg.fl-chart path.series').first(),
  };
}

async function open(page: Page, url: string, id: string) {
  await page.emulateMedia({ reducedMotion: 'reduce' }); // no autoplay: each test drives the figure
  await page.goto(url);
  const f = parts(page, id);
  await f.fig.scrollIntoViewIfNeeded();
  await expect(f.button('Play').or(f.button('Pause'))).toBeVisible();
  // The island is hydrated once its toolbar reacts; wait for client:visible to finish.
  await page.waitForFunction((sel) => !document.querySelector(sel)?.closest('astro-island')?.hasAttribute('ssr'), `figure#${id} .fl-frame`);
  return f;
}

async function playUntil(f: ReturnType<typeof parts>, minStep: number) {
  await f.button('Play').click();
  await expect.poll(f.step, { timeout: 45_000 }).toBeGreaterThan(minStep);
}

export function figureChecks(path: string, id: string): void {
  test.describe(`figure #${id} on ${path}`, () => {
    test('Play advances the progress bar and the curve; Pause stops them; no tfjs before Play', async ({ page }) => {
      const js: string[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('.js') || r.request().resourceType() === 'script') js.push(r.url());
      });
      const errors = trackErrors(page);
      const f = await open(page, path, id);
      expect(js.filter((u) => /tfjs|worker/i.test(u))).toEqual([]);
      await playUntil(f, 20);
      await expect.poll(async () => (await f.curve.getAttribute('d'))?.length ?? 0).toBeGreaterThan(50);
      const d1 = (await f.curve.getAttribute('d'))!.length;
      await expect.poll(async () => (await f.curve.getAttribute('d'))!.length).toBeGreaterThan(d1);
      await f.button('Pause').click();
      await expect(f.button('Play')).toBeVisible();
      const s1 = await f.step();
      await page.waitForTimeout(1500);
      expect(await f.step()).toBe(s1);
      await expect(f.status).toContainText(/backend (wasm|cpu|js)/);
      expect(errors).toEqual([]);
    });

    test('a slider updates the address bar without adding history entries (keyboard only)', async ({ page }) => {
      const f = await open(page, path, id);
      const before = await page.evaluate(() => history.length);
      // Keyboard only: Tab to Play, Enter; then Tab on to the first slider and press an arrow key.
      for (let i = 0; i < 300 && !(await f.button('Play').evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(f.step, { timeout: 45_000 }).toBeGreaterThan(0);
      const slider = f.fig.getByRole('slider').first();
      for (let i = 0; i < 60 && !(await slider.evaluate((s) => s === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(slider).toBeFocused();
      const v0 = await slider.inputValue();
      await page.keyboard.press('ArrowRight');
      if ((await slider.inputValue()) === v0) await page.keyboard.press('ArrowLeft');
      await expect.poll(() => page.url()).toContain(`${id}.`);
      expect(await page.evaluate(() => history.length)).toBe(before);
    });

    test('Share → the link in a fresh page replays to t and gives byte-identical CSV rows', async ({ page, browser }) => {
      const f = await open(page, path, id);
      await playUntil(f, 30);
      await f.button('Pause').click();
      await expect(f.button('Play')).toBeVisible();
      await f.button('Share').click();
      const url = await f.fig.getByRole('textbox', { name: 'Shared link' }).inputValue();
      expect(url).toContain(`${id}.t=`);
      const [d1] = await Promise.all([page.waitForEvent('download'), f.button('Download CSV').click()]);
      const sent = await text(d1);
      const other = await (await browser.newContext()).newPage();
      await other.emulateMedia({ reducedMotion: 'reduce' });
      await other.goto(url);
      const g = parts(other, id);
      const t = Number(new URL(url).searchParams.get(`${id}.t`));
      await expect.poll(g.step, { timeout: 45_000 }).toBe(t);
      await expect(g.status).toContainText('paused');
      const [d2] = await Promise.all([other.waitForEvent('download'), g.button('Download CSV').click()]);
      expect(csvRows(await text(d2))).toEqual(csvRows(sent));
    });

    test('a hostile permalink shows the notice, runs with valid values and runs no script', async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await page.goto(path);
      const keys = await page.locator(`[id^="${id}-ctl-"]`).evaluateAll((els) => els.map((e) => e.id.split('-ctl-')[1]));
      const junk = ['1e999', '-1e999', 'abc', '<script>alert(1)</script>', 'javascript:alert(1)', '9'.repeat(10_000), '<img src=x onerror=alert(1)>'];
      const q = new URLSearchParams();
      keys.forEach((k, i) => q.set(`${id}.${k}`, junk[i % junk.length]));
      q.set(`${id}.unknownKey`, '<b>x</b>');
      q.set(`${id}.cmp`, 'nope~<svg onload=alert(1)>');
      q.set(`${id}.t`, 'javascript:alert(1)');
      const hostile = `${path}?${q}#${id}`;
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(hostile);
      const f = parts(page, id);
      const notice = f.fig.getByRole('note', { name: 'Link corrections' });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('not a setting');
      await expect.poll(f.step, { timeout: 45_000 }).toBeGreaterThan(0);
      await expect(f.fig.getByRole('alert')).toHaveCount(0);
      expect(dialogs).toBe(0);
      expect(new URL(page.url()).pathname).toBe(path);
      expect(await page.locator(`figure#${id} script, figure#${id} img[src="x"], figure#${id} b`).count()).toBe(0);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toHaveCount(0);
    });

    test('no main-thread task over 50 ms while training; works scrolled away and back', async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __long: number[] };
        w.__long = [];
        new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: false });
      });
      const f = await open(page, path, id);
      await playUntil(f, 5);
      await page.evaluate(() => ((window as unknown as { __long: number[] }).__long = []));
      await page.waitForTimeout(4000);
      const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
      test.info().annotations.push({ type: 'longest main-thread task while training (ms)', description: String(longest) });
      expect(longest).toBeLessThanOrEqual(50);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(f.status).toContainText('paused');
      await f.fig.scrollIntoViewIfNeeded();
      const s = await f.step();
      await expect.poll(f.step).toBeGreaterThan(s);
    });

    test('downloads carry permalink, params, seed and site version', async ({ page }) => {
      const f = await open(page, path, id);
      await playUntil(f, 10);
      await f.button('Pause').click();
      const get = async (name: string) => {
        const [d] = await Promise.all([page.waitForEvent('download'), f.button(name).click()]);
        return readFile((await d.path())!);
      };
      const csv = (await get('Download CSV')).toString('utf8');
      for (const k of ['# permalink: ', '# params: ', '# seed: ', '# site version: ']) expect(csv).toContain(k);
      expect(csv).toMatch(new RegExp(`# permalink: .*${id}\\.v=`));
      expect(csvRows(csv)[0]).toMatch(/^step,/);
      const svg = (await get('Download SVG')).toString('utf8');
      expect(svg).toMatch(/<metadata>[\s\S]*permalink: [\s\S]*site version: /);
      const png = await get('Download PNG');
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.includes(Buffer.from('tEXtfeedback-loop\0permalink: '))).toBe(true);
    });

    test('with WebAssembly disabled the cpu fallback runs and the status line says so', async ({}, testInfo) => {
      const opts = testInfo.project.use.launchOptions ?? {};
      const b = await chromium.launch({ ...opts, args: [...(opts.args ?? []), '--js-flags=--noexpose_wasm'] });
      try {
        const page = await b.newPage({ baseURL: testInfo.project.use.baseURL });
        const f = await open(page, path, id);
        expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');
        await playUntil(f, 3);
        await expect(f.status).toContainText(/backend (cpu|js)/);
        testInfo.annotations.push({ type: 'cpu status', description: (await f.status.textContent()) ?? '' });
      } finally {
        await b.close();
      }
    });

    test('measures JS shipped before and after Play (gzipped) and steps/s', async ({ page }) => {
      const bodies = new Map<string, number>();
      page.on('response', async (r) => {
        const type = r.request().resourceType();
        if (type !== 'script' && !r.url().endsWith('.js')) return;
        try {
          const b = await r.body();
          const enc = r.headers()['content-encoding'];
          bodies.set(r.url(), gzipSync(enc === 'gzip' ? gunzipSync(b) : b).length);
        } catch {
          /* a body that is gone (navigation) is not counted */
        }
      });
      const f = await open(page, path, id);
      await page.waitForLoadState('networkidle');
      const before = [...bodies.values()].reduce((a, b) => a + b, 0);
      await playUntil(f, 50);
      await page.waitForTimeout(3000);
      const after = [...bodies.values()].reduce((a, b) => a + b, 0);
      testInfo().annotations.push({ type: 'JS gz before Play (KB)', description: (before / 1024).toFixed(1) });
      testInfo().annotations.push({ type: 'JS gz after Play (KB)', description: (after / 1024).toFixed(1) });
      testInfo().annotations.push({ type: 'status', description: (await f.status.textContent()) ?? '' });
      expect(before).toBeLessThan(60 * 1024);
    });
  });
}

const testInfo = () => test.info();
export type { Locator };
