// Reading and rewriting the data file the browser loads (src/lib/data/observationsBundle.ts) in tests:
// its three CSVs as text, and the long table they join into.
import Papa from 'papaparse';
import { joinBundle, splitBundle, type BundleParts } from '../../src/lib/data/observationsBundle';

export function bundleParts(text: string): BundleParts {
  const p = splitBundle(new TextEncoder().encode(text));
  const d = (b: Uint8Array) => new TextDecoder().decode(b);
  return { units: d(p.units), sources: d(p.sources), rows: d(p.rows) };
}

/** The file with one part rewritten (the lengths in its first line follow). */
export function rewriteBundle(text: string, part: keyof BundleParts, edit: (csv: string) => string): string {
  const p = bundleParts(text);
  return joinBundle({ ...p, [part]: edit(p[part]) });
}

/** The long table as the browser's DuckDB makes it, every cell as text ('' for none). */
export function bundleTable(text: string): Record<string, string>[] {
  const p = bundleParts(text);
  const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const units = new Map(parse(p.units).map((u) => [u.id, u]));
  const sources = new Map(parse(p.sources).map((s) => [s.id, s.source]));
  return parse(p.rows).map(({ unit, source, ...r }) => {
    const u = units.get(unit)!;
    return { unit_code: u.unit_code, unit_name: u.unit_name, unit_group: u.unit_group, ...r, source: sources.get(source) ?? '' };
  });
}
