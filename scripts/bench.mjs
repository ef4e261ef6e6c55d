#!/usr/bin/env node
/**
 * `npm run bench` (issue 14): speed, weight and responsiveness of every figure on the site, measured on
 * the built site in headless Chromium. Benchmarks are not tests: this prints a table and writes
 * bench/results.json (every measurement plus a `budgets` object); nothing asserts on wall-clock time.
 *
 *   1. build     the site exactly as `npm run build` does (timed), into node_modules/.cache/fl-bench/site
 *                so a bench never touches dist/ (others may be testing against it);
 *   2. bench page bench/page/ (Vite, bench-only, served at /__bench/ of that copy): each figure's default
 *                params through the real runtime (SimClient → Worker) on wasm and on cpu, time to
 *                `reached(rows)`, steps/s; the flagships' tfjs step against hand-written Float32Array
 *                references and a wasm-SIMD matMul micro-benchmark;
 *   3. pages     each figure on its real paper page: long tasks while it trains, slider → redraw, Share →
 *                permalink replay time; JS and transfer weight of the catalogue and a paper page; FCP/LCP;
 *   4. tests     `npm test` wall time, only with --with-tests (it takes several minutes).
 *
 * Flags: --with-tests   also time `npm test`
 *        --no-build     reuse the last bench build (node_modules/.cache/fl-bench/site) instead of building
 *        --only=a,b     only these sims (figure measurements; weight, build and limits still run)
 *        --skip-pages   skip the per-figure real-page pass (3); --skip-limits skip the limits pass
 *        --table        only re-print the table (and rewrite results.md) from bench/results.json
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, 'node_modules/.cache/fl-bench');
const SITE = join(WORK, 'site');
const OUT = join(ROOT, 'bench');
const FLAGSHIPS = ['grokking-regression', 'grokking-modular', 'stability-gap', 'contrastive-temperature'];
const WEIGHT_PAGE = '/papers/grokking-lazy-rich/';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const opt = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const args = {
  withTests: flag('with-tests'),
  noBuild: flag('no-build'),
  skipPages: flag('skip-pages'),
  skipLimits: flag('skip-limits'),
  only: opt('only')?.split(',').filter(Boolean) ?? null,
};

const t00 = Date.now();
const log = (...m) => console.error(`[bench ${((Date.now() - t00) / 1000).toFixed(0).padStart(4)} s]`, ...m);
const debug = (...m) => process.env.BENCH_DEBUG && log('  ·', ...m);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const k = s.length >> 1;
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
};
const round = (x, d = 1) => (x === null || x === undefined || !Number.isFinite(x) ? null : Number(x.toFixed(d)));

// ───────────────────────────── figures on the site ─────────────────────────────

/** Every `<LiveFigure sim=… id=…>` in content/papers/*.mdx, with what its core exports. */
function discoverFigures() {
  const dir = join(ROOT, 'content/papers');
  const figures = [];
  const tag = /<LiveFigure((?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(tag)) {
      const sim = /\bsim=["']([^"']+)["']/.exec(m[1])?.[1];
      const id = /\bid=["']([^"']+)["']/.exec(m[1])?.[1];
      if (!sim || !id) continue;
      const simFile = join(ROOT, 'src/sim', sim, 'sim.ts');
      const src = existsSync(simFile) ? readFileSync(simFile, 'utf8') : '';
      figures.push({
        slug: file.replace(/\.mdx$/, ''),
        path: `/papers/${file.replace(/\.mdx$/, '')}/`,
        sim,
        id,
        flagship: FLAGSHIPS.includes(sim),
        exists: !!src,
        hasReached:
          /export\s+(?:async\s+)?(?:function|const|let)\s+reached\b/.test(src) ||
          /export\s*\{[^}]*\breached\b/.test(src),
        usesTf: /export\s+const\s+usesTf\s*=\s*true/.test(src),
      });
    }
  }
  return figures;
}

// ───────────────────────────── processes ─────────────────────────────

function run(cmd, { env = {}, logFile } = {}) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn('sh', ['-c', cmd], {
      cwd: ROOT,
      env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      if (logFile) writeFileSync(logFile, out);
      resolve({ code, seconds: (performance.now() - t0) / 1000, tail: out.split('\n').slice(-25).join('\n') });
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** `npm run build`, word for word, but with dist/ replaced by the bench's own output directory. */
async function timedBuild() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const rel = relative(ROOT, SITE);
  const cmd = pkg.scripts.build
    .replace(/\bastro build\b/, `astro build --outDir ${rel}`)
    .replace(/(^|\s)dist\/?(?=\s|$)/g, `$1${rel}`);
  rmSync(SITE, { recursive: true, force: true });
  log(`building the site: ${cmd}`);
  const r = await run(cmd, { logFile: join(WORK, 'build.log') });
  return {
    command: 'npm run build',
    ran: cmd,
    seconds: round(r.seconds, 1),
    ok: r.code === 0,
    ...(r.code ? { error: r.tail } : {}),
  };
}

/** Every file under `dir` (recursively), for the bench page's cache key. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * Builds bench/page (Vite) and copies it to /__bench/ of the bench site. The build is cached in
 * node_modules/.cache/fl-bench/page, keyed by a hash of bench/page, src/sim and the lockfile.
 */
async function buildBenchPage() {
  const outDir = join(WORK, 'page');
  const hash = createHash('sha256');
  for (const f of [
    ...filesUnder(join(ROOT, 'bench/page')),
    ...filesUnder(join(ROOT, 'src/sim')),
    join(ROOT, 'package-lock.json'),
  ].sort()) {
    if (!existsSync(f)) continue;
    hash.update(relative(ROOT, f));
    hash.update(readFileSync(f));
  }
  const key = hash.digest('hex');
  const keyFile = join(WORK, 'page.key');
  if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key && existsSync(join(outDir, 'index.html'))) {
    log('bench page: unchanged, using the cached build');
  } else {
    log('building the bench page');
    const { build } = await import('vite');
    await build({
      configFile: false,
      root: join(ROOT, 'bench/page'),
      base: '/__bench/',
      logLevel: 'error',
      // Not minified: the page is never shipped, and minifying two tfjs Worker bundles costs time.
      build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, minify: false },
      worker: { format: 'es' },
    });
    writeFileSync(keyFile, key);
  }
  const dest = join(SITE, '__bench');
  rmSync(dest, { recursive: true, force: true });
  cpSync(outDir, dest, { recursive: true });
  // The Worker fetches data assets from BASE_URL/data/ (public/data in the site).
  if (existsSync(join(SITE, 'data'))) cpSync(join(SITE, 'data'), join(dest, 'data'), { recursive: true });
}

async function startPreview() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/astro/astro.js'),
      'preview',
      '--outDir',
      relative(ROOT, SITE),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return { child, base };
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) break;
    await sleep(250);
  }
  child.kill();
  throw new Error(`astro preview did not start:\n${out}`);
}

// ───────────────────────────── network accounting ─────────────────────────────

const isJs = (r) => /\.(m?js)(\?|$)/.test(r.url) || r.type === 'script';
const isTfjs = (r) => /tfjs|\.wasm(\?|$)/i.test(r.url) || /worker/i.test(r.url);

/** Records every response body of a page (and its Workers); sizes raw and gzipped by us. */
function trackNet(page) {
  const items = [];
  const pending = new Set();
  page.on('response', (r) => {
    const p = (async () => {
      const status = r.status();
      if (status >= 300 && status < 400) return;
      let body;
      try {
        body = await r.body();
      } catch {
        return; // a body that is gone (navigation) is not counted
      }
      items.push({
        url: r.url(),
        type: r.request().resourceType(),
        raw: body.length,
        gz: gzipSync(body, { level: 9 }).length,
      });
    })();
    pending.add(p);
    p.finally(() => pending.delete(p));
  });
  return {
    items,
    async settle() {
      await Promise.all([...pending]);
    },
    summary(from = 0) {
      const xs = items.slice(from);
      const js = xs.filter(isJs);
      const kb = (n) => round(n / 1024, 1);
      return {
        jsGzKB: kb(js.reduce((a, r) => a + r.gz, 0)),
        jsRawKB: kb(js.reduce((a, r) => a + r.raw, 0)),
        jsFiles: js.length,
        totalGzKB: kb(xs.reduce((a, r) => a + r.gz, 0)),
        totalRawKB: kb(xs.reduce((a, r) => a + r.raw, 0)),
        requests: xs.length,
        tfjsRequests: xs.filter(isTfjs).map((r) => r.url.replace(/^https?:\/\/[^/]+/, '')),
      };
    },
  };
}

// ───────────────────────────── bench page ─────────────────────────────

async function benchPage(browser, base, sims, figures) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/__bench/`);
  await page.waitForFunction(() => window.__bench?.ready, null, { timeout: 30_000 });
  const out = { figures: {}, errors };
  for (const sim of sims) {
    const fig = figures.find((f) => f.sim === sim);
    const flagship = FLAGSHIPS.includes(sim);
    const wasmOpts = {
      maxMs: flagship ? 25_000 : 12_000,
      minMs: 1_500,
      samples: 5,
      windowMs: 250,
      warmupMs: 400,
      phenomenon: true,
    };
    log(`bench page: ${sim} on wasm${flagship ? ' (flagship)' : ''}`);
    const wasm = await page.evaluate(([s, o]) => window.__bench.figure(s, 'auto', o), [sim, wasmOpts]);
    let cpu = null;
    if (wasm.usesTf || fig?.usesTf) {
      log(`bench page: ${sim} on cpu`);
      cpu = await page.evaluate(
        ([s, o]) => window.__bench.figure(s, 'cpu', o),
        [sim, { maxMs: 8_000, minMs: 1_500, samples: 5, windowMs: 250, warmupMs: 400, phenomenon: false }],
      );
    }
    out.figures[sim] = { wasm, cpu };
  }
  await page.close();
  return out;
}

async function limitsPass(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}/__bench/`);
  await page.waitForFunction(() => window.__bench?.ready, null, { timeout: 30_000 });
  log('bench page: against the limit (matMul 512³ and the flagships’ steps vs Float32Array references)');
  const r = await page.evaluate((o) => window.__bench.limits(o), { samples: 5, minMs: 300 });
  await page.close();
  for (const f of r.flagships) {
    if (!f.tfjs || !f.ref) continue;
    f.tfjsGflops = f.flops / (f.tfjs.msPerStep * 1e6);
    f.refGflops = f.flops / (f.ref.msPerStep * 1e6);
    f.speedupVsRef = f.ref.msPerStep / f.tfjs.msPerStep;
    f.shareOfMatmul = f.tfjsGflops / r.matmul.gflops;
  }
  return r;
}

// ───────────────────────────── real pages ─────────────────────────────

const HYDRATED = (sel) => {
  const f = document.querySelector(`${sel} .fl-frame`);
  return !!f && !f.closest('astro-island')?.hasAttribute('ssr');
};

/** Play, long tasks while training, Pause, Share, slider → redraw; then the permalink replay. */
async function realPage(browser, base, fig, { trainMs = 1_500 } = {}) {
  const sel = `figure#${fig.id}`;
  const res = { page: fig.path, id: fig.id, sim: fig.sim };
  const ctx = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  page.setDefaultTimeout(20_000);
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const net = trackNet(page);
  await page.addInitScript(() => {
    // Timestamps of the Worker's messages (diagnostics for slider → redraw), without touching the app.
    window.__wmsgs = [];
    const W = window.Worker;
    window.Worker = class extends W {
      constructor(...a) {
        super(...a);
        this.addEventListener('message', (e) =>
          window.__wmsgs.push([performance.now(), e.data?.type, e.data?.step ?? null]),
        );
      }
      postMessage(m, ...rest) {
        window.__wmsgs.push([performance.now(), `→${m?.type}`, null]);
        return super.postMessage(m, ...rest);
      }
    };
    window.__long = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  try {
    await page.goto(base + fig.path, { waitUntil: 'load' });
    await page.locator(sel).scrollIntoViewIfNeeded();
    await page.waitForFunction(HYDRATED, sel, { timeout: 20_000 });
    await page.waitForLoadState('networkidle', { timeout: 4_000 }).catch(() => {});
    await net.settle();
    res.firstLoad = net.summary();
    debug('loaded and hydrated');
    res.firstLoad.workers = page.workers().length;
    const before = net.items.length;

    // Play (by its accessible name), recording the click's time and every change of the progress bar.
    await page.evaluate((s) => {
      const fig = document.querySelector(s);
      const bar = fig.querySelector('[role=progressbar]');
      window.__steps = [];
      new MutationObserver(() =>
        window.__steps.push([performance.now(), Number(bar.getAttribute('aria-valuenow'))]),
      ).observe(bar, {
        attributes: true,
        attributeFilter: ['aria-valuenow'],
      });
      fig.addEventListener('click', (e) => (window.__tPlay = e.timeStamp), { capture: true, once: true });
    }, sel);
    await page.locator(sel).getByRole('button', { name: 'Play', exact: true }).click();
    const tPlay = await page.evaluate(() => window.__tPlay);
    // Train for trainMs after the first step (or to the end of the run).
    await page.waitForFunction(
      ([s, ms]) => {
        const st = document.querySelector(`${s} [role=status]`).textContent.trim();
        if (/^(done|diverged|error)/.test(st)) return true;
        const first = window.__steps.find(([, v]) => v > 0);
        return !!first && performance.now() - first[0] >= ms;
      },
      [sel, trainMs],
      { polling: 50, timeout: trainMs + 45_000 },
    );
    const longAt = await page.evaluate(
      (t) => window.__long.filter(([s]) => s >= t).map(([s, d]) => [Math.round(s - t), Math.round(d)]),
      tPlay,
    );
    const long = longAt.map(([, d]) => d);
    res.longTasksAt = longAt.filter(([, d]) => d > 50).slice(0, 20); // [ms after Play, duration]
    res.longestTaskMs = round(Math.max(0, ...long), 0);
    res.tasksOver50 = long.filter((d) => d > 50).length;
    res.statusWhileTraining = (await page.locator(`${sel} [role=status]`).textContent()).trim();
    debug('trained:', res.statusWhileTraining);

    // Pause where it is (or take the finished run), note the step and when the live run got there.
    const statusNow = () => page.locator(`${sel} [role=status]`).textContent();
    if (/^(training|loading|replaying)/.test((await statusNow()).trim())) {
      await page.locator(sel).getByRole('button', { name: 'Pause', exact: true }).click();
      await page.waitForFunction(
        (s) => /^(paused|done|diverged)/.test(document.querySelector(`${s} [role=status]`).textContent.trim()),
        sel,
      );
    }
    const t = Number(await page.locator(`${sel} [role=progressbar]`).getAttribute('aria-valuenow'));
    const liveAt = await page.evaluate((t) => window.__steps.find(([, v]) => v >= t)?.[0] ?? null, t);
    res.sharedStep = t;
    res.liveMs = liveAt === null ? null : round(liveAt - tPlay, 0);
    await net.settle();
    res.afterPlay = net.summary(before);

    // Share.
    await page
      .locator(sel)
      .getByRole('button', { name: /^Share/ })
      .click();
    const url = await page
      .locator(`${sel} input[aria-label="Shared link"]`)
      .inputValue({ timeout: 5_000 })
      .catch(() => null);
    res.sharedUrl = url && url.replace(/^https?:\/\/[^/]+/, '');
    debug('shared', res.sharedStep, res.liveMs, res.sharedUrl);

    // Slider → first redrawn point, while the figure trains (resume it first).
    if (/^paused/.test((await statusNow()).trim()))
      await page.locator(sel).getByRole('button', { name: 'Play', exact: true }).click();
    await sleep(300);
    res.slider = await sliderDelay(page, sel);
    debug('slider', JSON.stringify(res.slider));
  } catch (e) {
    res.error = String(e.message ?? e).split('\n')[0];
  } finally {
    if (pageErrors.length) res.pageErrors = pageErrors.slice(0, 3);
    await ctx.close();
  }

  // Permalink replay in a fresh context: from the moment the figure starts (status leaves “ready”)
  // to the progress bar at the shared step with the figure paused; also from navigation start.
  if (res.sharedUrl && res.sharedStep > 0 && res.liveMs) {
    const ctx2 = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
    const p2 = await ctx2.newPage();
    try {
      await p2.addInitScript(
        ([s, t]) => {
          const r = (window.__replay = { start: null, end: null });
          const tick = () => {
            const st = document.querySelector(`${s} [role=status]`)?.textContent.trim() ?? '';
            const bar = document.querySelector(`${s} [role=progressbar]`);
            if (r.start === null && /^(loading|replaying)/.test(st)) r.start = performance.now();
            // A link shared at the run's last step replays to the end and shows “done”.
            if (r.end === null && /^(paused|done)/.test(st) && Number(bar?.getAttribute('aria-valuenow')) === t)
              r.end = performance.now();
            if (r.end === null) setTimeout(tick, 5);
          };
          tick();
        },
        [sel, res.sharedStep],
      );
      await p2.goto(base + res.sharedUrl, { waitUntil: 'load' });
      await p2.waitForFunction(() => window.__replay.end !== null, null, {
        timeout: Math.max(20_000, 5 * res.liveMs),
        polling: 50,
      });
      const r = await p2.evaluate(() => window.__replay);
      res.replayMs = round(r.end - (r.start ?? 0), 0);
      res.replayFromNavigationMs = round(r.end, 0);
      res.replayRatio = round(res.replayMs / res.liveMs, 2);
      debug('replayed', JSON.stringify(r));
    } catch (e) {
      res.replayError = String(e.message ?? e).split('\n')[0];
    } finally {
      await ctx2.close();
    }
  }
  return res;
}

/** Keyboard change of the figure's first slider; ms from the keydown to the chart's first new data. */
async function sliderDelay(page, sel) {
  const ctl = await page.evaluate((s) => {
    const fig = document.querySelector(s);
    const el =
      fig.querySelector('input[type=range]') ??
      fig.querySelector('.fl-controls select') ??
      fig.querySelector('.fl-controls input[type=checkbox]');
    if (!el) return null;
    const kind = el.tagName === 'SELECT' ? 'select' : el.type;
    let key = kind === 'checkbox' ? 'Space' : 'ArrowRight';
    if (kind === 'range' && Number(el.value) >= Number(el.max)) key = 'ArrowLeft';
    if (kind === 'select' && el.selectedIndex === el.options.length - 1) key = 'ArrowUp';
    if (kind === 'select' && key === 'ArrowRight') key = 'ArrowDown';
    const bar = fig.querySelector('[role=progressbar]');
    window.__slider = new Promise((resolve) => {
      let t0 = null;
      let reset = false;
      el.addEventListener('keydown', (e) => (window.__sliderT0 = t0 = e.timeStamp), { once: true });
      // Only mutations inside a chart's <svg> count (the panels element itself may be re-created).
      const inChart = (r) =>
        !!(r.target.nodeType === 1 ? r.target : r.target.parentElement)?.closest?.('.fl-panels svg');
      const check = (recs) => {
        if (t0 === null || !recs.some(inChart)) return;
        const v = Number(bar.getAttribute('aria-valuenow'));
        if (v === 0) reset = true;
        else if (reset) {
          mo.disconnect();
          mo2.disconnect();
          resolve(performance.now() - t0);
        }
      };
      // The restart zeroes the progress bar; the first chart mutation after that with steps > 0 is the new run's first point.
      const mo = new MutationObserver(() => {
        if (t0 !== null && Number(bar.getAttribute('aria-valuenow')) === 0) reset = true;
      });
      mo.observe(bar, { attributes: true, attributeFilter: ['aria-valuenow'] });
      const mo2 = new MutationObserver(check);
      mo2.observe(fig, { subtree: true, childList: true, attributes: true, characterData: true });
      setTimeout(() => resolve(null), 15_000);
    });
    el.setAttribute('data-bench-slider', '');
    return { kind, key, label: fig.querySelector(`label[for="${el.id}"]`)?.textContent.trim() ?? el.id };
  }, sel);
  if (!ctl) return { ms: null, note: 'no slider, select or checkbox' };
  await page.locator(`${sel} [data-bench-slider]`).focus();
  await page.keyboard.press(ctl.key);
  const { ms, parts } = await page.evaluate(async () => {
    const ms = await window.__slider;
    // Where the time went: keydown → `start` posted → `ready` → first `rows` (the rest is drawing).
    const t0 = window.__sliderT0;
    const after = (type) => window.__wmsgs.find(([t, ty]) => t >= t0 && ty === type)?.[0];
    const start = after('→start');
    const ready = after('ready');
    const rows = after('rows');
    const d = (a, b) => (a !== undefined && b !== undefined ? Math.round(b - a) : null);
    return {
      ms,
      parts: {
        toStartMsg: d(t0, start),
        workerToReady: d(start, ready),
        readyToRows: d(ready, rows),
        rowsToDrawn: rows !== undefined && ms !== null && t0 !== undefined ? Math.round(t0 + ms - rows) : null,
      },
    };
  });
  return { ms: round(ms, 0), control: `${ctl.kind} “${ctl.label}”`, key: ctl.key, parts };
}

// ───────────────────────────── weight and paint ─────────────────────────────

async function weightPass(browser, base, figId) {
  const out = {};
  const load = async (path, { play = false, reduced = true } = {}) => {
    const ctx = await browser.newContext({
      reducedMotion: reduced ? 'reduce' : 'no-preference',
      viewport: { width: 1280, height: 900 },
    });
    const page = await ctx.newPage();
    const net = trackNet(page);
    await page.goto(base + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 8_000 }).catch(() => {});
    await net.settle();
    const first = { ...net.summary(), workers: page.workers().length };
    let inView = null;
    let after = null;
    if (play) {
      // Figures hydrate when they scroll into view (client:visible): scroll the first one in.
      const sel = figId ? `figure#${figId}` : 'figure.fl-figure';
      const fig = page.locator(sel).first();
      await fig.scrollIntoViewIfNeeded();
      await page.waitForFunction((s) => {
        const f = document.querySelector(`${s} .fl-frame`);
        return !!f && !f.closest('astro-island')?.hasAttribute('ssr');
      }, sel);
      await page.waitForLoadState('networkidle', { timeout: 8_000 }).catch(() => {});
      await sleep(300);
      await net.settle();
      inView = { ...net.summary(), workers: page.workers().length };
      await fig.getByRole('button', { name: 'Play', exact: true }).first().click();
      await page.waitForFunction(
        (s) => Number(document.querySelector(`${s} [role=progressbar]`).getAttribute('aria-valuenow')) > 0,
        sel,
        { timeout: 45_000 },
      );
      await page.waitForLoadState('networkidle', { timeout: 8_000 }).catch(() => {});
      await sleep(1000);
      await net.settle();
      after = { ...net.summary(), workers: page.workers().length };
    }
    await ctx.close();
    return { first, inView, after };
  };
  log('weight: catalogue');
  out.catalogue = (await load('/')).first;
  log(`weight: paper page ${WEIGHT_PAGE} before and after Play`);
  const paper = await load(WEIGHT_PAGE, { play: true });
  out.paperPageTop = { path: WEIGHT_PAGE, ...paper.first };
  out.paperPage = { path: WEIGHT_PAGE, ...paper.inView };
  out.afterPlay = { path: WEIGHT_PAGE, ...paper.after };

  log('paint: FCP and LCP of the paper page (median of 3 fresh loads)');
  const paints = [];
  for (let i = 0; i < 3; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(base + WEIGHT_PAGE, { waitUntil: 'load' });
    await sleep(800);
    paints.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const r = { fcp: null, lcp: null, lcpElement: null };
            new PerformanceObserver((l) => {
              for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') r.fcp = e.startTime;
            }).observe({ type: 'paint', buffered: true });
            new PerformanceObserver((l) => {
              const es = l.getEntries();
              const last = es[es.length - 1];
              r.lcp = last.startTime;
              r.lcpElement = last.element
                ? `${last.element.tagName.toLowerCase()}${last.element.className ? '.' + String(last.element.className).split(' ')[0] : ''}`
                : null;
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            setTimeout(() => resolve(r), 100);
          }),
      ),
    );
    await ctx.close();
  }
  out.paint = {
    path: WEIGHT_PAGE,
    fcpMs: round(median(paints.map((p) => p.fcp)), 0),
    lcpMs: round(median(paints.map((p) => p.lcp)), 0),
    lcpElement: paints[0]?.lcpElement ?? null,
    samples: paints,
  };
  return out;
}

// ───────────────────────────── budgets and table ─────────────────────────────

function budgetsOf(R) {
  const b = {};
  const put = (key, value, limit, unit, higherIsBetter = false) => {
    if (value === null || value === undefined || !Number.isFinite(value)) return;
    b[key] = { value: round(value, 3), limit, unit, met: higherIsBetter ? value >= limit : value <= limit };
  };
  for (const f of R.figures) {
    const bp = R.benchPage?.figures[f.sim];
    if (bp && f.hasReached) {
      const limit = f.flagship ? 20 : 10;
      const w = bp.wasm;
      // Not reached within the time the bench waited: the value is that wait, and the budget is not met.
      const value =
        w.reachedMs !== null
          ? w.reachedMs / 1000
          : Math.max(limit + 0.001, (w.firstRunMs ?? (f.flagship ? 25_000 : 12_000)) / 1000);
      put(`phenomenon:${f.sim}`, value, limit, 's from Play (max)');
      if (w.reachedMs === null) b[`phenomenon:${f.sim}`].met = false;
    }
    const p = R.pages?.find((x) => x.sim === f.sim && x.id === f.id);
    if (p) {
      put(`longTask:${f.sim}`, p.longestTaskMs, 50, 'ms longest main-thread task while training (max)');
      put(`sliderToRedraw:${f.sim}`, p.slider?.ms, 100, 'ms keyboard slider change → first redrawn point (max)');
      put(`permalinkReplay:${f.sim}`, p.replayRatio, 1.2, '× live time to the shared step (max)');
    }
  }
  for (const f of R.limits?.flagships ?? []) {
    put(`tfjsVsReference:${f.id}`, f.speedupVsRef, 3, '× faster than the Float32Array reference (min)', true);
    if (f.shareOfMatmul !== undefined)
      put(`shareOfMatmulPeak:${f.id}`, 100 * f.shareOfMatmul, 40, '% of the wasm-SIMD matMul 512³ GFLOP/s (min)', true);
  }
  if (R.weight) {
    const pagesJs = (R.pages ?? []).filter((p) => p.firstLoad).map((p) => [p.page, p.firstLoad.jsGzKB]);
    const worst = pagesJs.reduce((a, x) => (x[1] > a[1] ? x : a), [R.weight.paperPage.path, R.weight.paperPage.jsGzKB]);
    put(
      'paperPageJs',
      worst[1],
      60,
      `KB gzipped JS on first load of a paper page (max over ${pagesJs.length || 1} pages; worst ${worst[0]})`,
    );
    const tfjsBefore = [R.weight.paperPage, ...(R.pages ?? []).map((p) => p.firstLoad).filter(Boolean)].reduce(
      (a, x) => a + x.tfjsRequests.length + (x.workers ?? 0),
      0,
    );
    put('paperPageTfjs', tfjsBefore, 0, 'tfjs / Worker / .wasm requests before Play, summed over paper pages (max)');
    put(
      'paperPageLcp',
      R.weight.paint.lcpMs,
      1000,
      `ms LCP of ${R.weight.paint.path} from the local preview server (max)`,
    );
  }
  if (R.build?.ok) put('build', R.build.seconds, 120, 's wall time of npm run build (max)');
  if (R.tests) put('testSuite', R.tests.seconds, 900, 's wall time of npm test (max)');
  return b;
}

function mdTable(head, rows) {
  const cell = (x) => (x === null || x === undefined ? '–' : String(x));
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

const ok = (b) => (b ? (b.met ? '✓' : '✗') : '');
const fmt = (x, d = 1) =>
  x === null || x === undefined || !Number.isFinite(x) ? null : x >= 100 ? x.toFixed(0) : x.toFixed(d);

function table(R) {
  const B = R.budgets;
  const out = [];
  out.push(
    `Measured ${R.date} on ${R.machine.cpus}× ${R.machine.cpu}, load average at start ${R.machine.loadAtStart.join(' / ')}, Chromium ${R.chromium ?? '?'}; bench wall time ${R.benchSeconds} s.`,
  );
  out.push('');
  out.push(
    '**Figures** (default params; steps/s = median of ≥ 5 windows of 0.25 s after 0.4 s of warm-up (or of ≥ 5 whole runs when a run is shorter); phenomenon = s from Play to `reached(rows)`; responsiveness and replay on the real page)',
  );
  out.push('');
  const rows = R.figures.map((f) => {
    const bp = R.benchPage?.figures[f.sim];
    const p = R.pages?.find((x) => x.sim === f.sim && x.id === f.id);
    const w = bp?.wasm;
    const phen = !f.hasReached
      ? 'no reached()'
      : w
        ? w.reachedMs !== null
          ? `${fmt(w.reachedMs / 1000)} ${ok(B[`phenomenon:${f.sim}`])}`
          : `not in ${fmt((w.firstRunMs ?? (f.flagship ? 25_000 : 12_000)) / 1000, 0)} ✗`
        : null;
    return [
      `${f.sim}${f.flagship ? ' ★' : ''} (#${f.id})`,
      w?.backend ?? (w?.error ? 'error' : null),
      w?.error && !w.stepsPerSec ? `error: ${w.error.slice(0, 40)}` : fmt(w?.stepsPerSec, 0),
      bp?.cpu ? (bp.cpu.error && !bp.cpu.stepsPerSec ? 'error' : fmt(bp.cpu.stepsPerSec, 0)) : 'js',
      phen,
      p?.longestTaskMs !== undefined
        ? `${p.longestTaskMs} (${p.tasksOver50}) ${ok(B[`longTask:${f.sim}`])}`
        : p?.error
          ? 'error'
          : null,
      p?.slider?.ms !== undefined && p.slider.ms !== null ? `${p.slider.ms} ${ok(B[`sliderToRedraw:${f.sim}`])}` : null,
      p?.replayRatio !== undefined && p.replayRatio !== null
        ? `${fmt(p.replayRatio, 2)} (${p.replayMs}/${p.liveMs} ms) ${ok(B[`permalinkReplay:${f.sim}`])}`
        : p?.replayError
          ? 'error'
          : null,
    ];
  });
  out.push(
    mdTable(
      [
        'figure (★ flagship)',
        'backend',
        'steps/s wasm',
        'steps/s cpu',
        'phenomenon s',
        'longest task ms (#>50)',
        'slider→redraw ms',
        'replay ÷ live',
      ],
      rows,
    ),
  );
  out.push('');
  if (R.limits) {
    out.push(
      `**Against the limit** (tfjs ${R.limits.backend}; matMul 512³: ${fmt(R.limits.matmul.gflops)} GFLOP/s; FLOPs = matrix products of the step)`,
    );
    out.push('');
    out.push(
      mdTable(
        [
          'flagship step',
          'MFLOP',
          'tfjs ms',
          'tfjs GFLOP/s',
          'reference ms',
          'ref GFLOP/s',
          'tfjs ÷ ref speed',
          '% of matMul',
          'same maths (rel. err.)',
        ],
        R.limits.flagships.map((f) =>
          f.error
            ? [f.id, null, null, null, null, null, `error: ${f.error.slice(0, 60)}`, null, null]
            : [
                `${f.id}: ${f.shapes}`,
                fmt(f.flops / 1e6, 2),
                fmt(f.tfjs?.msPerStep, 2),
                fmt(f.tfjsGflops, 2),
                fmt(f.ref?.msPerStep, 2),
                fmt(f.refGflops, 2),
                `${fmt(f.speedupVsRef, 1)}× ${ok(B[`tfjsVsReference:${f.id}`])}`,
                `${fmt(100 * f.shareOfMatmul, 0)}% ${ok(B[`shareOfMatmulPeak:${f.id}`])}`,
                f.check ? (Number.isFinite(f.check.relErr) ? f.check.relErr.toExponential(1) : 'MISMATCH (NaN)') : null,
              ],
        ),
      ),
    );
    out.push('');
  }
  if (R.weight) {
    const W = R.weight;
    out.push('**Weight** (bodies gzipped by the bench: the preview server does not compress) **and paint**');
    out.push('');
    out.push(
      mdTable(
        ['load', 'JS gz KB', 'JS files', 'all gz KB', 'all raw KB', 'requests', 'tfjs/Worker/wasm'],
        [
          [
            'catalogue `/`',
            W.catalogue.jsGzKB,
            W.catalogue.jsFiles,
            W.catalogue.totalGzKB,
            W.catalogue.totalRawKB,
            W.catalogue.requests,
            W.catalogue.tfjsRequests.length + W.catalogue.workers,
          ],
          [
            `paper page \`${W.paperPageTop.path}\`, top of the page (nothing hydrated)`,
            W.paperPageTop.jsGzKB,
            W.paperPageTop.jsFiles,
            W.paperPageTop.totalGzKB,
            W.paperPageTop.totalRawKB,
            W.paperPageTop.requests,
            W.paperPageTop.tfjsRequests.length + W.paperPageTop.workers,
          ],
          [
            `same page, figure scrolled into view (hydrated, not running)`,
            `${W.paperPage.jsGzKB} ${ok(B.paperPageJs)}`,
            W.paperPage.jsFiles,
            W.paperPage.totalGzKB,
            W.paperPage.totalRawKB,
            W.paperPage.requests,
            `${W.paperPage.tfjsRequests.length + W.paperPage.workers} ${ok(B.paperPageTfjs)}`,
          ],
          [
            'same page after Play (cumulative)',
            W.afterPlay.jsGzKB,
            W.afterPlay.jsFiles,
            W.afterPlay.totalGzKB,
            W.afterPlay.totalRawKB,
            W.afterPlay.requests,
            W.afterPlay.tfjsRequests.length + W.afterPlay.workers,
          ],
        ],
      ),
    );
    out.push('');
    const pj = (R.pages ?? []).filter((p) => p.firstLoad);
    if (pj.length) {
      const worst = pj.reduce((a, p) => (p.firstLoad.jsGzKB > a.firstLoad.jsGzKB ? p : a));
      out.push(
        `Paper pages with a figure, first load: JS ${fmt(Math.min(...pj.map((p) => p.firstLoad.jsGzKB)))}–${fmt(worst.firstLoad.jsGzKB)} KB gz (worst \`${worst.page}\`) ${ok(B.paperPageJs)}.`,
      );
    }
    out.push(
      `Paint of \`${W.paint.path}\` (median of 3): FCP ${W.paint.fcpMs} ms, LCP ${W.paint.lcpMs} ms (${W.paint.lcpElement ?? '?'}) ${ok(B.paperPageLcp)}.`,
    );
    out.push('');
  }
  out.push('**Build and suite**');
  out.push('');
  out.push(
    mdTable(
      ['what', 'wall time', 'budget'],
      [
        [
          '`npm run build`',
          R.build
            ? R.build.ok
              ? `${R.build.seconds} s ${ok(B.build)}`
              : `failed after ${R.build.seconds} s`
            : 'not run (--no-build)',
          '< 120 s',
        ],
        [
          '`npm test`',
          R.tests
            ? `${R.tests.seconds} s ${R.tests.ok ? '' : '(failed) '}${ok(B.testSuite)}`
            : 'not run (add --with-tests)',
          '< 900 s',
        ],
      ],
    ),
  );
  out.push('');
  const all = Object.entries(B);
  const kinds = new Map();
  for (const [k, v] of all) {
    const kind = k.split(':')[0];
    const g = kinds.get(kind) ?? { n: 0, met: 0, worst: null };
    g.n++;
    if (v.met) g.met++;
    else if (
      !g.worst ||
      Math.abs(v.value - v.limit) / v.limit > Math.abs(g.worst[1].value - g.worst[1].limit) / g.worst[1].limit
    )
      g.worst = [k, v];
    kinds.set(kind, g);
  }
  out.push(
    `**Budgets**: ${all.length - all.filter(([, v]) => !v.met).length} of ${all.length} met (every entry is in \`bench/results.json\` → \`budgets\`).`,
  );
  out.push('');
  out.push(
    mdTable(
      ['budget', 'met', 'worst miss'],
      [...kinds].map(([kind, g]) => [
        kind,
        `${g.met} of ${g.n}`,
        g.worst ? `${g.worst[0].split(':')[1] ?? kind}: ${g.worst[1].value} (limit ${g.worst[1].limit})` : null,
      ]),
    ),
  );
  return out.join('\n');
}

// ───────────────────────────── main ─────────────────────────────

/** The README shows the latest table: replaced between its `bench:table` markers on every run. */
async function writeReadmeTable(md) {
  const file = join(ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const start = '<!-- bench:table -->';
  const end = '<!-- /bench:table -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) return log('README.md has no bench:table markers; table not copied');
  const text = `${readme.slice(0, i + start.length)}\n\n${md}\n\n${readme.slice(j)}`;
  // Formatted as the rest of the repository is (npm run check runs prettier --check).
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
}

async function main() {
  if (flag('table')) {
    const R = JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8'));
    R.budgets = budgetsOf(R);
    const md = table(R);
    writeFileSync(join(OUT, 'results.json'), JSON.stringify(R, null, 2) + '\n');
    writeFileSync(join(OUT, 'results.md'), md + '\n');
    await writeReadmeTable(md);
    console.log(md);
    return;
  }
  mkdirSync(WORK, { recursive: true });
  mkdirSync(OUT, { recursive: true });
  const cpuInfo = cpus();
  const R = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpuInfo.length,
      cpu: cpuInfo[0]?.model?.trim() ?? '?',
      loadAtStart: loadavg().map((x) => round(x, 2)),
      node: process.version,
    },
    options: args,
    figures: discoverFigures(),
  };
  const sims = [
    ...new Set(R.figures.filter((f) => f.exists && (!args.only || args.only.includes(f.sim))).map((f) => f.sim)),
  ];
  log(`${R.figures.length} figures on ${new Set(R.figures.map((f) => f.slug)).size} pages (${sims.length} to measure)`);

  if (!args.noBuild) {
    R.build = await timedBuild();
    log(`build: ${R.build.ok ? 'ok' : 'FAILED'} in ${R.build.seconds} s`);
    if (!R.build.ok) {
      R.benchSeconds = round((Date.now() - t00) / 1000, 0);
      R.budgets = budgetsOf(R);
      writeFileSync(join(OUT, 'results.json'), JSON.stringify(R, null, 2) + '\n');
      console.error(R.build.error);
      console.error(
        `\nThe site does not build (log: ${relative(ROOT, join(WORK, 'build.log'))}); nothing else was measured.`,
      );
      process.exit(1);
    }
  } else if (!existsSync(join(SITE, 'index.html'))) {
    throw new Error(`--no-build: no earlier bench build in ${relative(ROOT, SITE)}`);
  }
  await buildBenchPage();
  const { child, base } = await startPreview();
  log(`astro preview on ${base}`);
  const { chromium } = await import('@playwright/test');
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p) => p && existsSync(p),
  );
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  R.chromium = browser.version();
  R.errors = [];
  const save = () => writeFileSync(join(OUT, 'results.json'), JSON.stringify(R, null, 2) + '\n');
  /** One pass: its failure is recorded and the bench goes on (partial results are saved as it goes). */
  const pass = async (name, fn) => {
    try {
      await fn();
    } catch (e) {
      log(`${name} failed: ${String(e.message ?? e).split('\n')[0]}`);
      R.errors.push({ pass: name, error: String(e.message ?? e).split('\n')[0] });
    }
    save();
  };
  try {
    await pass('bench page', async () => (R.benchPage = await benchPage(browser, base, sims, R.figures)));
    if (!args.skipLimits) await pass('limits', async () => (R.limits = await limitsPass(browser, base)));
    if (!args.skipPages) {
      R.pages = [];
      for (const f of R.figures.filter((x) => sims.includes(x.sim))) {
        log(`page: ${f.path}#${f.id} (${f.sim})`);
        await pass(`page ${f.path}#${f.id}`, async () => R.pages.push(await realPage(browser, base, f)));
      }
    }
    const weightFig = R.figures.find((f) => f.path === WEIGHT_PAGE);
    await pass('weight', async () => (R.weight = await weightPass(browser, base, weightFig?.id)));
  } finally {
    await browser.close();
    child.kill();
  }
  if (args.withTests) {
    log('timing npm test (several minutes)');
    const r = await run('npm test', { logFile: join(WORK, 'test.log') });
    R.tests = { seconds: round(r.seconds, 0), ok: r.code === 0, ...(r.code ? { tail: r.tail } : {}) };
  }
  R.benchSeconds = round((Date.now() - t00) / 1000, 0);
  R.budgets = budgetsOf(R);
  const md = table(R);
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(R, null, 2) + '\n');
  writeFileSync(join(OUT, 'results.md'), md + '\n');
  await writeReadmeTable(md);
  console.log(md);
  log(`wrote ${relative(ROOT, join(OUT, 'results.json'))}, results.md and the README table`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
