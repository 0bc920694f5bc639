// What the presenter's status bar says about presenting offline: only what presenting needs counts.
import { describe, expect, it } from 'vitest';
import { deckUrls, offlineStatus } from '../../../src/lib/present/offline';
import type { Slide } from '../../../src/lib/present/deck';

const chart = (id: string, route: string, params: string, c: string): Slide => ({ id, kind: 'chart', route, params, chart: c, title: c, headline: null, steps: [] });
const deck = {
  id: 'abc',
  slides: [
    chart('a', '/xep-hang', 'chiso=pci&nam=2015', 'xep-hang'),
    { id: 't', kind: 'text', title: 'Kết luận', body: 'x' } as Slide,
    chart('b', '/tinh/ha-tinh', 'nam=2015', 'dong-gop')
  ]
};
const DATA = '/api/data/obs-1234.arrow';
const WASM = '/_app/immutable/assets/duckdb-eh.wasm';

describe('offline status', () => {
  it('with the network cut and every copy kept from the last visit, says ready (the worker reports no failure)', () => {
    expect(offlineStatus(deck, DATA, { cached: deckUrls(deck, DATA).length, failed: [] })).toBe('Đã lưu để trình chiếu khi mất mạng');
  });

  it('the editor pages not kept do not alarm the presenter', () => {
    const failed = ['/bai-trinh-bay/abc', '/bai-trinh-bay/abc/__data.json', '/api/decks/abc'];
    expect(deckUrls(deck, DATA)).toEqual(expect.arrayContaining(failed));
    expect(offlineStatus(deck, DATA, { cached: 5, failed })).toBe('Đã lưu để trình chiếu khi mất mạng');
  });

  it('a slide whose answers are missing is fine while the browser database (data and wasm) is kept', () => {
    const answers = deckUrls(deck, DATA).filter((u) => u.startsWith('/api/view/'));
    expect(answers).toHaveLength(2);
    expect(offlineStatus(deck, DATA, { cached: 4, failed: answers })).toBe('Đã lưu để trình chiếu khi mất mạng');
  });

  it('names the pages that cannot present when neither their answers nor the database are kept', () => {
    const tinh = deckUrls(deck, DATA).find((u) => u.startsWith('/api/view/tinh/'))!;
    expect(offlineStatus(deck, DATA, { cached: 4, failed: [tinh, WASM] })).toBe('Trang 4 chưa lưu để trình chiếu khi mất mạng');
    expect(offlineStatus(deck, DATA, { cached: 4, failed: [tinh, DATA] })).toBe('Trang 4 chưa lưu để trình chiếu khi mất mạng');
  });

  it('says so when the presenter page itself is not kept', () => {
    expect(offlineStatus(deck, DATA, { cached: 4, failed: ['/trinh-chieu/abc/__data.json'] })).toMatch(/^Chưa lưu được trang trình chiếu/);
  });
});
