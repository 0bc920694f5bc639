// One upload's heavy work, from bytes to observations: .xlsx → CSV, decoding, parsing, mapping and
// checks. Plain data in and out, so it runs in a worker thread (runImport.ts), never on the request loop.
import type { IndexDefinition } from '../../catalogue/types';
import { importCsv } from '../../import/importFile';
import { issue } from '../../import/messages';
import type { ImportResult, MappingOverrides } from '../../import/types';
import { ProvinceNames, type ProvinceRecord } from '../../units/provinceNames';
import type { KeptField, UploadAlias } from '../store/types';
import { isXlsx, xlsxToCsv } from './xlsxToCsv';

export interface UploadJob {
  bytes: Uint8Array;
  indexId: string;
  definitions: IndexDefinition[];
  provinceRecords: ProvinceRecord[];
  /** Aliases in force (admins' and current versions'), as resolver keys. */
  storedAliases: { aliasKey: string; unitCode: string }[];
  /** Names this upload maps to provinces ("Ghi nhớ và đọc lại"): used for this file, stored only with its commit. */
  uploadAliases: UploadAlias[];
  year?: number;
  mapping?: MappingOverrides;
  /** ms since epoch (a Date does not cross to a worker as one). */
  now: number;
  source: string;
}

export interface UploadParsed {
  result: ImportResult;
  /** Fields the file has no column for: a commit keeps the stored ones. */
  keep: KeptField[];
  /** The upload's aliases that map a name not already known: what its commit stores. */
  aliases: UploadAlias[];
}

export function provinceNamesOf(records: ProvinceRecord[], stored: UploadJob['storedAliases']): ProvinceNames {
  const names = new ProvinceNames(records);
  for (const a of stored) {
    try {
      names.addAliasKey(a.aliasKey, a.unitCode);
    } catch {
      /* an alias for a unit that is not a province (DDCI units resolve by name) */
    }
  }
  return names;
}

const failed = (message: string): ImportResult => ({
  ok: false,
  observations: [],
  issues: [issue('error', null, null, message)],
  encoding: null,
  delimiter: null,
  layout: null,
  mapping: null
});

export async function parseUpload(job: UploadJob): Promise<UploadParsed> {
  const def = job.definitions.find((d) => d.id === job.indexId);
  if (!def) return { result: failed(`Không có chỉ số "${job.indexId}".`), keep: [], aliases: [] };
  const provinces = provinceNamesOf(job.provinceRecords, job.storedAliases);
  const aliases: UploadAlias[] = [];
  for (const a of job.uploadAliases) {
    const known = provinces.resolve(a.name);
    if (known === a.unitCode) continue;
    if (known != null) {
      const other = provinces.record(known)?.nameVi ?? known;
      return { result: failed(`"${a.name}" đã là tên của ${other}: không thể gán cho tỉnh khác.`), keep: [], aliases: [] };
    }
    try {
      provinces.addAlias(a.name, a.unitCode);
      aliases.push(a);
    } catch (e) {
      return { result: failed(e instanceof Error ? e.message : String(e)), keep: [], aliases: [] };
    }
  }
  let table = job.bytes;
  // An Excel workbook is read as the CSV Excel would have exported; the original bytes are what is kept.
  if (isXlsx(job.bytes)) {
    const x = await xlsxToCsv(job.bytes);
    if (!x.ok) return { result: failed(x.message), keep: [], aliases: [] };
    table = x.csv;
  }
  const result = importCsv(table, {
    definition: def,
    definitions: job.definitions,
    provinces,
    year: job.year,
    mapping: job.mapping,
    now: new Date(job.now),
    source: job.source
  });
  const has = (f: string) => result.mapping?.columns.some((c) => c.field === f) ?? false;
  const keep: KeptField[] = result.mapping ? (['rank', 'band'] as const).filter((f) => !has(f)) : [];
  // Only aliases the file actually uses are worth keeping.
  const used = new Set(result.observations.map((o) => o.unit_code));
  return { result, keep, aliases: aliases.filter((a) => used.has(a.unitCode)) };
}
