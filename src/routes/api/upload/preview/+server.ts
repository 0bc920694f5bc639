// POST the file's bytes as the body: ?index=pci&year=2015&name=<file name>; optional header
// x-chiso-mapping: JSON of the user's column corrections. Answers the preview; writes nothing.
import { error, json } from '@sveltejs/kit';
import { allDefinitions, definitionOf } from '$lib/catalogue/definitions';
import { importCsv } from '$lib/import/importFile';
import { DEFAULT_MAX_BYTES } from '$lib/import/importFile';
import type { MappingOverrides } from '$lib/import/types';
import { appStore } from '$lib/server/app';
import { canUpload } from '$lib/server/auth/permissions';
import { displayFileName } from '$lib/server/uploads/displayFileName';
import { putPending } from '$lib/server/uploads/pendingUploads';
import { provinceNamesFor } from '$lib/server/uploads/provinceNamesWithAliases';
import { readLimited, TooLargeError } from '$lib/server/uploads/readLimited';
import { isXlsx, xlsxToCsv } from '$lib/server/uploads/xlsxToCsv';

function parseMapping(raw: string | null): MappingOverrides | undefined {
  if (!raw) return undefined;
  try {
    const m = JSON.parse(decodeURIComponent(raw)) as unknown;
    if (!m || typeof m !== 'object' || Array.isArray(m)) return undefined;
    return Object.fromEntries(
      Object.entries(m as Record<string, unknown>)
        .slice(0, 500)
        .map(([k, v]) => [k.slice(0, 200), typeof v === 'string' ? (v.slice(0, 100) as never) : null])
    );
  } catch {
    error(400, 'Phần sửa cột không hợp lệ.');
  }
}

export const POST = async ({ request, url, locals }) => {
  const indexId = url.searchParams.get('index') ?? '';
  const def = definitionOf(indexId);
  if (!def) error(400, `Không có chỉ số "${indexId.slice(0, 40)}".`);
  if (!canUpload(locals.user, def.id)) error(403, `Tài khoản này không được tải lên số liệu ${def.short}.`);
  // SvelteKit drops a body sent without a content type: say so rather than call the file empty.
  if (!request.headers.get('content-type')) error(400, 'Thiếu Content-Type: gửi tệp dưới dạng application/octet-stream hoặc text/csv.');
  const yearRaw = url.searchParams.get('year');
  const year = yearRaw && /^\d{4}$/.test(yearRaw) ? Number(yearRaw) : undefined;
  let bytes: Uint8Array;
  try {
    bytes = await readLimited(request.body, DEFAULT_MAX_BYTES);
  } catch (e) {
    if (e instanceof TooLargeError) error(413, e.message);
    throw e;
  }
  const store = await appStore();
  // An Excel workbook is read as the CSV Excel would have exported; the original bytes are what is kept.
  let table = bytes;
  if (isXlsx(bytes)) {
    const x = await xlsxToCsv(bytes);
    if (!x.ok) return json({ previewId: null, index: def.id, ok: false, issues: [{ severity: 'error', row: null, column: null, message: x.message }], rows: 0, diff: null, mapping: null });
    table = x.csv;
  }
  const result = importCsv(table, {
    definition: def,
    definitions: allDefinitions(),
    provinces: provinceNamesFor(store),
    year,
    mapping: parseMapping(request.headers.get('x-chiso-mapping')),
    now: new Date(),
    source: `Tải lên bởi ${locals.user!.username}`
  });
  const diff = result.ok ? store.diffAgainstCurrent(def.id, result.observations) : null;
  const p = result.ok
    ? putPending({
        userId: locals.user!.id,
        indexId: def.id,
        fileName: displayFileName(url.searchParams.get('name')),
        bytes,
        observations: result.observations,
        issues: result.issues,
        baseVersionId: diff?.baseVersionId ?? null
      })
    : null;
  return json({
    previewId: p?.id ?? null,
    index: def.id,
    ok: result.ok,
    issues: result.issues,
    encoding: result.encoding,
    delimiter: result.delimiter,
    layout: result.layout,
    mapping: result.mapping,
    rows: result.observations.length,
    diff: diff && {
      added: diff.added,
      changed: diff.changed,
      unchanged: diff.unchanged,
      units: diff.units
        .filter((u) => u.added.length || u.changed.length)
        .map((u) => ({
          unit_code: u.unit_code,
          unit_name: u.unit_name,
          added: u.added.map((o) => ({ year: o.year, indicator: o.indicator, value: o.value, rank: o.rank })),
          changed: u.changed.flatMap((c) =>
            c.fields
              .filter((f) => f !== 'rank_of')
              .map((field) => ({ year: c.after.year, indicator: c.after.indicator, field, before: c.before[field], after: c.after[field] }))
          ),
          unchanged: u.unchanged
        })),
      unchangedUnits: diff.units.filter((u) => !u.added.length && !u.changed.length).length
    }
  });
};
