// The width a chart frame lays its chart out for. Read from a ResizeObserver only: its reports come after the
// browser's own layout, where bind:clientWidth also reads the width at once, in the middle of a redraw, and
// so forces an extra layout for every chart that mounts (about 9 ms a change on the province page).
// A frame that mounts again under the same key (an index or unit change rebuilds the charts) starts at the
// width it had, so its first drawing is already the right one.

/** Width before any measure: what the server renders with. */
export const DEFAULT_FRAME_WIDTH = 760;

const lastWidth = new Map<string, number>();

/** The width to start a frame at: its key's last measured width in this page session, else the default. */
export function startWidth(key: string): number {
  return lastWidth.get(key) ?? DEFAULT_FRAME_WIDTH;
}

/** The frame's width as the browser lays it out, rounded like clientWidth; 0 for a hidden frame is skipped. */
export function contentWidth(entry: Pick<ResizeObserverEntry, 'contentRect'>): number | null {
  const w = Math.round(entry.contentRect.width);
  return w > 0 ? w : null;
}

/** An attachment: reports the element's width whenever it changes, remembering it under `key`. */
export function observeWidth(key: string, set: (width: number) => void) {
  return (el: Element) => {
    const ro = new ResizeObserver(([entry]) => {
      const w = entry && contentWidth(entry);
      if (w == null) return;
      lastWidth.set(key, w);
      set(w);
    });
    ro.observe(el);
    return () => ro.disconnect();
  };
}
