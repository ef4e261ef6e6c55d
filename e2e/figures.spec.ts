/**
 * Every live figure on the site, end to end (issues 7–13): one test per figure, so a failure names
 * it. The figure list comes from the pages' sources (support/figures.ts): a new figure is covered
 * as soon as a page embeds it.
 *
 * 1. A hostile link (issue 13, guarantee 1; see hostileUrl): the page renders, the notice names
 *    every correction (and axe finds nothing serious in it), nothing runs (no dialog, popup,
 *    console error, uncaught exception, CSP violation, injected element or navigation) and the
 *    figure still plays.
 * 2. The page itself, before the run (issue 13, guarantees 5 and 6; issue 2), on the figure's
 *    visit (its first figure's test, for pages with two): support/pages.ts checkPage — renders,
 *    strict CSP, axe clean in the light theme. Pages without a figure are checked by pages.spec.ts.
 * 3. Plays, pauses, shares, exports (issues 7–12): Play advances the run, Pause stops it, Share
 *    gives a link carrying the step, the CSV download has the rows and its provenance.
 * 4. Accessibility after a run (guarantee 6): axe finds nothing serious inside the figure in the
 *    light theme; then the reader's toggle switches to dark and no colour rule fails on the whole
 *    page (the page's dark check, done once the figure has something to show); the polite
 *    summary reads the run. The dark theme is checked after the run only: before it, the figure
 *    differs by its poster, whose SVG text axe cannot judge (it reports it as incomplete).
 * 5. Determinism (guarantee 4): the shared link, opened in a fresh browser context, needs no
 *    correction, replays to the same step and its CSV is byte for byte the sender's.
 */
import { expect, test, type Page } from '@playwright/test';
import { serious } from './support/axe';
import { checkPage } from './support/pages';
import {
  allParamKeys,
  downloadText,
  figureParts,
  figures,
  hydrated,
  watchPage,
  type SiteFigure,
} from './support/figures';

/** The sender runs to about a fiftieth of the run, or pauses after this long (slow figures). */
const SENDER_MS = 1_000;

const markup = [
  `<script>window.__pwned='script'</script>`,
  `"><img src=x onerror="window.__pwned='img'">`,
  `<svg onload="window.__pwned='svg'"></svg>`,
  `');window.__pwned='quote';//`,
  `<iframe src="javascript:window.top.__pwned='iframe'"></iframe>`,
];
const jsUrls = [
  `javascript:window.__pwned='js'`,
  `JaVaScRiPt:window.__pwned='JS'`,
  ` javascript:alert(1)`,
  `javascript://%0awindow.__pwned='nl'`,
  `data:text/html,<script>alert(1)</script>`,
];

interface Hostile {
  /** Query (without `?`) and fragment (without `#`). */
  query: string;
  hash: string;
  /** Text the notice must show (each a correction). */
  notice: string[];
}

/**
 * One hostile URL per figure, carrying every kind of attack at once (the decoder's edge cases are
 * fuzzed 10,000 times per schema in src/lib/permalink/hostile.test.ts; this proves the real page
 * survives them): a markup or `javascript:` payload in every parameter (which one rotates with the
 * figure, so each payload meets every kind of field across the site), keys of other figures, a
 * repeated key, a broken `v`, `t` far beyond the run, a 5,000-character value, another figure's
 * namespace, `cmp` with 300 entries, and a payload in the fragment.
 */
function hostileUrl(fig: SiteFigure, n: number): Hostile {
  const keys = Object.keys(fig.schema);
  const id = fig.id;
  const payloads = [...markup, ...jsUrls];
  const others = allParamKeys.filter((k) => !keys.includes(k)).slice(0, 3);
  const q = (pairs: [string, string][]) =>
    pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  // Short entries: the whole URL must stay under the server's header limit (16 KB in Node), or it never reaches the page.
  const shortJunk = ['<b>', 'javascript:x', '1e309', 'NaN', '-0', '<i', '%', ''];
  const pins = Array.from({ length: 300 }, (_, i) =>
    i % 3 ? `${keys[i % keys.length]}~${shortJunk[i % shortJunk.length]}` : `zz${i}~${i}`,
  ).join(',');
  const brokenV = n % 2 ? '1e309' : `<script>window.__pwned='v'</script>`;
  return {
    query: q([
      ...keys.map((k, i) => [`${id}.${k}`, payloads[(n + i) % payloads.length]] as [string, string]),
      ...others.map((k) => [`${id}.${k}`, markup[0]] as [string, string]),
      [`${id}.${keys[0]}`, '1'],
      [`${id}.v`, brokenV],
      [`${id}.t`, '999999999'],
      [`${id}.${'x'.repeat(40)}`, '9'.repeat(5_000) + 'x'],
      [`other.${keys[0]}`, markup[1]],
      [`${id}.cmp`, pins],
    ]),
    hash: n % 2 ? `${id}"><img src=x onerror="window.__pwned='hash'">` : `javascript:window.__pwned='hash'`,
    notice: [
      ...keys.map((k) => `${id}.${k} (`),
      'not a setting of this figure',
      'appears more than once',
      `${id}.v:`,
      `${id}.t (training step)`,
      `${id}.cmp: only the first`,
    ],
  };
}

/** Elements a payload would have created (attributes with handlers or javascript: URLs, stray scripts, img src=x). */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter(
        (el) =>
          [...el.attributes].some((a) => /__pwned|^javascript:/i.test(a.value) || /^on/i.test(a.name)) ||
          (el.tagName === 'SCRIPT' && /__pwned/.test(el.textContent ?? '')) ||
          (el.tagName === 'IMG' && el.getAttribute('src') === 'x'),
      )
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

/** Which of `wants` the text lacks. */
const missing = (text: string, wants: string[]) => wants.filter((w) => !text.includes(w));

for (const [index, fig] of figures.entries()) {
  test(`#${fig.id} (${fig.sim}) on ${fig.path}: survives hostile links, plays, shares, exports, stays accessible, and its link reproduces the CSV`, async ({
    page,
    context,
    browser,
  }) => {
    test.setTimeout(180_000);
    const problems = await watchPage(page);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    const f = figureParts(page, fig.id);

    // 1. A hostile link.
    await test.step('hostile URL', async () => {
      const h = hostileUrl(fig, index);
      const url = `${fig.path}?${h.query}#${h.hash}`;
      expect(url.length, 'the URL fits the server’s header limit').toBeLessThan(15_000);
      expect((await page.goto(url))?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await f.fig.scrollIntoViewIfNeeded();
      await hydrated(page, fig.id);
      await expect(f.notice).toBeVisible();
      // `t` beyond the run is named once the Worker knows the run's length.
      await expect
        .poll(async () => missing((await f.notice.textContent()) ?? '', h.notice), { timeout: 30_000 })
        .toEqual([]);
      await expect.poll(f.step, { timeout: 45_000, intervals: [100, 250, 500] }).toBeGreaterThan(0);
      expect(await injected(page)).toEqual([]);
      const here = new URL(page.url());
      expect(here.pathname).toBe(fig.path);
      expect(here.origin).toBe(new URL(url, here).origin);
      expect(context.pages()).toHaveLength(1);
      await expect(f.fig.getByRole('alert')).toHaveCount(0);
      expect(await serious(page, { scope: `figure#${fig.id} [role=note]` }), 'the notice').toEqual([]);
      expect(await problems()).toEqual([]);
    });

    // 2. The page, before the run; 3. play, pause, share, export. On a clean visit: the hostile
    // link's pinned runs would replay in the background (a core busy under every later check).
    let url = '';
    let sent = '';
    let sentAt = 0;
    // The page-level checks run once per page, in its first figure's test.
    const firstOnPage = fig.pageFigures[0] === fig.id;
    await test.step(firstOnPage ? 'the page, before the run' : 'the page', async () => {
      expect((await page.goto(fig.path))?.status()).toBe(200);
      if (firstOnPage) await checkPage(page, fig.path, { dark: false });
      expect(await problems()).toEqual([]);
    });
    await test.step('plays, pauses, shares and exports', async () => {
      await f.fig.scrollIntoViewIfNeeded();
      await hydrated(page, fig.id);
      await expect(f.notice).toHaveCount(0);
      // (In view first: Playwright's click scrolls a button below the viewport into view itself.)
      await f.button('Play').scrollIntoViewIfNeeded();
      const scrollBefore = await page.evaluate(() => scrollY);
      await f.button('Play').click();
      // About a fiftieth of the run (instant figures run straight to their end).
      const deadline = Date.now() + SENDER_MS;
      await expect
        .poll(
          async () => {
            const [step, total] = [await f.step(), await f.total()];
            if (fig.instant) return step > 0;
            return total > 1 && (step >= Math.max(1, Math.floor(total / 50)) || (Date.now() > deadline && step > 0));
          },
          { timeout: 60_000, intervals: [100, 200] },
        )
        .toBe(true);
      // The live charts replaced the poster without moving the page, so the run was not paused by
      // scrolling out of view (a scroll-anchoring jump once did exactly that).
      expect(await page.evaluate(() => scrollY), 'the page stays put when the live charts appear').toBe(scrollBefore);
      await expect(f.status, 'the run goes on by itself').toContainText(/training|done/);
      await f
        .button('Pause')
        .click({ timeout: 2_000 })
        .catch(() => {}); // the run may end (Play again) before the click
      // "paused" is shown once the Worker's last rows are in: what is shared is exactly what is shown.
      await expect(f.status).toContainText(/paused|done/);
      const step = await f.step();
      await f.button('Share').click();
      url = await f.fig.getByRole('textbox', { name: 'Shared link' }).inputValue();
      sentAt = Number(new URL(url).searchParams.get(`${fig.id}.t`));
      expect(sentAt, 'the link carries the step').toBe(step);
      sent = await downloadText(page, () => f.button('Download CSV').click());
      expect(sent.split('\n').filter((l) => l && !l.startsWith('#')).length, 'the CSV has rows').toBeGreaterThan(1);
      expect(sent, 'the CSV carries its permalink').toContain(`${fig.id}.v=`);
      expect(sent).toMatch(/^# .*seed/m);
      expect(await f.step(), 'a paused figure stays where it is').toBe(step);
    });

    // 4. Accessibility after the run: only the figure changed since the page was checked.
    await test.step('accessible after the run, both themes', async () => {
      await expect(f.fig.locator('[aria-live="polite"]')).toContainText(/After \d+ steps?:/, { timeout: 5_000 });
      expect(await serious(page, { scope: `figure#${fig.id}` }), 'light theme').toEqual([]);
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(
        await serious(page, { scope: firstOnPage ? undefined : `figure#${fig.id}`, colourOnly: true }),
        firstOnPage ? 'dark theme, the page' : 'dark theme',
      ).toEqual([]);
      expect(await problems()).toEqual([]);
    });

    // 5. The link reproduces the CSV in a fresh context.
    await test.step('the shared link reproduces the CSV byte for byte', async () => {
      const fresh = await browser.newContext();
      try {
        const other = await fresh.newPage();
        const otherProblems = await watchPage(other);
        await other.emulateMedia({ reducedMotion: 'reduce' });
        await other.goto(url);
        const g = figureParts(other, fig.id);
        await expect.poll(g.step, { timeout: 60_000 }).toBe(sentAt);
        await expect(g.notice, 'a link the site made needs no correction').toHaveCount(0);
        await expect(g.status).toContainText(/paused|done/);
        const got = await downloadText(other, () => g.button('Download CSV').click());
        if (got !== sent) {
          const a = sent.split('\n');
          const b = got.split('\n');
          const i = a.findIndex((l, k) => l !== b[k]);
          expect(
            `line ${i + 1}: ${b[i] ?? '(missing)'}`,
            `CSV differs from the sender's (${a.length} vs ${b.length} lines)`,
          ).toBe(`line ${i + 1}: ${a[i]}`);
        }
        expect(await otherProblems()).toEqual([]);
      } finally {
        await fresh.close();
      }
    });
  });
}
