// Pure comparison of snapshots. An upload is merged onto the current snapshot: its rows
// replace rows with the same key (unit_code + year + indicator), rows it does not mention are
// carried over. So "PCI 2024.xlsx" adds a year without wiping 2006–2023.
import type { Observation } from '../../data/observation';
import { COMPARED_FIELDS, type ComparedField, type DiffPreview, type KeptField, type Removal, type UnitDiff } from './types';

export function observationKey(o: Pick<Observation, 'unit_code' | 'year' | 'indicator'>): string {
  return `${o.unit_code}\u0000${o.year}\u0000${o.indicator}`;
}

/** Rows by key; a duplicate key is an error, since it would make the diff ambiguous. */
export function byKey(rows: readonly Observation[]): Map<string, Observation> {
  const map = new Map<string, Observation>();
  for (const r of rows) {
    const k = observationKey(r);
    if (map.has(k)) throw new Error(`Dòng trùng lặp: ${r.unit_code} / ${r.year} / ${r.indicator}`);
    map.set(k, r);
  }
  return map;
}

export function changedFields(before: Observation, after: Observation): ComparedField[] {
  return COMPARED_FIELDS.filter((f) => before[f] !== after[f]);
}

export interface UploadDiff {
  preview: DiffPreview;
  /** The snapshot a commit would store. */
  merged: Observation[];
}

/**
 * A file without a rank (or band) column says nothing about ranks: the stored ones, with their
 * provenance, stay as they are. Only a file that has the column can change or clear them.
 */
function keepStored(before: Observation, row: Observation, keep: readonly KeptField[]): Observation {
  if (!keep.length) return row;
  const out = { ...row };
  if (keep.includes('rank')) Object.assign(out, { rank: before.rank, rank_of: before.rank_of, rank_source: before.rank_source });
  if (keep.includes('band')) out.band = before.band;
  return out;
}

/** Published figures a change would clear: a value, rank or band present before and empty after. */
function removalsOf(before: Observation, after: Observation): Removal[] {
  const out: Removal[] = [];
  for (const field of ['value', 'rank', 'band'] as const)
    if (before[field] != null && after[field] == null)
      out.push({ unit_code: after.unit_code, unit_name: after.unit_name, year: after.year, indicator: after.indicator, field, before: before[field] });
  return out;
}

export function diffUpload(
  indexId: string,
  baseVersionId: number | null,
  current: readonly Observation[],
  upload: readonly Observation[],
  keep: readonly KeptField[] = []
): UploadDiff {
  const cur = byKey(current);
  const next = new Map(cur);
  const units = new Map<string, UnitDiff>();
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  const removals: Removal[] = [];
  for (const [k, fileRow] of byKey(upload)) {
    const before = cur.get(k);
    const row = before ? keepStored(before, fileRow, keep) : fileRow;
    let u = units.get(row.unit_code);
    if (!u) {
      u = { unit_code: row.unit_code, unit_name: row.unit_name, added: [], changed: [], unchanged: 0 };
      units.set(row.unit_code, u);
    }
    if (!before) {
      u.added.push(row);
      added++;
    } else {
      const fields = changedFields(before, row);
      if (fields.length) {
        u.changed.push({ before, after: row, fields });
        changed++;
        for (const r of removalsOf(before, row)) removals.push(r);
      } else {
        u.unchanged++;
        unchanged++;
      }
    }
    next.set(k, row);
  }
  const sorted = [...units.values()].sort((a, b) => (a.unit_code < b.unit_code ? -1 : a.unit_code > b.unit_code ? 1 : 0));
  return {
    preview: {
      indexId,
      baseVersionId,
      added,
      changed,
      unchanged,
      carried: next.size - added - changed - unchanged,
      rowCount: next.size,
      units: sorted,
      removals
    },
    merged: [...next.values()]
  };
}

export interface SnapshotCounts {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
}

/** How a whole snapshot differs from another (used for rollbacks, which can remove rows). */
export function compareSnapshots(current: readonly Observation[], next: readonly Observation[]): SnapshotCounts {
  const cur = byKey(current);
  const counts: SnapshotCounts = { added: 0, changed: 0, unchanged: 0, removed: 0 };
  const seen = new Set<string>();
  for (const [k, row] of byKey(next)) {
    seen.add(k);
    const before = cur.get(k);
    if (!before) counts.added++;
    else if (changedFields(before, row).length) counts.changed++;
    else counts.unchanged++;
  }
  for (const k of cur.keys()) if (!seen.has(k)) counts.removed++;
  return counts;
}
