import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietMoment, resetInputWatch, watchInput } from '../../src/lib/quietMoment';

describe('quietMoment: background work waits for the reader to pause', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetInputWatch();
  });
  afterEach(() => vi.useRealTimers());

  it('waits quietMs after the last input, and starts over at each key or click', async () => {
    const page = new EventTarget();
    watchInput(page);
    let done = false;
    void quietMoment(3000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(2000);
    page.dispatchEvent(new Event('keydown'));
    await vi.advanceTimersByTimeAsync(2500);
    expect(done, '2.5 s after a key').toBe(false);
    page.dispatchEvent(new Event('pointerdown'));
    await vi.advanceTimersByTimeAsync(2999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(10);
    expect(done, '3 s after the last click').toBe(true);
  });

  it('asks a function again after each wait: the page changing to one that needs no pause ends the wait', async () => {
    watchInput(new EventTarget());
    let needed = 60_000;
    let done = false;
    void quietMoment(() => needed).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(5000);
    expect(done).toBe(false);
    needed = 0;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(done).toBe(true);
  });

  it('counts only input: scrolling or moving the mouse does not hold it back', async () => {
    const page = new EventTarget();
    watchInput(page);
    let done = false;
    void quietMoment(1000).then(() => (done = true));
    page.dispatchEvent(new Event('scroll'));
    page.dispatchEvent(new Event('mousemove'));
    await vi.advanceTimersByTimeAsync(1001);
    expect(done).toBe(true);
  });
});
