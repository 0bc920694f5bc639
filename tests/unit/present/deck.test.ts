// Deck data: what the store accepts, ordering, and how many frames each slide takes.
import { describe, expect, it } from 'vitest';
import { cleanParams, cleanSlide, cleanSlides, moveSlide, reorderSlides, stepCounts, type Slide } from '../../../src/lib/present/deck';

let n = 0;
const newId = () => `id${++n}`;
const chart = (id: string, steps: string[] = []): Slide => ({ id, kind: 'chart', route: '/xep-hang', params: 'chiso=pci&nam=2015', chart: 'xep-hang', title: 't', headline: null, steps });
const text = (id: string): Slide => ({ id, kind: 'text', title: 'T', body: 'b' });

describe('moveSlide', () => {
  const s = ['a', 'b', 'c', 'd'];
  it('moves one slide and keeps the others in order', () => {
    expect(moveSlide(s, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveSlide(s, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveSlide(s, 1, 2)).toEqual(['a', 'c', 'b', 'd']);
  });
  it('clamps the target and ignores a bad source', () => {
    expect(moveSlide(s, 0, -5)).toEqual(s);
    expect(moveSlide(s, 0, 99)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveSlide(s, 7, 0)).toEqual(s);
  });
  it('moving up then down is the identity', () => {
    for (let i = 1; i < s.length; i++) expect(moveSlide(moveSlide(s, i, i - 1), i - 1, i)).toEqual(s);
  });
});

describe('reorderSlides', () => {
  const slides = [chart('a'), text('b'), chart('c')];
  it('takes exactly a permutation of the ids', () => {
    expect(reorderSlides(slides, ['c', 'a', 'b'])!.map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
  it('refuses missing, extra, duplicate or unknown ids', () => {
    expect(reorderSlides(slides, ['a', 'b'])).toBeNull();
    expect(reorderSlides(slides, ['a', 'b', 'c', 'd'])).toBeNull();
    expect(reorderSlides(slides, ['a', 'a', 'b'])).toBeNull();
    expect(reorderSlides(slides, ['a', 'b', 'x'])).toBeNull();
  });
});

describe('cleanSlide', () => {
  it('keeps a chart slide pointing at a view, without screen-only parameters', () => {
    const s = cleanSlide({ kind: 'chart', route: '/xep-hang', params: '?chiso=pci&nam=2015&chon=ha-tinh&bang=xep-hang&sx=diem', chart: 'xep-hang', title: ' Xếp  hạng ', headline: '', steps: ['tat-ca', 'tat-ca', 7] }, newId);
    expect(s).toMatchObject({ kind: 'chart', route: '/xep-hang', params: 'chiso=pci&nam=2015&chon=ha-tinh', title: 'Xếp hạng', headline: null, steps: ['tat-ca'] });
  });
  it('refuses routes that are not the app’s own paths', () => {
    for (const route of ['https://evil.example/x', '//evil.example', '/xep-hang/../../etc', 'javascript:alert(1)', '/A B'])
      expect(cleanSlide({ kind: 'chart', route, chart: 'xep-hang' }, newId)).toBeNull();
    expect(cleanSlide({ kind: 'chart', route: '/xep-hang', chart: '<script>' }, newId)).toBeNull();
    expect(cleanSlide({ kind: 'video' }, newId)).toBeNull();
  });
  it('normalises text to NFC and strips control characters', () => {
    const s = cleanSlide({ kind: 'text', title: 'Ha\u0300 Ti\u0303nh\u0007', body: 'a\n\nb' }, newId) as Extract<Slide, { kind: 'text' }>;
    expect(s.title).toBe('Hà Tĩnh');
    expect(s.body).toBe('a\n\nb');
  });
  it('gives unique ids', () => {
    const out = cleanSlides([{ kind: 'text', id: 'x', title: 'a' }, { kind: 'text', id: 'x', title: 'b' }], newId)!;
    expect(new Set(out.map((s) => s.id)).size).toBe(2);
  });
  it('cleanParams drops the table state only', () => {
    expect(cleanParams('xem=tang-giam&tu=2014&bang=a&tim=ha')).toBe('xem=tang-giam&tu=2014');
  });
});

describe('stepCounts', () => {
  it('title slide 1 frame, a chart its steps + the full chart, a text slide 1', () => {
    expect(stepCounts([chart('a', ['tat-ca']), text('b'), chart('c')])).toEqual([1, 2, 1, 1]);
  });
});
