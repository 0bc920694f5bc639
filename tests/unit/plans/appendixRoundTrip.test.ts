// Seed 002's appendix through the import preview: rows of cells → tasks, and tasks → a table → tasks.
import { describe, expect, it } from 'vitest';
import { guessAppendixMeta } from '../../../src/lib/plans/appendixMeta';
import { appendixToTsv, parsePlanAppendix, rowsOfTasks, tasksFromRows } from '../../../src/lib/plans/parsePlanAppendix';
import { readSeed } from '../../../src/lib/plans/readSeed';
import type { Task } from '../../../src/lib/plans/types';

const SEED = readSeed('002_525e336b753c34f2.txt');
const parsed = parsePlanAppendix(SEED).tasks;
const noLines = (ts: Task[]) => ts.map((t) => ({ ...t, line: 0, products: t.products.map((p) => ({ ...p, line: 0 })) }));

describe('appendix round trip', () => {
  it('the preview rows give back the same 18 tasks', () => {
    const rows = rowsOfTasks(parsed);
    expect(rows).toHaveLength(24);
    expect(rows[0].number).toBe('1.');
    expect(rows[2]).toMatchObject({ number: '', content: '', lead: 'Đài PT&TH tỉnh', time: 'Số lượng và tần suất phát sóng: 03-04 số/tháng' });
    const again = tasksFromRows(rows);
    expect(noLines(again.tasks)).toEqual(noLines(parsed));
    expect(again.warnings.map((w) => w.message)).toEqual(['Nhiệm vụ 9: chưa lượng hoá được “Định kỳ theo lịch Ban Tuyên giáo Tỉnh ủy”, giữ nguyên văn bản.']);
  });

  it('the exported table parses to the same tasks, without page-break artefacts', () => {
    const tsv = appendixToTsv(parsed);
    expect(tsv.split('\n').filter((l) => l.startsWith('TT\t'))).toHaveLength(1);
    const back = parsePlanAppendix(tsv);
    expect(noLines(back.tasks)).toEqual(noLines(parsed));
    expect(back.tasks.find((t) => t.number === 16)?.leadUnits).toEqual(['UBND các huyện, thành phố, thị xã']);
  });

  it('a corrected cell changes what is read from it, and nothing else', () => {
    const rows = rowsOfTasks(parsed);
    const i = rows.findIndex((r) => r.number === '9.');
    rows[i] = { ...rows[i], time: '01 lần/quý' };
    const fixed = tasksFromRows(rows);
    expect(fixed.warnings).toEqual([]);
    expect(fixed.tasks.find((t) => t.number === 9)?.targets.map(({ source: _s, ...t }) => t)).toEqual([{ kind: 'rate', min: 1, max: 1, per: 'quarter', unitWord: 'lần' }]);
    expect(noLines(fixed.tasks.filter((t) => t.number !== 9))).toEqual(noLines(parsed.filter((t) => t.number !== 9)));
  });

  it('reads numbering problems in edited rows, and ignores blank ones', () => {
    const r = tasksFromRows([
      { number: '1', content: 'A', product: '', lead: 'Sở Nội vụ', cooperating: '', time: 'Quý I/2024', note: '' },
      { number: '', content: '', product: '', lead: '', cooperating: '', time: '', note: '' },
      { number: '1', content: 'B', product: '', lead: 'Sở Tư pháp', cooperating: '', time: 'Quý II/2024', note: '' },
      { number: 'x', content: 'C', product: '', lead: '', cooperating: '', time: '', note: '' }
    ]);
    expect(r.tasks.map((t) => t.number)).toEqual([1, 1]);
    expect(r.warnings.map((w) => w.message)).toEqual(['Số thứ tự 1 không liền sau 1.', 'Số thứ tự 1 bị trùng.', 'Số thứ tự không đọc được: “x”; bỏ qua dòng.']);
  });

  it('pre-fills the plan from the text around the table', () => {
    const appendix = SEED.slice(SEED.indexOf('**PHỤ LỤC**'));
    expect(guessAppendixMeta(appendix)).toEqual({
      title: 'Nội dung và hình thức tuyên truyền cải cách hành chính năm 2024',
      issuer: 'UBND tỉnh Hà Tĩnh',
      province: 'Hà Tĩnh',
      number: '/KH-UBND',
      dateText: 'ngày / /2024',
      year: 2024,
      indices: [] // the table itself names no index; the plan's title does
    });
    expect(guessAppendixMeta(`Kế hoạch tuyên truyền CCHC, PCI, DDCI\n${appendix}`).indices).toEqual(['pci', 'ddci']);
    // A heading in capitals becomes a sentence, its acronyms kept.
    expect(guessAppendixMeta(appendix.replace('NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024', 'NÂNG CAO CHỈ SỐ PAR INDEX, SIPAS, PCI NĂM 2024')).title).toBe(
      'Nâng cao chỉ số PAR INDEX, SIPAS, PCI năm 2024'
    );
    expect(guessAppendixMeta('')).toMatchObject({ title: '', issuer: '', year: null, indices: [] });
  });
});
