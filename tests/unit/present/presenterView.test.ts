// The presenter view's pure parts: which frame comes next, the clocks, speaker notes kept with a slide,
// and the sync messages between the audience's window and the presenter's (untrusted: any window may post).
import { describe, expect, it } from 'vitest';
import { nextFrame } from '../../../src/lib/present/navigation';
import { formatClock, formatElapsed } from '../../../src/lib/present/presenterClock';
import { readSync, syncLink } from '../../../src/lib/present/presenterSync';
import { cleanSlide, LIMITS } from '../../../src/lib/present/deck';

// Title, a chart with one build step (2 frames), a chart with two (3 frames), a text slide.
const counts = [1, 2, 3, 1];

describe('nextFrame', () => {
  it('is the next build step of the same slide before the next slide, and null after the last frame', () => {
    expect(nextFrame({ slide: 0, step: 0 }, counts)).toEqual({ slide: 1, step: 0 });
    expect(nextFrame({ slide: 1, step: 0 }, counts)).toEqual({ slide: 1, step: 1 });
    expect(nextFrame({ slide: 1, step: 1 }, counts)).toEqual({ slide: 2, step: 0 });
    expect(nextFrame({ slide: 2, step: 2 }, counts)).toEqual({ slide: 3, step: 0 });
    expect(nextFrame({ slide: 3, step: 0 }, counts)).toBeNull();
  });
  it('embeds in the single-file deck: no outer names', () => {
    const f = new Function(`return (${nextFrame.toString()})`)() as typeof nextFrame;
    expect(f({ slide: 1, step: 1 }, counts)).toEqual({ slide: 2, step: 0 });
  });
});

describe('clocks', () => {
  it('show elapsed minutes and seconds, hours past the first', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(65_400)).toBe('01:05');
    expect(formatElapsed(3_729_000)).toBe('1:02:09');
    expect(formatElapsed(-5)).toBe('00:00');
  });
  it('show the time of day as hh:mm', () => {
    expect(formatClock(new Date(2026, 11, 4, 9, 5))).toBe('09:05');
    expect(formatClock(new Date(2026, 11, 4, 14, 30))).toBe('14:30');
  });
});

describe('speaker notes on a slide', () => {
  it('are kept, trimmed, without control characters and within the limit', () => {
    const s = cleanSlide({ id: 'a', kind: 'text', title: 'T', body: 'B', notes: '  Nhấn mạnh\u0007 chỉ số B1\n- ý 2 ' }, () => 'x');
    expect(s?.notes).toBe('Nhấn mạnh chỉ số B1\n- ý 2');
    const c = cleanSlide({ id: 'c', kind: 'chart', route: '/xep-hang', params: 'nam=2015', chart: 'xep-hang', title: '', headline: null, steps: [], notes: 'x'.repeat(LIMITS.notes + 50) }, () => 'x');
    expect(c?.notes?.length).toBe(LIMITS.notes);
    expect(cleanSlide({ id: 'd', kind: 'text', title: 'T', body: '', notes: 42 }, () => 'x')?.notes).toBe('');
  });
});

describe('readSync', () => {
  const msg = (o: object) => ({ chiso: 'deck-sync', deck: 'abc', ...o });
  it('reads a position for this deck, clamped to its frames', () => {
    expect(readSync(msg({ slide: 2, step: 1, blank: false }), 'abc', counts)).toEqual({ slide: 2, step: 1, blank: false, hello: false });
    expect(readSync(msg({ slide: 99, step: 99, blank: true }), 'abc', counts)).toEqual({ slide: 3, step: 0, blank: true, hello: false });
    expect(readSync(msg({ slide: -4, step: 7 }), 'abc', counts)).toEqual({ slide: 0, step: 0, blank: false, hello: false });
  });
  it('ignores other decks, other senders and junk', () => {
    for (const bad of [null, 'x', 42, {}, { chiso: 'deck-sync', deck: 'other', slide: 1, step: 0 }, msg({ slide: '1; alert(1)', step: 0 }), msg({ slide: 1.5, step: 0 }), msg({ slide: 1 })])
      expect(readSync(bad, 'abc', counts)).toBeNull();
  });
  it('reads a hello from a presenter view that has just opened', () => {
    expect(readSync(msg({ hello: true }), 'abc', counts)?.hello).toBe(true);
  });
});

describe('syncLink', () => {
  // Two windows as message targets, wired the way the browser delivers postMessage.
  function fakeWindow() {
    const listeners: ((e: MessageEvent) => void)[] = [];
    const w = {
      opener: null as unknown,
      closed: false,
      addEventListener: (_: string, f: (e: MessageEvent) => void) => listeners.push(f),
      removeEventListener: () => {},
      postMessage(data: unknown) {
        queueMicrotask(() => listeners.forEach((f) => f({ data, source: (this as { from?: unknown }).from } as MessageEvent)));
      }
    };
    return w;
  }
  it('moves the other window, and answers a new presenter view with the current position', async () => {
    const audience = fakeWindow();
    const presenter = fakeWindow();
    presenter.opener = audience;
    // Messages the presenter posts arrive at the audience from the presenter, and the other way round.
    const toAudience = { ...audience, from: presenter, postMessage: audience.postMessage };
    const toPresenter = { ...presenter, from: audience, postMessage: presenter.postMessage };
    presenter.opener = toAudience;
    const seenByAudience: unknown[] = [];
    const seenByPresenter: unknown[] = [];
    const a = syncLink(audience as unknown as Window, 'abc', (d) => seenByAudience.push(d), () => ({ slide: 2, step: 1, blank: false }));
    const p = syncLink(presenter as unknown as Window, 'abc', (d) => seenByPresenter.push(d), () => ({ slide: 0, step: 0, blank: false }));
    a.adopt(toPresenter as unknown as Window);
    p.hello();
    await new Promise((r) => setTimeout(r, 5));
    expect(readSync(seenByPresenter.at(-1), 'abc', counts)).toMatchObject({ slide: 2, step: 1 });
    p.send({ slide: 3, step: 0, blank: true });
    await new Promise((r) => setTimeout(r, 5));
    expect(readSync(seenByAudience.at(-1), 'abc', counts)).toMatchObject({ slide: 3, step: 0, blank: true });
    a.close();
    p.close();
  });
});

describe('image slides', () => {
  // Only the signatures matter to the check; the rest of the bytes are filler (not a picture anyone sees).
  const b64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');
  const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82];
  const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1];
  const png = `data:image/png;base64,${b64(PNG_HEAD)}`;
  const jpeg = `data:image/jpeg;base64,${b64(JPEG_HEAD)}`;
  const slide = (image: unknown) => cleanSlide({ id: 'i', kind: 'image', title: ' Logo ', alt: 'Logo UBND', image }, () => 'x');

  it('keep a PNG or JPEG whose bytes are what the URL says', () => {
    expect(slide(png)).toEqual({ id: 'i', kind: 'image', title: 'Logo', alt: 'Logo UBND', image: png, notes: '' });
    expect(slide(jpeg)?.kind).toBe('image');
  });
  it('refuse SVG, URLs to fetch, mislabelled bytes, junk and pictures over the limit', () => {
    for (const bad of [
      `data:image/svg+xml;base64,${Buffer.from('<svg onload="alert(1)"/>').toString('base64')}`,
      'https://example.org/logo.png',
      'javascript:alert(1)',
      `data:image/png;base64,${b64(JPEG_HEAD)}`,
      `data:image/jpeg;base64,${b64(PNG_HEAD)}`,
      'data:image/png;base64,not base64!',
      `data:image/png;base64,${b64(PNG_HEAD)}${'A'.repeat(LIMITS.imageBytes)}`,
      42,
      null
    ])
      expect(slide(bad), String(bad).slice(0, 40)).toBeNull();
  });
});

describe('a chart slide’s years', () => {
  it('follow the view’s own year, else the deck’s; the presenter’s range wins', async () => {
    const { slideYears } = await import('../../../src/lib/present/deck');
    expect(slideYears({ params: 'chiso=pci&tinh=ha-tinh' }, 2015)).toEqual({ from: null, to: 2015 });
    expect(slideYears({ params: 'chiso=pci&nam=2012' }, 2015)).toEqual({ from: null, to: 2012 });
    expect(slideYears({ params: 'chiso=pci' }, null)).toEqual({ from: null, to: null });
    expect(slideYears({ params: 'nam=2012', years: { from: 2010, to: null } }, 2015)).toEqual({ from: 2010, to: 2012 });
    expect(slideYears({ params: 'nam=2012', years: { from: null, to: 2019 } }, 2015)).toEqual({ from: null, to: 2019 });
  });
  it('are cleaned from untrusted input: whole years in range, ends in order', async () => {
    const { cleanYears } = await import('../../../src/lib/present/deck');
    expect(cleanYears({ from: 2019, to: 2012 })).toEqual({ from: 2012, to: 2019 });
    expect(cleanYears({ from: 2012.5, to: 'x' })).toBeNull();
    expect(cleanYears({ from: 1200, to: 99999 })).toBeNull();
    expect(cleanYears({ to: 2015 })).toEqual({ from: null, to: 2015 });
    expect(cleanYears(null)).toBeNull();
    const s = cleanSlide({ id: 'c', kind: 'chart', route: '/xu-huong', params: 'chiso=pci', chart: 'xu-huong', title: '', headline: null, steps: [], years: { from: 2010, to: 2015 } }, () => 'x');
    expect(s?.kind === 'chart' && s.years).toEqual({ from: 2010, to: 2015 });
  });
});

describe('a presenter URL', () => {
  it('opens on the frame it names, clamped to the deck, and a frame gives its URL back', async () => {
    const { navFromQuery, navQuery } = await import('../../../src/lib/present/deckWindow');
    expect(navFromQuery(new URLSearchParams('trang=3&buoc=1'), counts)).toEqual({ slide: 2, step: 1, typed: '' });
    expect(navFromQuery(new URLSearchParams('trang=99'), counts).slide).toBe(3);
    expect(navFromQuery(new URLSearchParams('trang=abc&buoc=-2'), counts)).toEqual({ slide: 0, step: 0, typed: '' });
    expect(navQuery({ slide: 2, step: 1 })).toBe('?trang=3&buoc=1');
    expect(navQuery({ slide: 0, step: 0 })).toBe('');
    expect(navQuery({ slide: 1, step: 0 }, { nen: 'toi' })).toBe('?trang=2&nen=toi');
  });
});
