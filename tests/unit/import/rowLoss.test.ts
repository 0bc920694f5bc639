// No row is lost silently: a file cut off mid-row, a quote that never closes and mixed line endings
// either arrive whole or stop the upload at their row (issues 11 and 13).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, messages, run } from './helpers';

// The first 11 provinces of the real PCI 2015 table, three sub-indices each: 33 published values.
const clean = readFileSync(`${FIXTURES}/pci_2015_clean.csv`, 'utf8').trim().split('\n').map((l) => l.split(','));
const HEAD = ['Tỉnh/thành phố', 'Năm', 'Gia nhập thị trường', 'Tiếp cận đất đai', 'Tính minh bạch', 'Ghi chú'];
const ROWS = clean.slice(1, 12).map((c) => [c[0], c[1], c[2], c[3], c[4], 'Theo VCCI']);
const valuesIn = ROWS.length * 3;

describe('rows that arrive whole or not at all', () => {
  it('a CRLF file where one quoted last field ends with a bare LF keeps all 33 values (issue 13, item 4)', () => {
    const lines = [HEAD, ...ROWS].map((r, i) => (i === 3 ? [...r.slice(0, -1), `"${r.at(-1)}"`] : r).join(','));
    const text = lines.slice(0, 4).join('\r\n') + '\n' + lines.slice(4).join('\r\n') + '\r\n';
    const r = run(text);
    expect(valuesIn).toBe(33);
    expect(r.ok, messages(r).join('\n')).toBe(true);
    expect(r.observations.length).toBe(33);
    expect(new Set(r.observations.map((o) => o.unit_name)).size).toBe(11);
  });

  it('a file that ends mid-row is refused at that row, nothing half-stored (issue 11)', () => {
    const text = [HEAD, ...ROWS].map((r) => r.join(',')).join('\n');
    const cut = text.slice(0, text.lastIndexOf(',') - 6); // the last row loses its last cells
    const r = run(cut);
    expect(r.ok).toBe(false);
    expect(r.observations).toEqual([]);
    const e = r.issues.find((i) => i.severity === 'error' && i.row === 12);
    expect(e?.message).toMatch(/^Dòng 12: chỉ có \d ô trong khi dòng tiêu đề có 6 cột: dòng bị cắt ngắn/);
  });

  it('a short last row is an error at its row', () => {
    const text = [HEAD, ...ROWS.slice(0, 10), ROWS[10].slice(0, 3)].map((r) => r.join(',')).join('\n') + '\n';
    const r = run(text);
    expect(r.ok).toBe(false);
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.row)).toEqual([12]);
  });

  it('a quote that never closes is an error at the row where it opens', () => {
    const text = [HEAD, ...ROWS.slice(0, 5), [...ROWS[5].slice(0, -1), '"Theo VCCI'], ...ROWS.slice(6)].map((r) => r.join(',')).join('\r\n');
    const r = run(text);
    expect(r.ok).toBe(false);
    expect(r.issues.find((i) => i.row === 7)?.message).toContain('Dấu ngoặc kép');
  });

  it('any mix of line endings, quoting and delimiters, in UTF-8 or UTF-16, delivers all 33 values', () => {
    const ending = fc.constantFrom('\n', '\r\n', '\r');
    const quoted = fc.boolean();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(ending, quoted), { minLength: ROWS.length + 1, maxLength: ROWS.length + 1 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('utf-8', 'utf-16le'),
        (rows, delimiter, encoding) => {
          const all = [HEAD, ...ROWS];
          const text = all
            .map((r, i) => {
              const [eol, q] = rows[i];
              const cells = r.map((c, j) => (delimiter !== ',' && j >= 2 && j <= 4 ? c.replace('.', ',') : c));
              return (q ? cells.map((c) => `"${c}"`) : cells).join(delimiter) + eol;
            })
            .join('');
          const bytes = encoding === 'utf-8' ? new TextEncoder().encode(text) : utf16le(text);
          const r = run(bytes);
          // These files are well formed: every value must arrive, and none twice.
          expect(r.ok, messages(r).join('\n')).toBe(true);
          expect(r.observations.length).toBe(33);
          const first = r.observations.find((o) => o.unit_name === 'Đà Nẵng' && o.indicator !== 'total');
          expect(first?.value).not.toBeNull();
        }
      ),
      { numRuns: 150 }
    );
  });
});

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    out[2 + 2 * i] = s.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = s.charCodeAt(i) >> 8;
  }
  return out;
}
