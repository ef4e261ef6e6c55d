/**
 * axe-core, run in the page directly. @axe-core/playwright's AxeBuilder opens a new page for every
 * analysis to assemble its results, which tripled the cost of a check here (2.3–4.3 s against
 * 1.0–1.4 s per paper page): with ~200 analyses per suite that was most of the e2e budget.
 *
 * `serious` reports serious and critical violations only (the site's bar), each with its first
 * three targets, as short strings a failing test prints.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The rules whose outcome depends on colours (all that a theme switch can change). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Serious and critical violations in `scope` (a CSS selector; default the whole document).
 * `colourOnly` runs just the colour rules (for the second theme of a page already fully checked).
 */
export async function serious(page: Page, opts: { scope?: string; colourOnly?: boolean } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ([scope, runOnly]) => {
      const axe = (
        window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: Violation[] }> } }
      ).axe;
      const r = await axe.run(scope ? document.querySelector(scope) : document, {
        runOnly,
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      }));
    },
    [
      opts.scope ?? null,
      opts.colourOnly ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: WCAG },
    ] as const,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}
