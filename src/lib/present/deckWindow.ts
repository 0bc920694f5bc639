// What the audience's window and the presenter view share: the frame a URL opens on (?trang=, ?buoc=),
// the URL of a frame, and following the deck's other windows (presenterSync).
import type { NavState } from './navigation';
import { readSync, syncLink, type SyncLink, type SyncState } from './presenterSync';

/** The frame a presenter URL opens on: ?trang= counts from 1 (the title slide), ?buoc= from 0. */
export function navFromQuery(q: URLSearchParams, counts: readonly number[]): NavState {
  const slide = Math.max(0, Math.min(counts.length - 1, (parseInt(q.get('trang') ?? '1', 10) || 1) - 1));
  return { slide, step: Math.max(0, parseInt(q.get('buoc') ?? '0', 10) || 0), typed: '' };
}

/** "?trang=3&buoc=1" for a frame ('' for the first), with any extra parameters after. */
export function navQuery(nav: Pick<NavState, 'slide' | 'step'>, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  if (nav.slide > 0) q.set('trang', String(nav.slide + 1));
  if (nav.step > 0) q.set('buoc', String(nav.step));
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Moves to the frame another window of the deck moved to; answers their hello with `current`. */
export function followDeck(win: Window, deckId: string, counts: () => readonly number[], current: () => SyncState, moveTo: (s: SyncState) => void): SyncLink {
  return syncLink(
    win,
    deckId,
    (msg) => {
      const r = readSync(msg, deckId, counts());
      if (r && !r.hello) moveTo({ slide: r.slide, step: r.step, blank: r.blank });
    },
    current
  );
}
