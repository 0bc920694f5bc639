import { describe, expect, it } from 'vitest';
import { decodeBytes, sniffUtf16 } from '../../../src/lib/import/decodeBytes';
import { sniffBinary } from '../../../src/lib/import/sniffBinary';

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, be: boolean, bom: boolean): Uint8Array {
  const t = (bom ? '\ufeff' : '') + s;
  const out = new Uint8Array(t.length * 2);
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    out[2 * i + (be ? 0 : 1)] = c >> 8;
    out[2 * i + (be ? 1 : 0)] = c & 0xff;
  }
  return out;
}
const TEXT = 'Tỉnh,Năm,Điểm PCI\nThừa Thiên Huế,2015,58.52\n';

describe('decodeBytes', () => {
  it('reads UTF-8 without and with BOM, dropping the BOM', () => {
    expect(decodeBytes(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).toEqual({ text: TEXT, encoding: 'utf-8-bom' });
  });
  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeBytes(utf16(TEXT, false, true))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(TEXT, true, true))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });
  it('recognises BOM-less UTF-16 by where the NUL bytes fall', () => {
    expect(decodeBytes(utf16(TEXT, false, false))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(TEXT, true, false))).toEqual({ text: TEXT, encoding: 'utf-16be' });
    expect(sniffUtf16(utf8(TEXT))).toBeNull();
  });
  it('falls back to Windows-1258 and composes its combining tone marks (NFC)', () => {
    // "Hà Tĩnh" in Windows-1258: à is precomposed (0xE0), ĩ is i + combining tilde (0xDE).
    const bytes = new Uint8Array([0x48, 0xe0, 0x20, 0x54, 0x69, 0xde, 0x6e, 0x68]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('windows-1258');
    expect(d.text).toBe('Hà Tĩnh');
    expect(d.text).toBe(d.text.normalize('NFC'));
    // "Thừa" = T h ư(0xFD) + grave(0xCC) a
    expect(decodeBytes(new Uint8Array([0x54, 0x68, 0xfd, 0xcc, 0x61])).text).toBe('Thừa');
  });
  it('NFC-normalises decomposed UTF-8 (Word/Mac exports)', () => {
    expect(decodeBytes(utf8('Ha\u0300 Ti\u0303nh')).text).toBe('Hà Tĩnh');
  });
  it('keeps a UTF-8 file whose last character was cut off as UTF-8', () => {
    const full = utf8('Hà Nội,Đà Nẵ');
    const d = decodeBytes(full.subarray(0, full.length - 1));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Hà Nội,Đà N');
  });
  it('handles empty and one-byte inputs', () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xff])).encoding).toBe('windows-1258');
  });
});

describe('sniffBinary', () => {
  it('names Excel workbooks and binary data', () => {
    expect(sniffBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), '')).toBe('xlsx');
    expect(sniffBinary(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]), '')).toBe('xls');
    expect(sniffBinary(new Uint8Array([1]), 'a,b\u0000c')).toBe('binary');
    expect(sniffBinary(new Uint8Array([1]), 'a\u0001\u0002\u0003b')).toBe('binary');
  });
  it('accepts text, even with a DOS end-of-file marker', () => {
    expect(sniffBinary(utf8(TEXT), TEXT)).toBeNull();
    expect(sniffBinary(utf8(TEXT), `${TEXT}\u001a`)).toBeNull();
  });
});
