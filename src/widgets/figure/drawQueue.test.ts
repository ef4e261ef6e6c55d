import { describe, expect, it } from 'vitest';
import { createDrawQueue } from './drawQueue';

/** A fake frame loop: `frame()` runs what was scheduled; each job advances the clock by its cost. */
function harness(budget = 8) {
  let clock = 0;
  let pending: (() => void) | null = null;
  const q = createDrawQueue(
    (f) => {
      expect(pending, 'one frame callback at a time').toBeNull();
      pending = f;
    },
    () => clock,
    budget,
  );
  const log: string[] = [];
  const job = (name: string, cost: number) => () => {
    clock += cost;
    log.push(name);
  };
  const frame = () => {
    const f = pending;
    pending = null;
    f?.();
  };
  return { q, log, job, frame, hasPending: () => pending !== null };
}

describe('drawQueue', () => {
  it('draws cheap panels in one frame, in the order they asked', () => {
    const h = harness();
    const [a, b, c] = [h.job('a', 1), h.job('b', 1), h.job('c', 1)];
    h.q.request(a);
    h.q.request(b);
    h.q.request(c);
    h.frame();
    expect(h.log).toEqual(['a', 'b', 'c']);
    expect(h.hasPending()).toBe(false);
  });

  it('spreads heavy panels over frames, one or more per frame, none lost', () => {
    const h = harness(8);
    const jobs = ['a', 'b', 'c', 'd'].map((n) => h.job(n, 6));
    for (const j of jobs) h.q.request(j);
    h.frame();
    expect(h.log).toEqual(['a', 'b']); // 6 ms, then 12 ms ≥ 8: stop
    h.frame();
    expect(h.log).toEqual(['a', 'b', 'c', 'd']);
    expect(h.hasPending()).toBe(false);
    const huge = h.job('huge', 50);
    h.q.request(huge);
    h.frame();
    expect(h.log.at(-1)).toBe('huge'); // a single panel over budget still draws
  });

  it('a panel asking again while queued keeps its place and draws once', () => {
    const h = harness(8);
    const [a, b] = [h.job('a', 6), h.job('b', 6)];
    h.q.request(a);
    h.q.request(b);
    h.q.request(a);
    h.frame();
    h.frame();
    expect(h.log).toEqual(['a', 'b']);
  });

  it('a cancelled panel (destroyed chart) is not drawn', () => {
    const h = harness();
    const [a, b] = [h.job('a', 1), h.job('b', 1)];
    h.q.request(a);
    h.q.request(b);
    h.q.cancel(a);
    h.frame();
    expect(h.log).toEqual(['b']);
  });
});
