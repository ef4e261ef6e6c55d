import { describe, expect, it } from 'vitest';
import { AutoplayCoordinator, type AutoplayFigure } from './autoplay';

/** A figure as the coordinator sees it: idle → (autoplay) busy, or driven by the reader. */
interface Fake extends AutoplayFigure {
  status: 'idle' | 'busy' | 'paused';
  touched: boolean;
  auto: boolean;
}

function fake(name: string, log: string[]): Fake {
  const f: Fake = {
    status: 'idle',
    touched: false,
    auto: false,
    busy: () => f.status === 'busy',
    canAutoplay: () => f.status === 'idle' && !f.touched,
    autoplaying: () => f.auto,
    autoplay: () => {
      f.status = 'busy';
      f.auto = true;
      log.push(`autoplay ${name}`);
    },
    yieldTo: () => {
      f.status = 'paused';
      log.push(`pause ${name}`);
    },
  };
  return f;
}

describe('autoplay coordinator', () => {
  const sync = (f: () => void) => f();

  it('autoplays only the first visible figure in document order, never two at once', () => {
    const log: string[] = [];
    const c = new AutoplayCoordinator(sync);
    const a = fake('a', log),
      b = fake('b', log);
    c.register(b, () => 1);
    c.register(a, () => 0);
    c.setVisible(b, true); // b reports first, but a is earlier on the page …
    expect(log).toEqual(['autoplay b']); // … with sync decisions b wins; the deferred default batches (below)
    c.setVisible(a, true);
    expect(log).toEqual(['autoplay b']); // a waits: b is busy
  });

  it('batches visibility reports so the earlier figure wins', async () => {
    const log: string[] = [];
    const c = new AutoplayCoordinator();
    const a = fake('a', log),
      b = fake('b', log);
    c.register(a, () => 0);
    c.register(b, () => 1);
    c.setVisible(b, true);
    c.setVisible(a, true);
    await Promise.resolve();
    expect(log).toEqual(['autoplay a']);
  });

  it('the reader pressing Play elsewhere pauses the autoplaying figure; the next one starts when the first stops', () => {
    const log: string[] = [];
    const c = new AutoplayCoordinator(sync);
    const a = fake('a', log),
      b = fake('b', log),
      d = fake('d', log);
    c.register(a, () => 0);
    c.register(b, () => 1);
    c.register(d, () => 2);
    c.setVisible(a, true);
    c.setVisible(b, true);
    b.touched = true; // reader presses Play on b
    b.status = 'busy';
    c.readerPlays(b);
    expect(log).toEqual(['autoplay a', 'pause a']);
    c.setVisible(d, true);
    expect(log).toHaveLength(2); // b (the reader's) is busy: d waits
    b.status = 'paused';
    c.schedule();
    expect(log).toEqual(['autoplay a', 'pause a', 'autoplay d']); // a was paused (not idle), d may go
  });
});
