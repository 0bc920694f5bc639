import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/lib/afterNextPaint';

// A fake frame clock: frames are drawn when the test says so, timers by vitest.
let frames: (() => void)[] = [];
const g = globalThis as unknown as Record<string, unknown>;
const saved = { raf: g.requestAnimationFrame, caf: g.cancelAnimationFrame };
beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  g.requestAnimationFrame = (cb: () => void) => frames.push(cb);
  g.cancelAnimationFrame = (id: number) => (frames[id - 1] = () => {});
});
afterEach(() => {
  vi.useRealTimers();
  g.requestAnimationFrame = saved.raf;
  g.cancelAnimationFrame = saved.caf;
});
/** The browser's next frame: animation callbacks, then paint. */
const drawFrame = () => frames.splice(0).forEach((cb) => cb());

describe('afterNextPaint', () => {
  it('runs after the next frame is drawn, not in it', () => {
    const log: string[] = [];
    afterNextPaint(() => log.push('work'));
    vi.advanceTimersByTime(10);
    expect(log).toEqual([]);
    drawFrame();
    log.push('painted');
    expect(log).toEqual(['painted']);
    vi.advanceTimersByTime(0);
    expect(log).toEqual(['painted', 'work']);
    // Once only, the fallback timer included.
    vi.advanceTimersByTime(500);
    expect(log).toEqual(['painted', 'work']);
  });

  it('runs after maxWait in a tab that draws no frames', () => {
    const fn = vi.fn();
    afterNextPaint(fn, 100);
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    drawFrame();
    vi.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled, before or after the frame', () => {
    const a = vi.fn();
    afterNextPaint(a)();
    drawFrame();
    vi.advanceTimersByTime(500);
    expect(a).not.toHaveBeenCalled();
    const b = vi.fn();
    const cancel = afterNextPaint(b);
    drawFrame();
    cancel();
    vi.advanceTimersByTime(500);
    expect(b).not.toHaveBeenCalled();
  });
});
