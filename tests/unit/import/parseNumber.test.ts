import { describe, expect, it } from 'vitest';
import { detectNumberStyle, parseNumber } from '../../../src/lib/import/parseNumber';
import { parseRank } from '../../../src/lib/import/parseRank';
import { parseYear, yearInText } from '../../../src/lib/import/parseYear';

const v = (raw: string, style: 'dot' | 'comma' = 'dot') => {
  const p = parseNumber(raw, style);
  return p.ok ? p.value : 'error';
};

describe('parseNumber', () => {
  it('reads both decimal marks, thousands groups, percent signs and spaces', () => {
    expect(v('65.24')).toBe(65.24);
    expect(v('65,24', 'comma')).toBe(65.24);
    expect(v('1.234,5', 'comma')).toBe(1234.5);
    expect(v('1,234.5')).toBe(1234.5);
    expect(v('86,14%', 'comma')).toBe(86.14);
    expect(v('92.18 %')).toBe(92.18);
    expect(v(' 7 ')).toBe(7);
    expect(v('\u00a065,24\u00a0', 'comma')).toBe(65.24);
    expect(v('1 234,5', 'comma')).toBe(1234.5);
    expect(v('−3,5', 'comma')).toBe(-3.5);
    expect(v('+2.5')).toBe(2.5);
  });
  it('lets the column decide an ambiguous "1.234"', () => {
    expect(v('1.234', 'dot')).toBe(1.234);
    expect(v('1.234', 'comma')).toBe(1234);
    expect(v('1,234', 'comma')).toBe(1.234);
    expect(v('1,234', 'dot')).toBe(1234);
  });
  it('still reads a cell typed in the other style than its column', () => {
    expect(v('6,5', 'dot')).toBe(6.5);
    expect(v('6.5', 'comma')).toBe(6.5);
  });
  it('returns null for "not published" marks, never 0', () => {
    for (const raw of ['', ' ', '-', '–', '—', 'N/A', 'n/a', 'NA', '#N/A', '..', 'chưa công bố']) expect(v(raw)).toBeNull();
  });
  it('rejects text in a number cell', () => {
    for (const raw of ['abc', '12a', '6,5,4.3.2', '1..2', 'Hà Nội', '5-6', 'Infinity', '0x10']) expect(v(raw)).toBe('error');
  });
});

describe('detectNumberStyle', () => {
  it('decides from cells that prove a decimal mark', () => {
    expect(detectNumberStyle(['65,24', '1.234'])).toBe('comma');
    expect(detectNumberStyle(['65.24', '7'])).toBe('dot');
    expect(detectNumberStyle(['1,234.5'])).toBe('dot');
    expect(detectNumberStyle(['1.234,5'])).toBe('comma');
    expect(detectNumberStyle(['1.234.567'])).toBe('comma');
    expect(detectNumberStyle(['1,234,567'])).toBe('dot');
    expect(detectNumberStyle(['86,14%', '-', ''])).toBe('comma');
  });
  it('says nothing when no cell decides', () => {
    expect(detectNumberStyle(['1.234', '7', '', 'N/A'])).toBeNull();
    expect(detectNumberStyle([])).toBeNull();
  });
});

describe('parseRank', () => {
  it('reads ranks as printed', () => {
    for (const [raw, want] of [['12', 12], ['12/63', 12], ['=5', 5], ['5*', 5], ['12.0', 12], [' 3 ', 3]] as const)
      expect(parseRank(raw)).toEqual({ ok: true, value: want });
    expect(parseRank('')).toEqual({ ok: true, value: null });
    expect(parseRank('-')).toEqual({ ok: true, value: null });
  });
  it('rejects anything else', () => {
    for (const raw of ['0', 'ba', '1.5', '-3', 'hạng 3']) expect(parseRank(raw).ok).toBe(false);
  });
});

describe('parseYear / yearInText', () => {
  it('reads year cells', () => {
    expect(parseYear('2015')).toBe(2015);
    expect(parseYear('2015.0')).toBe(2015);
    expect(parseYear('Năm 2015')).toBe(2015);
    expect(parseYear('15')).toBeNull();
    expect(parseYear('abc')).toBeNull();
    expect(parseYear('12015')).toBeNull();
  });
  it('finds the index year in title rows, not the publication date', () => {
    expect(yearInText(['BẢNG XẾP HẠNG PCI NĂM 2015', 'Hà Nội, ngày 20/4/2016'])).toBe(2015);
    expect(yearInText(['PCI 2014 và 2015'])).toBeNull();
    expect(yearInText([])).toBeNull();
  });
});
