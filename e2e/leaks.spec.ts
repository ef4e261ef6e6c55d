/**
 * No leaks over a long reading session (issue 13, guarantee 2): a flagship figure plays for 60 s
 * (replaying whenever its run ends), is Reset and played again 20 times; the Worker's live tensor
 * count (tfjs's engine, read inside the Worker) is the same on every run and the page's JS heap
 * (CDP Runtime.getHeapUsage after a forced GC) grows by less than 20%.
 */
import { expect, test, type Worker } from '@playwright/test';
import { figures, openFigure } from './support/figures';

const PLAY_MS = 60_000;
const RESETS = 20;

// A flagship tfjs figure with a long run: grokking-regression, else the first tfjs figure.
const fig = figures.find((f) => f.sim === 'grokking-regression') ?? figures.find((f) => f.usesTf);

test(`60 s of play and ${RESETS} resets: Worker tensors flat, page heap grows < 20% (#${fig?.id} on ${fig?.path})`, async ({
  page,
}) => {
  test.skip(!fig, 'no tfjs figure on the site');
  test.setTimeout(PLAY_MS + 150_000);
  const f = await openFigure(page, fig!.path, fig!.id);
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const simWorker = async (): Promise<Worker> => {
    await expect.poll(() => page.workers().length, { timeout: 30_000 }).toBeGreaterThan(0);
    return page.workers()[0];
  };
  const tensors = async (w: Worker) =>
    w.evaluate(() => {
      const engine = (self as unknown as { _tfengine?: { memory(): { numTensors: number; numBytes: number } } })
        ._tfengine;
      return engine ? engine.memory() : null;
    });

  // Reset stops the run. (Its progress bar may jump back to the old step: platform-requests.md H7;
  // that is not what this test is about, so it waits for the run to stop rather than for step 0.)
  const reset = async () => {
    await f.button('Reset').click();
    await expect(f.status).not.toContainText(/training|replaying|loading/);
    await expect(f.button('Play')).toBeVisible();
  };

  // Play, pressed again if the first press is lost (the known Play race on two-figure pages is the
  // platform's to fix and is not what this test measures; a lost press is annotated).
  const play = async () => {
    await f.button('Play').click();
    try {
      await expect.poll(f.step, { timeout: 10_000 }).toBeGreaterThan(20);
    } catch {
      test.info().annotations.push({ type: 'Play press lost', description: (await f.status.textContent()) ?? '' });
      await f.button('Play').click();
      await expect.poll(f.step, { timeout: 45_000 }).toBeGreaterThan(20);
    }
  };

  // Baseline: the figure has run once and been reset (idle, no rows kept).
  await f.button('Play').click();
  await expect.poll(f.step, { timeout: 45_000 }).toBeGreaterThan(20);
  const worker = await simWorker();
  const first = await tensors(worker);
  expect(first, 'tfjs engine visible in the Worker').not.toBeNull();
  await reset();
  const heap0 = await heap();

  // 60 s of play; a run that ends is started again.
  const until = Date.now() + PLAY_MS;
  await f.button('Play').click();
  while (Date.now() < until) {
    await page.waitForTimeout(2_000);
    if ((await f.status.textContent())?.match(/done|diverged/)) await f.button('Play').click();
  }
  const counts: number[] = [];
  for (let i = 0; i < RESETS; i++) {
    await reset();
    await play();
    const m = await tensors(page.workers()[0] ?? worker);
    counts.push(m?.numTensors ?? -1);
  }
  await reset();
  const heap1 = await heap();
  test
    .info()
    .annotations.push(
      { type: 'worker tensors per run', description: `${first!.numTensors} then ${counts.join(', ')}` },
      { type: 'page heap (MB)', description: `${(heap0 / 2 ** 20).toFixed(1)} → ${(heap1 / 2 ** 20).toFixed(1)}` },
    );
  expect(
    counts.every((c) => c === counts[0]),
    `tensor counts ${counts.join(', ')}`,
  ).toBe(true);
  expect(Math.max(...counts) - first!.numTensors, 'tensors added since the first run').toBeLessThanOrEqual(0);
  expect(heap1 / heap0, `heap ${heap0} → ${heap1}`).toBeLessThan(1.2);
});
