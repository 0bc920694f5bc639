// An .xlsx upload becomes the CSV the import pipeline already reads, via read-excel-file
// (maintained, no native code). First sheet only; cells as text, numbers with a dot.
import { readSheet } from 'read-excel-file/node';
import { checkXlsx, MAX_XLSX_ROWS } from './xlsxGuard';

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && ZIP.every((b, i) => bytes[i] === b);
}

function cell(v: unknown): string {
  if (v == null) return '';
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export type XlsxResult = { ok: true; csv: Uint8Array } | { ok: false; message: string };

export async function xlsxToCsv(bytes: Uint8Array): Promise<XlsxResult> {
  // Sizes and the sheet's range are checked before anything is inflated (zip bombs).
  const guard = checkXlsx(bytes);
  if (!guard.ok) return guard;
  try {
    const rows = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (rows.length > MAX_XLSX_ROWS) return { ok: false, message: `Bảng tính có ${rows.length} dòng, vượt giới hạn ${MAX_XLSX_ROWS}.` };
    const text = rows.map((r) => r.map(cell).join(',')).join('\n');
    return { ok: true, csv: new TextEncoder().encode(text) };
  } catch (e) {
    return { ok: false, message: `Không đọc được tệp Excel (.xlsx): ${e instanceof Error ? e.message : String(e)}. Hãy lưu lại bằng Excel hoặc xuất ra CSV.` };
  }
}
