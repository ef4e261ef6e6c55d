/**
 * Every live figure on the site, discovered from the pages' sources: each
 * `<LiveFigure sim="…" id="…"` in content/papers/*.mdx is one figure instance. A new figure is
 * covered by the hardening suites as soon as a page embeds it.
 *
 * Each entry also carries what the suites need to know about its core without a browser: its
 * parameter schema (src/sim/<sim>/params.ts), its panel kinds and `instant` flag
 * (src/sim/<sim>/figure.ts) and whether it trains with tfjs (src/sim/<sim>/sim.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, type Download, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import type { ParamSchema } from '../../src/sim/runtime/params';

const require = createRequire(import.meta.url);

export interface SiteFigure {
  /** Paper slug and page path. */
  slug: string;
  path: string;
  /** Core folder in src/sim/ and the figure's id on the page (its permalink namespace). */
  sim: string;
  id: string;
  /** Ids of every figure on the same page, in page order. */
  pageFigures: string[];
  schema: ParamSchema;
  /** Panel kinds drawn by the figure (line, heatmap, points, readout, …). */
  kinds: string[];
  instant: boolean;
  usesTf: boolean;
}

const FIGURE =
  /<LiveFigure\s[^>]*?\bsim="([^"]+)"[^>]*?\bid="([^"]+)"|<LiveFigure\s[^>]*?\bid="([^"]+)"[^>]*?\bsim="([^"]+)"/g;

/** Reads a core's parameter schema from its params.ts without executing it in a browser. */
function loadSchema(sim: string): ParamSchema {
  // Playwright transpiles TypeScript on require; params.ts only imports the runtime's plain helpers.
  const mod = require(`../../src/sim/${sim}/params.ts`) as { params: ParamSchema };
  return mod.params;
}

function discover(): SiteFigure[] {
  const out: SiteFigure[] = [];
  const files = readdirSync('content/papers')
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  for (const file of files) {
    const slug = file.replace(/\.mdx$/, '');
    const src = readFileSync(`content/papers/${file}`, 'utf8');
    const found = [...src.matchAll(FIGURE)].map((m) => ({ sim: m[1] ?? m[4], id: m[2] ?? m[3] }));
    for (const { sim, id } of found) {
      const figureSrc = readFileSync(`src/sim/${sim}/figure.ts`, 'utf8');
      const simSrc = readFileSync(`src/sim/${sim}/sim.ts`, 'utf8');
      const kinds = [...new Set([...figureSrc.matchAll(/\bkind:\s*'([a-z]+)'/g)].map((m) => m[1]))];
      out.push({
        slug,
        path: `/papers/${slug}/`,
        sim,
        id,
        pageFigures: found.map((f) => f.id),
        schema: loadSchema(sim),
        kinds,
        instant: /\binstant:\s*true\b/.test(figureSrc),
        usesTf: /export const usesTf\s*=\s*true\b/.test(simSrc),
      });
    }
  }
  return out;
}

export const figures: SiteFigure[] = discover();

/** Pages with two or more figures (for faults that must stay inside one figure). */
export const multiFigurePages = [...new Set(figures.filter((f) => f.pageFigures.length > 1).map((f) => f.path))];

/** The first figure drawing each panel kind (a representative per kind, for accessibility checks). */
export function representativesByKind(): Map<string, SiteFigure> {
  const byKind = new Map<string, SiteFigure>();
  for (const f of figures) for (const k of f.kinds) if (!byKind.has(k)) byKind.set(k, f);
  return byKind;
}

/** The keys of every schema on the site (hostile links use other figures' keys too). */
export const allParamKeys = [...new Set(figures.flatMap((f) => Object.keys(f.schema)))].sort();

// ---------------------------------------------------------------------------------------------
// Driving a figure through its public face only: role=progressbar, role=status, named buttons.
export function figureParts(page: Page, id: string) {
  const fig = page.locator(`figure#${id}`);
  const bar = fig.getByRole('progressbar');
  return {
    fig,
    bar,
    status: fig.getByRole('status'),
    notice: fig.getByRole('note', { name: 'Link corrections' }),
    button: (name: string) => fig.getByRole('button', { name, exact: true }),
    step: async () => Number(await bar.getAttribute('aria-valuenow')),
    total: async () => Number(await bar.getAttribute('aria-valuemax')),
  };
}
export type FigureParts = ReturnType<typeof figureParts>;

/** Waits until the figure's island has hydrated (its toolbar answers clicks). */
export async function hydrated(page: Page, id: string): Promise<void> {
  await page.locator(`figure#${id} .fl-frame`).waitFor();
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return !!el && !el.closest('astro-island')?.hasAttribute('ssr');
  }, `figure#${id} .fl-frame`);
}

/** Opens a page with reduced motion (no autoplay) and waits for figure `id` to hydrate. */
export async function openFigure(page: Page, url: string, id: string): Promise<FigureParts> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(url);
  const f = figureParts(page, id);
  await f.fig.scrollIntoViewIfNeeded();
  await hydrated(page, id);
  return f;
}

export async function downloadText(page: Page, click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return (await readFile((await (d as Download).path())!)).toString('utf8');
}

/**
 * Everything that counts as "something ran that should not have" on a page: dialogs, console
 * errors, uncaught exceptions, CSP violations (from the page and, through the console, its
 * workers), popups. Call before the first navigation.
 */
export async function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog ${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('popup', (p) => problems.push(`popup: ${p.url()}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __pwned?: unknown };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  return async () => {
    const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp).catch(() => [] as string[]);
    const pwned = await page
      .evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)
      .catch(() => null);
    return [
      ...problems,
      ...csp.map((c) => `CSP violation: ${c}`),
      ...(pwned !== null ? [`payload ran: ${String(pwned)}`] : []),
    ];
  };
}

/** Polls until the figure's step passes `min`. */
export async function stepPasses(f: FigureParts, min: number, timeout = 45_000): Promise<void> {
  await expect.poll(f.step, { timeout, intervals: [100, 200, 300] }).toBeGreaterThan(min);
}
