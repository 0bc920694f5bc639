// POST the file's bytes as the body: ?index=pci&year=2015&name=<file name>; optional headers
// x-chiso-mapping: JSON of the user's column corrections; x-chiso-aliases: JSON {name: province code}
// of unknown names the user mapped (used for this file, stored only with its commit).
// Answers the preview; writes nothing. Parsing runs in a worker thread (runImport).
import { error, json } from '@sveltejs/kit';
import { allDefinitions, definitionOf } from '$lib/catalogue/definitions';
import { checkCoverage } from '$lib/import/checks/coverage';
import { DEFAULT_MAX_BYTES } from '$lib/import/importFile';
import { issue } from '$lib/import/messages';
import type { MappingOverrides } from '$lib/import/types';
import { appStore } from '$lib/server/app';
import { canUpload, mayUploadAny } from '$lib/server/auth/permissions';
import type { UploadAlias } from '$lib/server/store/types';
import { displayFileName } from '$lib/server/uploads/displayFileName';
import { pendingUploadsFor } from '$lib/server/uploads/pendingUploads';
import { aliasKeysInForce, provinceRegistry, shippedProvinceRecords } from '$lib/server/uploads/provinceNamesWithAliases';
import { readLimited, TooLargeError } from '$lib/server/uploads/readLimited';
import { runImport } from '$lib/server/uploads/runImport';
import { MAX_UNIT_NAME } from '$lib/import/suggestUnits';

/** Past the 20 MB limit the body is still read (and dropped) up to here, so the browser gets the answer. */
const DRAIN_UP_TO = 64 * 1024 * 1024;

function headerJson(raw: string | null, what: string): Record<string, unknown> | undefined {
  if (!raw) return undefined;
  try {
    const m = JSON.parse(decodeURIComponent(raw)) as unknown;
    if (!m || typeof m !== 'object' || Array.isArray(m)) return undefined;
    return Object.fromEntries(Object.entries(m as Record<string, unknown>).slice(0, 500));
  } catch {
    error(400, `${what} không hợp lệ.`);
  }
}

function parseMapping(raw: string | null): MappingOverrides | undefined {
  const m = headerJson(raw, 'Phần sửa cột');
  return m && Object.fromEntries(Object.entries(m).map(([k, v]) => [k.slice(0, 200), typeof v === 'string' ? (v.slice(0, 100) as never) : null]));
}

function parseAliases(raw: string | null): UploadAlias[] {
  const m = headerJson(raw, 'Tên gọi khác');
  return Object.entries(m ?? {})
    .filter(([name, code]) => name.trim() && name.length <= MAX_UNIT_NAME && typeof code === 'string' && /^\d{2}$/.test(code))
    .map(([name, code]) => ({ name, unitCode: code as string }));
}

export const POST = async ({ request, url, locals }) => {
  if (!mayUploadAny(locals.user)) error(403, 'Tài khoản này không được tải lên số liệu.');
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
    bytes = await readLimited(request.body, DEFAULT_MAX_BYTES, DRAIN_UP_TO);
  } catch (e) {
    if (e instanceof TooLargeError) error(413, e.message);
    throw e;
  }
  const store = await appStore();
  const aliases = def.unitLevel === 'province' ? parseAliases(request.headers.get('x-chiso-aliases')) : [];
  const run = await runImport({
    bytes,
    indexId: def.id,
    definitions: allDefinitions(),
    provinceRecords: shippedProvinceRecords(),
    storedAliases: aliasKeysInForce(store),
    uploadAliases: aliases,
    year,
    mapping: parseMapping(request.headers.get('x-chiso-mapping')),
    now: Date.now(),
    source: `Tải lên bởi ${locals.user!.username}`
  });
  if (!run.ok) {
    return json({ previewId: null, index: def.id, ok: false, issues: [issue('error', null, null, run.message)], rows: 0, diff: null, mapping: null, removals: [] });
  }
  const { result, keep } = run.out;
  if (result.ok) {
    const current = store.currentObservations(def.id);
    for (const i of checkCoverage(result.observations, current, def, def.unitLevel === 'province' ? provinceRegistry() : null)) result.issues.push(i);
  }
  const diff = result.ok ? store.diffAgainstCurrent(def.id, result.observations, keep) : null;
  let previewId: string | null = null;
  if (result.ok) {
    const p = pendingUploadsFor(store).put({
      userId: locals.user!.id,
      indexId: def.id,
      fileName: displayFileName(url.searchParams.get('name')),
      bytes,
      observations: result.observations,
      issues: result.issues,
      baseVersionId: diff?.baseVersionId ?? null,
      keep,
      aliases: run.out.aliases
    });
    if (!p.ok) error(503, p.message);
    previewId = p.entry.id;
  }
  return json({
    previewId,
    index: def.id,
    ok: result.ok,
    issues: result.issues,
    encoding: result.encoding,
    delimiter: result.delimiter,
    layout: result.layout,
    mapping: result.mapping,
    rows: result.observations.length,
    keep,
    aliases: run.out.aliases,
    removals: diff?.removals ?? [],
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
