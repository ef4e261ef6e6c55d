/**
 * Hostile links end to end (issue 13, guarantee 1): every figure on the site is opened with a set
 * of hostile URLs. Each must leave the page rendered, list the corrections in the figure's notice,
 * open no dialog or popup, navigate nowhere, run no payload (a CSP violation, a console error or
 * an uncaught exception fails the test) and leave a figure that still plays.
 *
 * Payloads try to set `window.__pwned`; the page also counts as compromised if one of them shows
 * up as an element. One test per figure and URL, so a failure names both.
 */
import { expect, test, type Page } from '@playwright/test';
import { allParamKeys, figureParts, figures, hydrated, watchPage, type SiteFigure } from './support/figures';

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
  name: string;
  /** Query (without `?`) and fragment (without `#`). */
  query: string;
  hash: string;
  /** Text the notice must show (each a correction). */
  notice: string[];
  /** Corrections the platform should show but may not yet (checked softly, reported by name). */
  softNotice?: string[];
}

function hostileUrls(fig: SiteFigure): Hostile[] {
  const keys = Object.keys(fig.schema);
  const id = fig.id;
  const others = allParamKeys.filter((k) => !keys.includes(k)).slice(0, 3);
  const q = (pairs: [string, string][]) =>
    pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  // Short entries: the whole URL must stay under the server's header limit (16 KB in Node), or it never reaches the page.
  const shortJunk = ['<b>', 'javascript:x', '1e309', 'NaN', '-0', '<i', '%', ''];
  const pins = Array.from({ length: 300 }, (_, i) =>
    i % 3 ? `${keys[i % keys.length]}~${shortJunk[i % shortJunk.length]}` : `zz${i}~${i}`,
  ).join(',');
  return [
    {
      name: 'markup payloads in every parameter, javascript: in the fragment, keys of other figures, repeated key, broken v, t far beyond the run, a 10,000-character value',
      query: q([
        ...keys.map((k, i) => [`${id}.${k}`, markup[i % markup.length]] as [string, string]),
        ...others.map((k) => [`${id}.${k}`, markup[0]] as [string, string]),
        [`${id}.${keys[0]}`, '1'],
        [`${id}.v`, `<script>window.__pwned='v'</script>`],
        [`${id}.t`, '999999999'],
        [`${id}.${'x'.repeat(40)}`, '9'.repeat(10_000) + 'x'],
        [`other.${keys[0]}`, markup[1]],
      ]),
      hash: `javascript:window.__pwned='hash'`,
      notice: [
        ...keys.map((k) => `${id}.${k} (`),
        'not a setting of this figure',
        'appears more than once',
        `${id}.v:`,
      ],
      softNotice: [`${id}.t (`],
    },
    {
      name: 'javascript: payloads in every parameter, markup in the fragment, cmp with 300 entries, v = 1e309',
      query: q([
        ...keys.map((k, i) => [`${id}.${k}`, jsUrls[i % jsUrls.length]] as [string, string]),
        [`${id}.cmp`, pins],
        [`${id}.v`, '1e309'],
      ]),
      hash: `${id}"><img src=x onerror="window.__pwned='hash'">`,
      notice: [...keys.map((k) => `${id}.${k} (`), `${id}.cmp: only the first`, `${id}.v:`],
    },
  ];
}

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

for (const fig of figures) {
  for (const [n, h] of hostileUrls(fig).entries()) {
    test(`hostile URL ${n + 1}: #${fig.id} (${fig.sim}) on ${fig.path}: ${h.name}`, async ({ page, context }) => {
      test.setTimeout(90_000);
      const problems = await watchPage(page);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const url = `${fig.path}?${h.query}#${h.hash}`;
      const res = await page.goto(url);
      expect(res?.status()).toBe(200);
      // The page renders.
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const f = figureParts(page, fig.id);
      await f.fig.scrollIntoViewIfNeeded();
      await hydrated(page, fig.id);
      // The notice lists the corrections, as text.
      await expect(f.notice).toBeVisible();
      const text = (await f.notice.textContent()) ?? '';
      for (const want of h.notice) expect(text, `the notice names ${want}`).toContain(want);
      for (const want of h.softNotice ?? [])
        expect.soft(text, `the notice names ${want} (a t beyond the run's length is a correction)`).toContain(want);
      // The figure still plays: its step advances (a link with t replays towards it).
      await expect.poll(f.step, { timeout: 45_000, intervals: [100, 250, 500] }).toBeGreaterThan(0);
      // Nothing ran, nothing navigated, nothing was injected.
      expect(await injected(page)).toEqual([]);
      const here = new URL(page.url());
      expect(here.pathname).toBe(fig.path);
      expect(here.origin).toBe(new URL(url, here).origin);
      expect(context.pages()).toHaveLength(1);
      await expect(f.fig.getByRole('alert')).toHaveCount(0);
      expect(await problems()).toEqual([]);
    });
  }
}
