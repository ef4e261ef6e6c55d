/**
 * The end-to-end checks every live figure must pass (issue 3), as one function over a figure so
 * any page's figures can be run through it: `figureChecks('/papers/<slug>/', '<id>')`.
 * Role-based locators throughout; the figure is found by its id (its permalink namespace).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { watchPage } from './support/figures';

const csvRows = (csv: string) => csv.split('\n').filter((l) => l && !l.startsWith('#'));

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
  await page.waitForFunction(
    (sel) => !document.querySelector(sel)?.closest('astro-island')?.hasAttribute('ssr'),
    `figure#${id} .fl-frame`,
  );
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
      const problems = await watchPage(page);
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
      expect(await problems()).toEqual([]);
    });

    test('a slider updates the address bar without adding history entries (keyboard only)', async ({ page }) => {
      const f = await open(page, path, id);
      const before = await page.evaluate(() => history.length);
      // Keyboard only: Tab to Play, Enter; then Tab on to the first slider and press an arrow key.
      for (let i = 0; i < 300 && !(await f.button('Play').evaluate((b) => b === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(f.step, { timeout: 45_000 }).toBeGreaterThan(0);
      const slider = f.fig.getByRole('slider').first();
      for (let i = 0; i < 60 && !(await slider.evaluate((s) => s === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await expect(slider).toBeFocused();
      const v0 = await slider.inputValue();
      await page.keyboard.press('ArrowRight');
      if ((await slider.inputValue()) === v0) await page.keyboard.press('ArrowLeft');
      await expect.poll(() => page.url()).toContain(`${id}.`);
      expect(await page.evaluate(() => history.length)).toBe(before);
    });

    // Share → a fresh context reproduces the CSV byte for byte: figures.spec.ts, for every figure.

    test('a hostile permalink shows the notice, runs with valid values and runs no script', async ({ page }) => {
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await page.goto(path);
      const keys = await page
        .locator(`[id^="${id}-ctl-"]`)
        .evaluateAll((els) => els.map((e) => e.id.split('-ctl-')[1]));
      const junk = [
        '1e999',
        '-1e999',
        'abc',
        '<script>alert(1)</script>',
        'javascript:alert(1)',
        '9'.repeat(10_000),
        '<img src=x onerror=alert(1)>',
      ];
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
      // It runs at once, with the corrected values (a junk pin in `cmp` must not hold it at step 0).
      await expect.poll(f.step, { timeout: 20_000 }).toBeGreaterThan(0);
      await expect(f.status).toContainText(/training|done/);
      await expect(notice).toContainText('dropped');
      for (const k of keys) {
        const el = page.locator(`#${id}-ctl-${k}`);
        if ((await el.getAttribute('type')) !== 'range') continue;
        const [v, lo, hi] = await el.evaluate((e: HTMLInputElement) => [Number(e.value), Number(e.min), Number(e.max)]);
        expect(v).toBeGreaterThanOrEqual(lo);
        expect(v).toBeLessThanOrEqual(hi);
      }
      await expect(f.fig.getByRole('alert')).toHaveCount(0);
      expect(dialogs).toBe(0);
      expect(new URL(page.url()).pathname).toBe(path);
      // Nothing from the link became markup (Astro's own island scripts may sit in the figure).
      expect(await page.locator(`figure#${id} img[src="x"], figure#${id} b, figure#${id} svg[onload]`).count()).toBe(0);
      expect(
        await page
          .locator(`figure#${id} script`)
          .evaluateAll((ss) => ss.filter((s) => s.textContent?.includes('alert(')).length),
      ).toBe(0);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toHaveCount(0);
    });

    test('no main-thread task over 50 ms while training; works scrolled away and back', async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __long: number[] };
        w.__long = [];
        new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({
          type: 'longtask',
          buffered: false,
        });
      });
      const f = await open(page, path, id);
      await playUntil(f, 5);
      await page.evaluate(() => ((window as unknown as { __long: number[] }).__long = []));
      await page.waitForTimeout(4000);
      const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
      test
        .info()
        .annotations.push({ type: 'longest main-thread task while training (ms)', description: String(longest) });
      test
        .info()
        .annotations.push({ type: 'status while training', description: (await f.status.textContent()) ?? '' });
      // Recorded, not asserted: tests never assert on wall-clock time; `npm run bench` measures long tasks.
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

    test('with WebAssembly removed (page and Worker) the cpu fallback runs and the status line says so', async ({
      page,
    }, testInfo) => {
      // Chromium here ignores V8's --noexpose_wasm, and a page cannot reach into a Worker's scope,
      // so WebAssembly is removed where each script starts: an init script on the page, and a line
      // prepended to the simulation Worker's module as it is served. The Worker checks
      // `typeof WebAssembly` itself and reports why it fell back.
      await page.addInitScript(() => delete (globalThis as { WebAssembly?: unknown }).WebAssembly);
      let patched = 0;
      await page.route(/\/_astro\/worker[-.][\w-]*\.js(\?.*)?$/, async (route) => {
        const res = await route.fetch();
        patched++;
        await route.fulfill({ response: res, body: `delete globalThis.WebAssembly;\n${await res.text()}` });
      });
      const f = await open(page, path, id);
      expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');
      await playUntil(f, 3);
      expect(patched).toBeGreaterThan(0);
      // A core without tfjs ('js') never needs WebAssembly.
      await expect(f.status).toContainText(/backend (cpu \(fallback, no WebAssembly\)|js)/);
      await page.waitForTimeout(3000);
      testInfo.annotations.push({
        type: 'cpu status (no WebAssembly)',
        description: (await f.status.textContent()) ?? '',
      });
    });

    test('fl-backend=cpu forces the cpu backend (documented override) and says so', async ({ page }, testInfo) => {
      const f = await open(page, `${path}?fl-backend=cpu`, id);
      await playUntil(f, 3);
      await expect(f.status).toContainText(/backend (cpu \(fallback, forced by fl-backend=cpu\)|js)/);
      await page.waitForTimeout(3000);
      testInfo.annotations.push({ type: 'cpu status (forced)', description: (await f.status.textContent()) ?? '' });
    });

    test('the poster stays until the live run has drawn data; reduced motion: no autoplay', async ({ page }) => {
      // Record, at the moment the poster is hidden, whether the live charts already show data.
      await page.addInitScript((sel) => {
        const w = window as unknown as { __swap: { blank: boolean }[] };
        w.__swap = [];
        new MutationObserver(() => {
          const fig = document.querySelector(sel);
          if (!fig?.hasAttribute('data-live') || w.__swap.length) return;
          const drawn = fig.querySelectorAll(
            '.fl-frame svg.fl-chart :is(path.series, path.cells, path.bars)[d^="M"], .fl-frame svg.fl-chart rect, .fl-frame svg.fl-chart circle',
          ).length;
          w.__swap.push({ blank: drawn === 0 });
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-live'] });
      }, `figure#${id}`);
      const workers: string[] = [];
      page.on('worker', (wk) => workers.push(wk.url()));
      const f = await open(page, path, id); // reduced motion
      await page.waitForTimeout(2500);
      expect(workers).toEqual([]); // no autoplay: no Worker, no tfjs
      await expect(f.status).toContainText('ready · step 0');
      await expect(f.fig.locator('.fl-poster')).toBeVisible();
      await f.button('Play').click();
      await expect(f.fig.locator('.fl-poster')).toBeVisible(); // still loading: the poster stays
      await expect.poll(f.step, { timeout: 45_000 }).toBeGreaterThan(0);
      await expect(f.fig.locator('.fl-poster')).toBeHidden();
      expect(await page.evaluate(() => (window as unknown as { __swap: unknown[] }).__swap)).toEqual([
        { blank: false },
      ]);
    });

    test('measures JS shipped before and after Play (gzipped) and steps/s', async ({ page }) => {
      // Every script URL the page and its Worker request (context-level, so the Worker's imports
      // count), then each body fetched once and gzipped: bodies of module/worker responses are
      // not always readable from the response event.
      const urls = new Set<string>();
      page.context().on('request', (r) => {
        if (/\.m?js(\?|$)/.test(new URL(r.url()).pathname)) urls.add(r.url());
      });
      const gz = async (set: Set<string>) => {
        let total = 0;
        for (const u of set) total += gzipSync(await (await page.request.get(u)).body()).length;
        return total;
      };
      const f = await open(page, path, id);
      await page.waitForLoadState('networkidle');
      const before = await gz(new Set(urls));
      await playUntil(f, 50); // the Worker has loaded tfjs and the core before its first step
      const after = await gz(urls);
      testInfo().annotations.push({ type: 'JS gz before Play (KB)', description: (before / 1024).toFixed(1) });
      testInfo().annotations.push({ type: 'JS gz after Play (KB)', description: (after / 1024).toFixed(1) });
      testInfo().annotations.push({ type: 'status', description: (await f.status.textContent()) ?? '' });
      expect(before).toBeGreaterThan(0);
      expect(before).toBeLessThan(60 * 1024);
      expect(after).toBeGreaterThan(before);
    });
  });
}

const testInfo = () => test.info();

/**
 * Page-level checks for pages with several figures (ids in page order): at most one autoplays
 * (the first in view), the others wait for Play; Play pressed while a figure is autoplaying or
 * still loading always ends in a running figure.
 */
export function autoplayChecks(path: string, ids: string[]): void {
  test.describe(`autoplay on ${path}`, () => {
    test('Play right after the figure scrolls into view ends running (never "paused · step 0")', async ({ page }) => {
      for (let round = 0; round < 3; round++) {
        await page.goto(path);
        const f = parts(page, ids[0]);
        // Scrolling into view hydrates the island and starts autoplay; Play is clicked the moment
        // it is enabled (hydrated), i.e. while autoplay is starting the Worker: the race.
        await f.fig.scrollIntoViewIfNeeded();
        // The primary button reads Play while idle or loading and Pause once autoplay runs; clicking it
        // as soon as it is enabled while it reads Play is the race. If autoplay already won, it is running.
        const primary = f.fig.getByRole('button', { name: /^(Play|Pause)$/ }).first();
        await expect(primary).toBeEnabled({ timeout: 30_000 });
        if ((await primary.textContent())?.includes('Play')) await primary.click();
        await expect.poll(f.step, { timeout: 45_000 }).toBeGreaterThan(0);
        await expect(f.status).toContainText(/training|done/);
        await expect(f.button('Pause').or(f.status.filter({ hasText: 'done' }))).toBeVisible();
      }
    });

    test('with several figures in view only the first autoplays; Play on another moves the run there', async ({
      page,
    }) => {
      test.skip(ids.length < 2, 'one figure');
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(path);
      const figs = ids.map((id) => parts(page, id));
      // Bring every figure into view at once (a tall viewport the size of the span of figures).
      const boxes = await Promise.all(
        figs.map((f) =>
          f.fig.evaluate((e) => {
            const r = e.getBoundingClientRect();
            return [r.top + scrollY, r.bottom + scrollY];
          }),
        ),
      );
      const top = Math.min(...boxes.map((b) => b[0])),
        bottom = Math.max(...boxes.map((b) => b[1]));
      await page.setViewportSize({ width: 1280, height: Math.min(16_000, Math.ceil(bottom - top) + 40) });
      await page.evaluate((y) => scrollTo(0, y - 20), top);
      await expect.poll(figs[0].step, { timeout: 45_000 }).toBeGreaterThan(0);
      await page.waitForTimeout(1500);
      for (const f of figs.slice(1)) {
        await expect(f.status).toContainText('ready · step 0');
        expect(await f.step()).toBe(0);
      }
      const second = figs[1];
      await second.button('Play').click();
      await expect.poll(second.step, { timeout: 45_000 }).toBeGreaterThan(0);
      await expect(second.status).toContainText(/training|done/);
      // The autoplayed first figure made way (two Workers training at once halve both).
      await expect(figs[0].status).toContainText(/paused|done/);
    });
  });
}
export type { Locator };
