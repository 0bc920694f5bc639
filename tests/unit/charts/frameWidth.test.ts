import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentWidth, DEFAULT_FRAME_WIDTH, observeWidth, startWidth } from '$lib/charts/frameWidth';

// A stand-in for the browser's ResizeObserver: the test reports sizes the way the browser would after layout.
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: Element[] = [];
  disconnected = false;
  constructor(public cb: (entries: { contentRect: { width: number } }[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    this.disconnected = true;
  }
  report(width: number) {
    this.cb([{ contentRect: { width } }]);
  }
}

describe('frame width', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts an unmeasured frame at the width the server draws with', () => {
    expect(startWidth('never-measured')).toBe(DEFAULT_FRAME_WIDTH);
  });

  it('rounds the laid-out width like clientWidth and skips a hidden frame', () => {
    expect(contentWidth({ contentRect: { width: 903.6 } as DOMRectReadOnly })).toBe(904);
    expect(contentWidth({ contentRect: { width: 0 } as DOMRectReadOnly })).toBeNull();
  });

  it('reports each measured width, remembers it for the next frame under the key, and stops on detach', () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const seen: number[] = [];
    const el = {} as Element;
    const detach = observeWidth('trend-score', (w) => seen.push(w))(el);
    const ro = FakeObserver.last!;
    expect(ro.observed).toEqual([el]);
    ro.report(1116.4);
    ro.report(0); // hidden: keeps the last width rather than drawing at 0
    ro.report(620);
    expect(seen).toEqual([1116, 620]);
    expect(startWidth('trend-score')).toBe(620);
    expect(startWidth('other-chart')).toBe(DEFAULT_FRAME_WIDTH);
    detach();
    expect(ro.disconnected).toBe(true);
  });
});
