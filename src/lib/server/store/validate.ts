// Last line of defence before rows enter a snapshot. Parsing and content checks happen
// upstream (import pipeline); this only refuses rows the database would store wrongly.
import type { Observation } from '../../data/observation';

export function checkObservations(indexId: string, rows: readonly Observation[]): void {
  if (!indexId) throw new Error('Thiếu mã chỉ số');
  rows.forEach((r, i) => {
    const where = `dòng ${i + 1} (${r.unit_code} / ${r.year} / ${r.indicator})`;
    if (r.index_id !== indexId) throw new Error(`${where}: thuộc chỉ số "${r.index_id}", không phải "${indexId}"`);
    if (!r.unit_code || !r.indicator) throw new Error(`${where}: thiếu mã đơn vị hoặc chỉ tiêu`);
    if (!Number.isInteger(r.year)) throw new Error(`${where}: năm không hợp lệ`);
    // null means "not published"; NaN or Infinity would be a parsing bug, never data.
    if (r.value !== null && !Number.isFinite(r.value)) throw new Error(`${where}: giá trị không hợp lệ`);
    for (const f of ['rank', 'rank_of'] as const) {
      const v = r[f];
      if (v !== null && !Number.isInteger(v)) throw new Error(`${where}: ${f} không phải số nguyên`);
    }
    // A rank without its provenance could be shown as published: refuse it here, whatever the caller.
    if ((r.rank === null) !== (r.rank_source == null)) throw new Error(`${where}: thứ hạng thiếu nguồn gốc (công bố hay suy ra)`);
  });
}
