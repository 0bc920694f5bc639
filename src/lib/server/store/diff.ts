// Pure comparison of snapshots. An upload is merged onto the current snapshot: its rows
// replace rows with the same key (unit_code + year + indicator), rows it does not mention are
// carried over. So "PCI 2024.xlsx" adds a year without wiping 2006–2023.
import type { Observation } from '../../data/observation';
import { COMPARED_FIELDS, type ComparedField, type DiffPreview, type UnitDiff } from './types';

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

export function diffUpload(
  indexId: string,
  baseVersionId: number | null,
  current: readonly Observation[],
  upload: readonly Observation[]
): UploadDiff {
  const cur = byKey(current);
  const next = new Map(cur);
  const units = new Map<string, UnitDiff>();
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const [k, row] of byKey(upload)) {
    let u = units.get(row.unit_code);
    if (!u) {
      u = { unit_code: row.unit_code, unit_name: row.unit_name, added: [], changed: [], unchanged: 0 };
      units.set(row.unit_code, u);
    }
    const before = cur.get(k);
    if (!before) {
      u.added.push(row);
      added++;
    } else {
      const fields = changedFields(before, row);
      if (fields.length) {
        u.changed.push({ before, after: row, fields });
        changed++;
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
      units: sorted
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
