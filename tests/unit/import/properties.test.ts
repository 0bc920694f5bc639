// Whatever is uploaded, importCsv returns a well-formed result and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../src/lib/import/types';
import { fixture, run } from './helpers';

function wellFormed(r: ImportResult) {
  expect(typeof r.ok).toBe('boolean');
  expect(Array.isArray(r.observations)).toBe(true);
  expect(Array.isArray(r.issues)).toBe(true);
  // The catch-all in importCsv keeps the promise; this keeps it from hiding bugs.
  expect(r.issues.filter((i) => i.message.startsWith('Không đọc được tệp')).map((i) => i.message)).toEqual([]);
  const hasError = r.issues.some((i) => i.severity === 'error');
  expect(r.ok).toBe(!hasError);
  if (!r.ok) expect(r.observations).toEqual([]);
  for (const i of r.issues) {
    expect(['error', 'warning']).toContain(i.severity);
    expect(typeof i.message).toBe('string');
    expect(i.message.length).toBeGreaterThan(0);
    if (i.row != null) expect(Number.isInteger(i.row) && i.row >= 1).toBe(true);
  }
  for (const o of r.observations) {
    expect(o.value === null || Number.isFinite(o.value)).toBe(true);
    expect(o.rank === null || (Number.isInteger(o.rank) && o.rank >= 1)).toBe(true);
  }
}

const BASES = ['pci_2015_clean.csv', 'pci_2015_windows1258_semicolon.csv', 'pci_2015_utf16le.csv', 'pci_2015_merged_header.csv', 'pci_2015_quoted_newlines.csv', 'ddci_hatinh_2021_without_so_tai_chinh.csv'].map(
  (name) => ({ name, bytes: fixture(name), index: name.startsWith('ddci') ? 'ddci_42' : 'pci' })
);

// Text-level edits work on UTF-8 bases; byte-level edits on any.
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const enc = (s: string) => new TextEncoder().encode(s);

type Mutation = (b: Uint8Array) => Uint8Array;
const flip = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, v]): Mutation => (b) => {
  if (b.length === 0) return b;
  const c = b.slice();
  c[at % c.length] = v;
  return c;
});
const truncate = fc.nat().map((at): Mutation => (b) => b.subarray(0, b.length ? at % (b.length + 1) : 0));
const duplicateRow = fc.nat().map((at): Mutation => (b) => {
  const lines = text(b).split('\n');
  const k = at % lines.length;
  lines.splice(k, 0, lines[k]);
  return enc(lines.join('\n'));
});
const CELLS = ['', '-', 'N/A', 'abc', '12.5', '-3', '1e9', '99999999999999999999', '"', '""', ';', ',', '\t', '\n', '2031', 'Tổng', 'Thua Thien Hoe', '65,24', '1.234,5', '\u0000', '\ufffd', '='];
const replaceCell = fc
  .tuple(fc.nat(), fc.nat(), fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 12 })))
  .map(([row, col, value]): Mutation => (b) => {
    const lines = text(b).split('\n');
    const r = row % lines.length;
    const cells = lines[r].split(',');
    cells[col % cells.length] = value;
    lines[r] = cells.join(',');
    return enc(lines.join('\n'));
  });
const mutation = fc.oneof(flip, truncate, duplicateRow, replaceCell);

describe('importCsv properties', () => {
  it('random bytes never throw and give a well-formed result', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('pci', 'papi', 'ddci_42', 'sipas'), (bytes, index) => {
        wellFormed(run(bytes, index));
      }),
      { numRuns: 300 }
    );
  });
  it('random text (CSV-ish characters) never throws', () => {
    const chars = fc.constantFrom(',', ';', '\t', '\n', '\r', '"', ' ', 'a', 'Đ', 'ế', '1', '2', '.', '-', '%', 'Tỉnh', 'Năm', 'Điểm PCI', 'Hà Nội', '2015', '7,5');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 400 }), (parts) => {
        wellFormed(run(parts.join('')));
      }),
      { numRuns: 300 }
    );
  });
  it('mutated real files (byte flips, truncation, duplicated rows, replaced cells) never throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(mutation, { minLength: 1, maxLength: 6 }), (base, edits) => {
        const bytes = edits.reduce((b, m) => m(b), base.bytes);
        wellFormed(run(bytes, base.index));
      }),
      { numRuns: 300 }
    );
  });
  it('a duplicated data row is always caught', () => {
    const base = fixture('pci_2015_clean.csv');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 63 }), (k) => {
        const r = run(duplicateRowAt(base, k));
        expect(r.ok).toBe(false);
        expect(r.issues.some((i) => i.message.includes('bị trùng với dòng'))).toBe(true);
      }),
      { numRuns: 30 }
    );
  });
  it('a sub-index pushed off the 0–10 scale is always caught, at its row', () => {
    const lines = text(fixture('pci_2015_clean.csv')).split('\n');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 63 }), fc.integer({ min: 2, max: 11 }), fc.double({ min: 10.01, max: 1e6, noNaN: true }), (row, col, v) => {
        const copy = [...lines];
        const cells = copy[row].split(',');
        cells[col] = v.toFixed(2);
        copy[row] = cells.join(',');
        const r = run(copy.join('\n'));
        expect(r.ok).toBe(false);
        expect(r.issues.some((i) => i.row === row + 1 && i.message.includes('nằm ngoài thang điểm 0–10'))).toBe(true);
      }),
      { numRuns: 50 }
    );
  });
});

function duplicateRowAt(b: Uint8Array, k: number): Uint8Array {
  const lines = text(b).split('\n');
  lines.splice(k, 0, lines[k]);
  return enc(lines.join('\n'));
}
