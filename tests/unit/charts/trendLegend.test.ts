// The trend legend lists only what is drawn, on Hà Tĩnh's real PCI history (profile page and VCCI workbook).
import { describe, expect, it } from 'vitest';
import { trendLines, type TrendSeries } from '../../../src/lib/charts/trendLines';
import { nationalReferencesNote, trendLegendItems } from '../../../src/lib/charts/trendLegend';
import { profileSeries } from './realFixtures';

const scores = profileSeries('Hà Tĩnh').map((p) => ({ year: p.year, value: p.value }));
const unit = (points = scores): TrendSeries => ({ key: '42', label: 'Hà Tĩnh', kind: 'unit', points });
const empty = (key: 'median' | 'best'): TrendSeries => ({ key, label: key === 'median' ? 'Trung vị toàn quốc' : 'Cao nhất cả nước', kind: key, points: [] });
const labels = (series: TrendSeries[], breaks: number[] = []) => trendLegendItems(trendLines(series, { mode: 'score', breaks })).map((l) => l.label);

describe('trendLegendItems', () => {
  it('reads the fixture: Hà Tĩnh has PCI scores up to 2022, 2023 unpublished', () => {
    expect(scores.filter((p) => p.value != null).at(-1)!.year).toBe(2022);
    expect(scores.find((p) => p.year === 2023)!.value).toBeNull();
  });

  it('leaves out lines with no point; keeps the gap mark and the breaks that are drawn', () => {
    expect(labels([unit(), empty('median'), empty('best')], [2009, 2013, 2021])).toEqual(['Hà Tĩnh', 'năm chưa công bố', 'đổi phương pháp']);
  });

  it('a line with one point is listed', () => {
    const p15 = scores.find((p) => p.year === 2015)!;
    expect(labels([unit(), { ...empty('median'), points: [p15] }])).toContain('Trung vị toàn quốc');
  });

  it('lists the break only where one falls inside the years drawn (first < break ≤ last)', () => {
    // 2013–2022: a break in 2013 would sit left of the first point; 2021 is inside.
    const late = scores.filter((p) => p.year >= 2013);
    const spec = trendLines([unit(late)], { mode: 'score', breaks: [2009, 2013, 2021] });
    expect(spec.breaks.map((b) => b.year)).toEqual([2021]);
    // 2006–2015 and the unpublished 2023: the axis reaches 2023, but 2021 is past the last point.
    const early = scores.filter((p) => p.year <= 2015 || p.year === 2023);
    const spec2 = trendLines([unit(early)], { mode: 'score', breaks: [2021] });
    expect(spec2.years.at(-1)).toBe(2023);
    expect(spec2.breaks).toEqual([]);
    expect(trendLegendItems(spec2).map((l) => l.label)).not.toContain('đổi phương pháp');
  });

  it('keeps a unit whose every year is unpublished: its diamonds are drawn in its colour', () => {
    const none = scores.filter((p) => p.value == null);
    expect(labels([unit(none), { ...unit(), key: 'x', label: 'Khác' }])).toEqual(['Hà Tĩnh', 'Khác', 'năm chưa công bố']);
  });
});

describe('nationalReferencesNote', () => {
  it('explains missing national lines, naming the index when given', () => {
    const spec = trendLines([unit(), empty('median'), empty('best')], { mode: 'score' });
    expect(nationalReferencesNote(spec.series)).toBe('Không vẽ trung vị và điểm cao nhất toàn quốc: không năm nào có số liệu của ít nhất 90% số tỉnh được xếp hạng.');
    expect(nationalReferencesNote(spec.series, 'PAR INDEX')).toBe(
      'Không vẽ trung vị và điểm cao nhất toàn quốc: mỗi năm PAR INDEX chỉ có số liệu của dưới 90% số tỉnh được xếp hạng.'
    );
  });

  it('says nothing when either is drawn, or when the chart never had them (peers, DDCI, rank)', () => {
    const p15 = scores.find((p) => p.year === 2015)!;
    expect(nationalReferencesNote(trendLines([unit(), { ...empty('median'), points: [p15] }, empty('best')], { mode: 'score' }).series)).toBeNull();
    expect(nationalReferencesNote(trendLines([unit()], { mode: 'score' }).series)).toBeNull();
  });
});
