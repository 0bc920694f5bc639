import { describe, expect, it } from 'vitest';
import { DEFAULT_NEXT, safeNext } from '../../../src/lib/server/auth/safeNext';

// What arrives in `next` after the query string's one decoding, as url.searchParams.get('next') gives it.
const fromQuery = (raw: string) => new URLSearchParams(`next=${raw}`).get('next');

const HOSTILE_RAW = [
  '/%5Cevil.example/x',
  '/%09/evil.example',
  '/%0a/evil.example',
  '/%0d%0a/evil.example',
  '/%00/evil.example',
  '//evil.example',
  '%2F%2Fevil.example',
  '/%2F/evil.example',
  '/%2f%2fevil.example',
  '/%5C%5Cevil.example',
  '%5C%5Cevil.example',
  '\\\\evil.example',
  '/\\evil.example',
  'https://evil.example',
  'https:%2F%2Fevil.example',
  'http:evil.example',
  '//evil.example@chiso',
  '///evil.example',
  '/.//evil.example',
  '/./%2F/evil.example',
  '/x/..//evil.example',
  '/ /evil.example',
  '/%20/evil.example',
  'javascript:alert(1)',
  'evil.example',
  '',
  '%2525252F%2F'
];

describe('safeNext', () => {
  it.each(HOSTILE_RAW)('keeps %s on this site', (raw) => {
    const out = safeNext(fromQuery(raw));
    // Whatever comes out resolves to this origin in a browser's URL parser.
    expect(new URL(out, 'http://chiso.test').origin).toBe('http://chiso.test');
    expect(out).toMatch(/^\/(?![/\\])/);
    expect(out).not.toMatch(/[\\\s\u0000-\u001f]/);
  });

  it('refuses the known bypasses outright (default page)', () => {
    for (const raw of ['/%5Cevil.example/x', '/%09/evil.example', '//evil', 'https://evil', '/.//evil', '/%2F%2Fevil']) {
      expect(safeNext(fromQuery(raw))).toBe(DEFAULT_NEXT);
    }
    expect(safeNext(null)).toBe(DEFAULT_NEXT);
    expect(safeNext(undefined)).toBe(DEFAULT_NEXT);
  });

  it('keeps an ordinary path with its query and hash', () => {
    expect(safeNext('/tinh/ha-tinh?chiso=pci&nam=2015')).toBe('/tinh/ha-tinh?chiso=pci&nam=2015');
    expect(safeNext('/xep-hang#bang')).toBe('/xep-hang#bang');
    expect(safeNext('/quan-tri')).toBe('/quan-tri');
    expect(safeNext('/t%E1%BB%89nh')).toBe('/t%E1%BB%89nh');
  });
});
