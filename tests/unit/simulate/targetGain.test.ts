// The target simulator on real published years: every number is read from data/*.csv, never typed here.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvRows, int, num, type CsvRow } from '../../../src/lib/data/csvRows';
import { definitionOf } from '../../../src/lib/catalogue/definitions';
import { periodFor } from '../../../src/lib/catalogue/types';
import { targetGain, type GainResult, type YearFigures } from '../../../src/lib/simulate/targetGain';
import { simulatorWords } from '../../../src/lib/claims/simulatorWords';

const pci = definitionOf('pci')!;
const rows = [...csvRows(readFileSync('data/pci_2006_2015_all_provinces.csv', 'utf8')), ...csvRows(readFileSync('data/pci_2016_2019_all_provinces.csv', 'utf8'))];

/** A year of the workbooks as the simulator takes it (province name as its code). */
function yearOf(year: number): YearFigures {
  const codes = periodFor(pci, year)!.components.map((c) => c.code);
  return {
    year,
    units: rows
      .filter((r) => Number(r.year) === year)
      .map((r: CsvRow) => ({
        code: r.province,
        name: r.province,
        total: num(r.pci_score),
        rank: int(r.rank),
        rankSource: 'published' as const,
        components: Object.fromEntries(codes.map((c) => [c, num(r[c])]))
      }))
  };
}
const row = (year: number, province: string) => rows.find((r) => Number(r.year) === year && r.province === province)!;
const at = (year: number, rank: number) => rows.find((r) => Number(r.year) === year && int(r.rank) === rank)!;
const ok = (o: ReturnType<typeof targetGain>): GainResult => {
  if (o.status !== 'ok') throw new Error(`refused: ${o.reason}`);
  return o;
};

describe('Hà Tĩnh PCI 2015: from 45th into the top 30', () => {
  const y2015 = yearOf(2015);
  const r = ok(targetGain({ def: pci, unitCode: 'Hà Tĩnh', own: y2015, target: { kind: 'rank', n: 30, words: 'top' } }));
  const ht = row(2015, 'Hà Tĩnh');
  const thirtieth = at(2015, 30);

  it('starts where VCCI printed it', () => {
    expect(int(ht.rank)).toBe(45);
    expect(r.unit.total).toBe(num(ht.pci_score));
  });

  it('the smallest gain is the gap to the 30th province’s published 2015 score', () => {
    expect(r.rival?.name).toBe(thirtieth.province);
    expect(r.rival?.rank).toBe(30);
    expect(r.gap).toBeCloseTo(num(thirtieth.pci_score)! - num(ht.pci_score)!, 10);
    expect(r.gain).toBe(r.gap);
    // One printed unit more is sure to pass (equal printed totals are ordered by unprinted decimals).
    expect(r.sureGain).toBeCloseTo(r.gap + 0.01, 10);
  });

  it('every mix adds up to the gain and stays within each component’s best-province ceiling', () => {
    expect(r.mixes.map((m) => m.id)).toEqual(['trong-so-lon', 'theo-trong-so', 'theo-khoang-cach']);
    for (const m of r.mixes) {
      expect(m.total).toBeCloseTo(r.gain, 9);
      for (const s of m.steps) {
        const c = r.components.find((x) => x.code === s.code)!;
        expect(s.gain).toBeGreaterThanOrEqual(0);
        expect(c.value + s.gain).toBeLessThanOrEqual(c.ceiling + 1e-9);
        expect(s.contribution).toBeCloseTo((c.weight * s.gain) / 10, 12);
      }
    }
  });

  it('the ceiling of a component is the best province’s 2015 value', () => {
    const c = r.components.find((x) => x.code === 'tinh_minh_bach')!;
    const best = Math.max(...y2015.units.map((u) => u.components.tinh_minh_bach!));
    expect(c.ceiling).toBe(best);
    expect(c.ceilingUnits).toEqual(y2015.units.filter((u) => u.components.tinh_minh_bach === best).map((u) => u.name));
    expect(c.value).toBe(num(ht.tinh_minh_bach));
  });

  it('one mix spreads it by weight: each component’s share of the gain is its weight’s share', () => {
    const spread = r.mixes.find((m) => m.id === 'theo-trong-so')!;
    const total = r.components.reduce((s, c) => s + c.weight, 0);
    for (const s of spread.steps) {
      const c = r.components.find((x) => x.code === s.code)!;
      expect(s.contribution).toBeCloseTo((r.gain * c.weight) / total, 9);
    }
    // Same sub-index points everywhere: gain / (Σ weight / 10).
    expect(new Set(spread.steps.map((s) => s.gain.toFixed(9))).size).toBe(1);
  });

  it('cheapest first: the heaviest weight with room carries the gain alone', () => {
    const first = r.mixes.find((m) => m.id === 'trong-so-lon')!;
    const used = first.steps.filter((s) => s.gain > 0);
    const top = Math.max(...r.components.map((c) => c.weight));
    for (const s of used) expect(r.components.find((c) => c.code === s.code)!.weight).toBe(top);
    // Transparency (weight 20) has less room than 1,31/2 to Đà Nẵng's 2015 value: alone it cannot do it.
    const tmb = r.components.find((c) => c.code === 'tinh_minh_bach')!;
    expect(tmb.aloneFits).toBe(tmb.alone <= tmb.headroom);
    expect(tmb.alone).toBeCloseTo(r.gain / 2, 12);
  });

  it('weights are the catalogue’s for 2013–2020, flagged as estimated', () => {
    expect(r.components.map((c) => c.weight)).toEqual(periodFor(pci, 2015)!.components.map((c) => c.weight));
    expect(r.weightsEstimated).toBe(true);
  });
});

describe('ties, targets met, breaks and incomplete years', () => {
  it('a tie is not a pass: Phú Thọ 2015 is level with the 34th province but printed 35th, so top 34 needs one printed unit', () => {
    const pt = row(2015, 'Phú Thọ');
    const th34 = at(2015, 34);
    expect(num(pt.pci_score)).toBe(num(th34.pci_score));
    const r = ok(targetGain({ def: pci, unitCode: 'Phú Thọ', own: yearOf(2015), target: { kind: 'rank', n: 34, words: 'top' } }));
    expect(r.rival?.name).toBe(th34.province);
    expect(r.gap).toBe(0);
    expect(r.gain).toBeCloseTo(0.01, 12);
  });

  it('a target already met is refused: Hà Tĩnh 2015 is already in the top 50', () => {
    const o = targetGain({ def: pci, unitCode: 'Hà Tĩnh', own: yearOf(2015), target: { kind: 'rank', n: 50, words: 'top' } });
    expect(o).toMatchObject({ status: 'refused', reason: 'met' });
    const s = targetGain({ def: pci, unitCode: 'Hà Tĩnh', own: yearOf(2015), target: { kind: 'score', value: num(row(2015, 'Hà Tĩnh').pci_score)! } });
    expect(s).toMatchObject({ status: 'refused', reason: 'met' });
  });

  it('refuses to compare Hà Tĩnh 2012 with the 2013 scores: PCI changed its method in 2013', () => {
    const o = targetGain({ def: pci, unitCode: 'Hà Tĩnh', own: yearOf(2012), against: yearOf(2013), target: { kind: 'rank', n: 30, words: 'top' } });
    expect(o).toMatchObject({ status: 'refused', reason: 'break', detail: { breakYear: 2013 } });
  });

  it('compares within a period: Hà Tĩnh 2014 against the 2015 scores', () => {
    const r = ok(targetGain({ def: pci, unitCode: 'Hà Tĩnh', own: yearOf(2014), against: yearOf(2015), target: { kind: 'rank', n: 30, words: 'top' } }));
    expect(r.rival?.name).toBe(at(2015, 30).province);
    expect(r.gap).toBeCloseTo(num(at(2015, 30).pci_score)! - num(row(2014, 'Hà Tĩnh').pci_score)!, 10);
  });

  it('a score target: the gain is the distance to it', () => {
    const ht = num(row(2015, 'Hà Tĩnh').pci_score)!;
    const goal = num(at(2015, 1).pci_score)!;
    const r = ok(targetGain({ def: pci, unitCode: 'Hà Tĩnh', own: yearOf(2015), target: { kind: 'score', value: goal } }));
    expect(r.gain).toBeCloseTo(goal - ht, 10);
    expect(r.rival).toBeNull();
  });

  it('refuses a year where only some provinces have a total (a top list only)', () => {
    const y = yearOf(2015);
    const top = { year: 2015, units: y.units.filter((u) => u.rank! <= 30 || u.name === 'Hà Tĩnh') };
    expect(targetGain({ def: pci, unitCode: 'Hà Tĩnh', own: top, target: { kind: 'rank', n: 10, words: 'top' } })).toMatchObject({
      status: 'refused',
      reason: 'incomplete',
      detail: { scored: 31, ranked: 63 }
    });
  });

  it('refuses an index without weights: PAPI 2015 has every province’s total, but the total is a plain sum', () => {
    const papi = definitionOf('papi')!;
    const dims = periodFor(papi, 2015)!.components.map((c) => c.code);
    const y = {
      year: 2015,
      units: csvRows(readFileSync('data/papi_2011_2015_dimensions.csv', 'utf8'))
        .filter((r) => r.year === '2015')
        .map((r) => ({ code: r.province_vi, name: r.province_vi, total: num(r.papi_total_unweighted_6dims), rank: null, rankSource: null, components: Object.fromEntries(dims.map((c) => [c, num(r[c])])) }))
    };
    expect(y.units).toHaveLength(63);
    const top = Math.max(...y.units.map((u) => u.total!));
    const target = { kind: 'score' as const, value: top };
    const o = targetGain({ def: papi, unitCode: 'Hà Tĩnh', own: y, target });
    expect(o).toMatchObject({ status: 'refused', reason: 'no-weights' });
    // The catalogue's note on the period says what the total is.
    const note = periodFor(papi, 2015)!.note!.replace(/\.$/, '');
    expect(simulatorWords(papi, o, 'Hà Tĩnh', target, (c) => c).summary).toBe(
      `PAPI 2015: tổng điểm không phải trung bình có trọng số đã biết của các chỉ số thành phần (${note}): không mô phỏng được.`
    );
  });

  it('refuses a target out of reach within the observed range, and a rank that does not exist', () => {
    const last = at(2015, 63).province;
    // The most the last province could add with every sub-index at that year's best, worked out here apart.
    const y = yearOf(2015);
    const me = y.units.find((u) => u.name === last)!;
    const room = periodFor(pci, 2015)!.components.reduce((s, c) => s + (c.weight! / 10) * (Math.max(...y.units.map((u) => u.components[c.code]!)) - me.components[c.code]!), 0);
    const o = targetGain({ def: pci, unitCode: last, own: y, target: { kind: 'rank', n: 1, words: 'hang' } });
    expect(o.status === 'ok' ? o.maxGain : o.detail.maxGain).toBeCloseTo(room, 9);
    const need = num(at(2015, 1).pci_score)! - me.total!;
    expect(o.status).toBe(need > room ? 'refused' : 'ok');
    expect(targetGain({ def: pci, unitCode: 'Hà Tĩnh', own: yearOf(2015), target: { kind: 'rank', n: 64, words: 'top' } })).toMatchObject({ reason: 'invalid-target' });
    expect(targetGain({ def: pci, unitCode: 'Hà Tĩnh', own: yearOf(2015), target: { kind: 'score', value: 100.5 } })).toMatchObject({ reason: 'invalid-target' });
    expect(targetGain({ def: pci, unitCode: 'Hà Tĩnh', own: yearOf(2015), target: { kind: 'score', value: 99 } })).toMatchObject({ reason: 'unreachable' });
  });
});
