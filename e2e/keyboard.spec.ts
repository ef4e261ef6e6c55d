/**
 * Live figures without a mouse (issue 13, guarantee 6):
 * - one representative figure of each panel kind (line, heatmap, points, bars, curves, simplex,
 *   readout: the first figure that draws it, found from the figure specs) is operable from the
 *   keyboard alone;
 * - prefers-reduced-motion stops autoplay (and without it the figure does autoplay).
 * axe runs on every page in both themes (pages.spec.ts) and on every figure after a run
 * (figures.spec.ts).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { figureParts, figures, hydrated, representativesByKind, type SiteFigure } from './support/figures';

const byKind = representativesByKind();
const representatives = [...new Map([...byKind.values()].map((f) => [f.id + f.path, f])).values()];
const kindsOf = (f: SiteFigure) =>
  [...byKind]
    .filter(([, g]) => g === f)
    .map(([k]) => k)
    .join(', ');

/** Presses Tab until `target` has focus (the way a keyboard user gets there). */
async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'reachable with Tab').toBeFocused();
}

for (const fig of representatives) {
  test(`keyboard only: #${fig.id} (${kindsOf(fig)}) on ${fig.path}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(fig.path);
    const f = figureParts(page, fig.id);
    await f.fig.scrollIntoViewIfNeeded();
    await hydrated(page, fig.id);
    // Play with Enter; the same button (now Pause) keeps focus and pauses with Space.
    const play = f.button('Play');
    await tabTo(page, play);
    const runButton = await play.elementHandle();
    await page.keyboard.press('Enter');
    await expect.poll(f.step, { timeout: 45_000 }).toBeGreaterThan(0);
    // The same element keeps focus whatever its label now says (a short run may already read
    // "Play again"; Space then starts it once more, and it ends paused or done all the same).
    expect(await page.evaluate((el) => document.activeElement === el, runButton), 'focus stays on Play/Pause').toBe(
      true,
    );
    if (!fig.instant) {
      await page.keyboard.press('Space');
      await expect(f.status).toContainText(/paused|done/);
    }
    // Step advances a paused run.
    const step = f.button('Step');
    if (!fig.instant && (await step.isEnabled())) {
      const s0 = await f.step();
      const finished = (await f.status.textContent())?.includes('done');
      await tabTo(page, step);
      await page.keyboard.press('Enter');
      // Step on a finished run starts it again and takes one step.
      if (finished) await expect(f.status).toContainText('paused');
      else await expect.poll(f.step, { timeout: 30_000 }).toBeGreaterThan(s0);
    }
    // Pin run, then Reset back to step 0.
    const pin = f.button('Pin run');
    if (await pin.isEnabled()) {
      await tabTo(page, pin);
      await page.keyboard.press('Enter');
      await expect(f.fig.getByRole('button', { name: /unpin|remove/i }).first()).toBeVisible();
    }
    await tabTo(page, f.button('Reset'));
    await page.keyboard.press('Enter');
    if (!fig.instant) await expect.poll(f.step).toBe(0);
    // The first control changes with the keyboard, and the address bar follows.
    const control = f.fig.locator(`[id^="${fig.id}-ctl-"]`).first();
    await tabTo(page, control);
    const type = await control.evaluate((el) => (el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase()));
    const before = await control.evaluate((el) =>
      el instanceof HTMLInputElement && el.type === 'checkbox' ? String(el.checked) : (el as HTMLInputElement).value,
    );
    if (type === 'checkbox') await page.keyboard.press('Space');
    else if (type === 'number') await page.keyboard.press('ArrowUp');
    else await page.keyboard.press('ArrowRight');
    let after = await control.evaluate((el) =>
      el instanceof HTMLInputElement && el.type === 'checkbox' ? String(el.checked) : (el as HTMLInputElement).value,
    );
    if (after === before && type !== 'checkbox') {
      await page.keyboard.press(type === 'number' ? 'ArrowDown' : 'ArrowLeft');
      await page.keyboard.press(type === 'number' ? 'ArrowDown' : 'ArrowLeft');
      after = await control.evaluate((el) => (el as HTMLInputElement).value);
    }
    expect(after, 'the control changed').not.toBe(before);
    if (type === 'number') await page.keyboard.press('Tab'); // number boxes commit on change
    await expect.poll(() => page.url(), { timeout: 5_000 }).toContain(`${fig.id}.`);
    // Share with the keyboard shows the link.
    await tabTo(page, f.button('Share'));
    await page.keyboard.press('Enter');
    await expect(f.fig.getByRole('textbox', { name: 'Shared link' })).toHaveValue(new RegExp(`${fig.id}\\.v=`));
  });
}

test.describe('prefers-reduced-motion', () => {
  const fig = figures.find((f) => f.pageFigures.length === 1 && !f.instant) ?? figures[0];
  for (const reduce of [true, false]) {
    test(`${reduce ? 'stops' : 'without it, a figure in view'} autoplay${reduce ? '' : 's'}: #${fig.id} on ${fig.path}`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
      await page.goto(`${fig.path}#${fig.id}`);
      const f = figureParts(page, fig.id);
      await f.fig.scrollIntoViewIfNeeded();
      await hydrated(page, fig.id);
      if (reduce) {
        await page.waitForTimeout(4_000);
        expect(await f.step()).toBe(0);
        await expect(f.status).toContainText('ready');
        expect(page.workers(), 'no simulation Worker started').toHaveLength(0);
      } else {
        await expect.poll(f.step, { timeout: 45_000 }).toBeGreaterThan(0);
      }
    });
  }
});
