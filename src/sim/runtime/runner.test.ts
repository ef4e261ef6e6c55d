import { describe, expect, it } from 'vitest';
import type { FromWorkerBody } from './messages';
import { SimRunner } from './runner';
import type { MetricRow, Sim } from './types';

/** A core emitting a row every 5 steps; `costMs` of fake time per step; optional throw/diverge. */
function fakeSim(total: number, opts: { throwAt?: number; divergeAt?: number } = {}): Sim & { disposed: boolean } {
  let step = 0;
  const s = {
    totalSteps: total,
    disposed: false,
    step(n: number) {
      const rows: MetricRow[] = [];
      for (let i = 0; i < n && step < total; i++) {
        step++;
        if (step === opts.throwAt) throw new Error('boom');
        if (step === opts.divergeAt) {
          rows.push({ step, loss: 1e9, diverged: 1 });
          break;
        }
        if (step % 5 === 0) rows.push({ step, loss: 1 / step });
      }
      return { rows };
    },
    dispose() {
      s.disposed = true;
    },
  };
  return s;
}

function fakeClock(msPerCall = 1) {
  let t = 0;
  return { now: () => (t += msPerCall), sleep: () => Promise.resolve() };
}

async function drain(runner: SimRunner, out: FromWorkerBody[]) {
  for (let i = 0; i < 10_000 && !out.some((m) => m.type === 'done' || m.type === 'paused' || m.type === 'error'); i++)
    await Promise.resolve();
}

describe('SimRunner', () => {
  it('runs to the end, posting every row once, batched, then done', async () => {
    const out: FromWorkerBody[] = [];
    const r = new SimRunner(fakeSim(500), (m) => out.push(m), fakeClock(0.5));
    r.run();
    await drain(r, out);
    const rows = out.flatMap((m) => (m.type === 'rows' ? m.rows : []));
    expect(rows.map((x) => x.step)).toEqual(Array.from({ length: 100 }, (_, i) => 5 * (i + 1)));
    expect(out.filter((m) => m.type === 'rows').length).toBeLessThan(100);
    expect(out.at(-1)).toEqual({ type: 'done', step: 500 });
  });

  it('seek posts only progress until the step, then all rows at once, and pauses', async () => {
    const out: FromWorkerBody[] = [];
    const r = new SimRunner(fakeSim(500), (m) => out.push(m), fakeClock(0.5));
    await r.seek(123);
    const rowsMsgs = out.filter((m) => m.type === 'rows');
    expect(rowsMsgs).toHaveLength(1);
    expect(rowsMsgs[0].type === 'rows' && rowsMsgs[0].rows.at(-1)!.step).toBe(120);
    expect(out.at(-1)).toEqual({ type: 'paused', step: 123 });
    expect(out.some((m) => m.type === 'progress' && m.seeking)).toBe(true);
  });

  it('pause stops after the current chunk', async () => {
    const out: FromWorkerBody[] = [];
    const r = new SimRunner(fakeSim(100_000), (m) => out.push(m), fakeClock(1));
    r.run();
    await Promise.resolve();
    r.pause();
    await drain(r, out);
    expect(out.at(-1)?.type).toBe('paused');
    expect(r.step).toBeLessThan(100_000);
  });

  it('pause then run at once (Pause, Play): one loop, no stale paused, every row once, done', async () => {
    const out: FromWorkerBody[] = [];
    const r = new SimRunner(fakeSim(2000), (m) => out.push(m), fakeClock(0.5));
    r.run();
    await Promise.resolve();
    r.pause();
    r.run(); // arrives while the paused loop is still finishing its chunk
    for (let i = 0; i < 20_000 && !out.some((m) => m.type === 'done'); i++) await Promise.resolve();
    expect(out.some((m) => m.type === 'paused')).toBe(false);
    expect(out.filter((m) => m.type === 'done')).toHaveLength(1); // two loops would each say done
    expect(out.at(-1)).toEqual({ type: 'done', step: 2000 });
    const steps = out.flatMap((m) => (m.type === 'rows' ? m.rows : [])).map((x) => x.step);
    expect(steps).toEqual(Array.from({ length: 400 }, (_, i) => 5 * (i + 1)));
  });

  it('turns a throwing core into an error message and a diverging one into done', async () => {
    const out: FromWorkerBody[] = [];
    new SimRunner(fakeSim(100, { throwAt: 17 }), (m) => out.push(m), fakeClock()).run();
    await drain(new SimRunner(fakeSim(1), () => {}, fakeClock()), out);
    for (let i = 0; i < 100; i++) await Promise.resolve();
    expect(out.find((m) => m.type === 'error')).toMatchObject({ kind: 'step', message: 'boom' });
    expect(out.some((m) => m.type === 'done')).toBe(false);

    const out2: FromWorkerBody[] = [];
    const r2 = new SimRunner(fakeSim(100, { divergeAt: 42 }), (m) => out2.push(m), fakeClock());
    r2.run();
    await drain(r2, out2);
    expect(out2.flatMap((m) => (m.type === 'rows' ? m.rows : [])).at(-1)).toMatchObject({ step: 42, diverged: 1 });
    expect(out2.at(-1)).toEqual({ type: 'done', step: 42 });
  });
});
