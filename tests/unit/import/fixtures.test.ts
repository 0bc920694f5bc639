// Every fixture in cases.json: awkward files import to exactly the clean file's observations;
// bad files give their expected message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldId } from '../../../src/lib/import/types';
import { FIXTURES, fixture, messages, run, sorted } from './helpers';

interface Case {
  file: string;
  index: string;
  expect: 'ok' | 'error' | 'warning';
  sameAs?: string;
  message?: string;
  row?: number;
  column?: string;
  year?: number;
  mapping?: Record<string, FieldId>;
  observations?: number;
  note: string;
}

const cases: Case[] = JSON.parse(readFileSync(join(FIXTURES, 'cases.json'), 'utf8'));
const importCase = (c: Case) => run(fixture(c.file), c.index, { year: c.year, mapping: c.mapping });

describe('import fixtures (cases.json)', () => {
  it('has at least 25 bad or awkward files', () => {
    expect(new Set(cases.filter((c) => c.file !== 'pci_2015_clean.csv').map((c) => c.file)).size).toBeGreaterThanOrEqual(25);
  });

  const clean = importCase(cases.find((c) => c.file === 'pci_2015_clean.csv')!);
  it('imports the clean PCI 2015 file: 63 provinces × (10 sub-indices + total), no issue', () => {
    expect(messages(clean)).toEqual([]);
    expect(clean.ok).toBe(true);
    expect(clean.observations).toHaveLength(63 * 11);
    const dn = clean.observations.find((o) => o.unit_code === '48' && o.indicator === 'total');
    expect(dn).toMatchObject({ unit_name: 'Đà Nẵng', year: 2015, index_id: 'pci', value: 68.34, rank: 1, rank_of: 63, band: 'Rất tốt', unit_group: 'tinh' });
  });

  for (const c of cases) {
    it(`${c.file} [${c.index}${c.mapping ? ', with mapping' : ''}] → ${c.expect}: ${c.note}`, () => {
      const r = importCase(c);
      const errors = r.issues.filter((i) => i.severity === 'error');
      if (c.expect === 'ok') {
        expect(messages(r)).toEqual([]);
        expect(r.ok).toBe(true);
      } else if (c.expect === 'warning') {
        expect(errors.map((i) => i.message)).toEqual([]);
        expect(r.ok).toBe(true);
      } else {
        expect(r.ok).toBe(false);
        expect(r.observations).toEqual([]);
      }
      if (c.message) {
        const hit = r.issues.find((i) => i.severity === c.expect && i.message.includes(c.message!));
        expect(hit, `expected "${c.message}" among:\n${messages(r).join('\n')}`).toBeDefined();
        if (c.row != null) expect(hit!.row).toBe(c.row);
        if (c.column != null) expect(hit!.column).toBe(c.column);
      }
      if (c.sameAs) expect(sorted(r.observations)).toEqual(sorted(importCase(cases.find((x) => x.file === c.sameAs)!).observations));
      if (c.observations != null) expect(r.observations).toHaveLength(c.observations);
    });
  }
});
