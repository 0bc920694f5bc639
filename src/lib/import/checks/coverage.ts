// An upload that covers fewer units than the year already has, or than the publisher ranked that
// year, is probably a partial file (a top-30 list, a file cut in half). Nothing is lost, since the
// commit carries the rest over, but the editor is told, by name, which units the file lacks (issue 11).
import { rankedUnitsFor, type IndexDefinition } from '../../catalogue/types';
import type { Observation } from '../../data/observation';
import { sortVi } from '../../text/vietnamese';
import { issue } from '../messages';
import type { ImportIssue } from '../types';

export interface KnownUnit {
  code: string;
  name: string;
  /** Last year the unit existed (Hà Tây: 2007), if it no longer does. */
  until?: number;
}

/**
 * @param registry every unit the index could rank (the provinces), or null for DDCI units, which are
 *   known only from the versions stored.
 */
export function checkCoverage(upload: readonly Observation[], current: readonly Observation[], def: IndexDefinition, registry: KnownUnit[] | null): ImportIssue[] {
  const byYear = (rows: readonly Observation[]) => {
    const m = new Map<number, Map<string, string>>();
    for (const o of rows) {
      if (!m.has(o.year)) m.set(o.year, new Map());
      m.get(o.year)!.set(o.unit_code, o.unit_name);
    }
    return m;
  };
  const uploaded = byYear(upload);
  const stored = byYear(current);
  const out: ImportIssue[] = [];
  for (const [year, units] of [...uploaded].sort((a, b) => a[0] - b[0])) {
    const before = stored.get(year) ?? new Map<string, string>();
    const ranked = rankedUnitsFor(def, year);
    const missing = new Map<string, string>();
    for (const [code, name] of before) if (!units.has(code)) missing.set(code, name);
    const short = units.size < ranked;
    if (short && registry)
      for (const u of registry) if (!units.has(u.code) && (u.until == null || year <= u.until)) missing.set(u.code, u.name);
    const fewerThanStored = [...before.keys()].some((c) => !units.has(c));
    if (!fewerThanStored && !short) continue;
    const than = [
      fewerThanStored ? `phiên bản hiện hành (${before.size} đơn vị)` : null,
      short ? `số đơn vị ${def.short} xếp hạng năm đó (${ranked})` : null
    ].filter(Boolean);
    const names = sortVi([...missing.values()], (n) => n);
    out.push(
      issue(
        'warning',
        null,
        null,
        `Năm ${year}: tệp có ${units.size} đơn vị, ít hơn ${than.join(' và ')}.` +
          (names.length ? ` Thiếu ${names.length} đơn vị: ${names.join(', ')}.` : '') +
          ' Số liệu đã lưu của các đơn vị này được giữ nguyên; hãy kiểm tra tệp có bị thiếu hoặc cắt ngắn không.'
      )
    );
  }
  return out;
}
