/**
 * Determinism (issue 13, guarantee 4): for every figure on the site, a link shared at a step
 * reproduces the sender's CSV byte for byte in a fresh browser context (same backend).
 *
 * The sender plays the figure live (Worker chunks of ~20 ms, rows batched) to about a fiftieth
 * of its run (its first rows), pauses and shares; the receiver replays the link (seek, no rendering on the way).
 * Both CSVs must be identical, comment lines (permalink, params, seed, site version) included.
 * Bounded: a figure that is slow to reach a fiftieth of its run is paused after SENDER_MS instead.
 */
import { expect, test } from '@playwright/test';
import { downloadText, figureParts, figures, openFigure, watchPage } from './support/figures';

const SENDER_MS = 2_500;

for (const fig of figures) {
  test(`determinism: #${fig.id} (${fig.sim}) on ${fig.path}: a shared link reproduces the CSV byte for byte`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const problems = await watchPage(page);
    const f = await openFigure(page, fig.path, fig.id);
    await f.button('Play').click();
    // Run to about a fiftieth of the run (instant figures run straight to their end).
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
    await f
      .button('Pause')
      .click({ timeout: 2_000 })
      .catch(() => {}); // the run may end (Play again) before the click
    await expect(f.status).toContainText(/paused|done/);
    // The button says paused at once; the Worker's last chunk may still land: wait for the step to settle.
    let last = -1;
    await expect.poll(async () => last === (last = await f.step()), { intervals: [400] }).toBe(true);
    await f.button('Share').click();
    const url = await f.fig.getByRole('textbox', { name: 'Shared link' }).inputValue();
    const sentAt = Number(new URL(url).searchParams.get(`${fig.id}.t`));
    expect(sentAt, 'the link carries the step').toBe(await f.step());
    const sent = await downloadText(page, () => f.button('Download CSV').click());
    expect(sent.split('\n').filter((l) => l && !l.startsWith('#')).length, 'the sender has rows').toBeGreaterThan(1);

    const context = await browser.newContext();
    try {
      const other = await context.newPage();
      const otherProblems = await watchPage(other);
      await other.emulateMedia({ reducedMotion: 'reduce' });
      await other.goto(url);
      const g = figureParts(other, fig.id);
      await expect.poll(g.step, { timeout: 60_000 }).toBe(sentAt);
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
      await context.close();
    }
    expect(await problems()).toEqual([]);
  });
}
