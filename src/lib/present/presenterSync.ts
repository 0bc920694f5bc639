// The audience's window and the presenter view show the same frame. Each window, after a move made
// there, sends its whole position (never the key): a message applied twice, late or by both channels
// does no harm. Two channels, because neither works everywhere:
// - window.postMessage between the window that opened the presenter view and that view (works from a
//   single-file deck opened from file://, whose origin is opaque), and
// - BroadcastChannel per deck (same origin: a presenter view opened by hand in another tab).
// Both functions stand alone (no imports, no outer names): the single-file deck embeds their source.

export interface SyncState {
  slide: number;
  step: number;
  blank: boolean;
}

/**
 * A position from an untrusted message, clamped to the deck's frames; null when it is not this deck's.
 * `{ hello: true }` (a new presenter view asking where the deck is) reads as null with hello set.
 */
export function readSync(data: unknown, deck: string, counts: readonly number[]): (SyncState & { hello: boolean }) | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (d.chiso !== 'deck-sync' || d.deck !== deck) return null;
  if (d.hello === true) return { slide: -1, step: -1, blank: false, hello: true };
  const slide = Number(d.slide);
  const step = Number(d.step);
  if (!Number.isInteger(slide) || !Number.isInteger(step) || counts.length === 0) return null;
  const s = Math.max(0, Math.min(counts.length - 1, slide));
  const st = Math.max(0, Math.min((counts[s] || 1) - 1, step));
  return { slide: s, step: st, blank: d.blank === true, hello: false };
}

export interface SyncLink {
  /** Sends this window's position to every other window of the deck. */
  send(state: SyncState): void;
  /** Asks the other windows for their position (a presenter view that has just opened). */
  hello(): void;
  /** A window this one opened (the presenter view): messages go to it directly. */
  adopt(peer: Window | null): void;
  close(): void;
}

/**
 * Links this window to the deck's other windows. `onMessage` gets every message as sent (read it with
 * `readSync`); `current` answers another window's hello.
 */
export function syncLink(win: Window, deck: string, onMessage: (data: unknown) => void, current: () => SyncState): SyncLink {
  const peers: Window[] = [];
  const tag = { chiso: 'deck-sync', deck: deck };
  if (win.opener) peers.push(win.opener as Window);
  let channel: BroadcastChannel | null = null;
  const post = (msg: object, except?: unknown) => {
    for (const p of peers) {
      if (p === except) continue;
      try {
        if (!p.closed) p.postMessage(msg, '*');
      } catch (e) {
        /* a closed or navigated-away window */
      }
    }
    if (channel) channel.postMessage(msg);
  };
  const receive = (data: unknown, source?: unknown) => {
    const d = data as Record<string, unknown> | null;
    if (!d || d.chiso !== 'deck-sync' || d.deck !== deck) return;
    if (d.hello === true) {
      const s = current();
      const reply = { chiso: 'deck-sync', deck: deck, slide: s.slide, step: s.step, blank: s.blank };
      if (source && typeof (source as Window).postMessage === 'function') (source as Window).postMessage(reply, '*');
      else if (channel) channel.postMessage(reply);
      return;
    }
    onMessage(data);
  };
  const onWindowMessage = (e: MessageEvent) => {
    const d = e.data as Record<string, unknown> | null;
    if (!d || d.chiso !== 'deck-sync' || d.deck !== deck) return;
    // A window that speaks for this deck (the audience's, reloaded) becomes a peer.
    if (e.source && peers.indexOf(e.source as Window) < 0) peers.push(e.source as Window);
    receive(d, e.source);
  };
  win.addEventListener('message', onWindowMessage);
  try {
    channel = new BroadcastChannel('chiso-deck-' + deck);
    channel.onmessage = (e) => receive(e.data);
  } catch (e) {
    channel = null;
  }
  return {
    send: (s) => post({ chiso: tag.chiso, deck: tag.deck, slide: s.slide, step: s.step, blank: s.blank }),
    hello: () => post({ chiso: tag.chiso, deck: tag.deck, hello: true }),
    adopt: (peer) => {
      if (peer && peers.indexOf(peer) < 0) peers.push(peer);
    },
    close: () => {
      win.removeEventListener('message', onWindowMessage);
      if (channel) channel.close();
    }
  };
}
