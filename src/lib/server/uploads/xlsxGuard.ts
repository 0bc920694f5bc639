// Looks inside an .xlsx before anything inflates it (issue 13): a 52 KB zip can unzip to 50 MB, and a
// 1 MB one can hold 250,000 rows. The zip's central directory states each part's size; the sheet's
// <dimension> element, in its first bytes, states its range. Both are read without unzipping the rest.
// They can lie: the worker's time and memory limits are the second line.
import zlib from 'node:zlib';

export const MAX_XLSX_UNZIPPED = 40 * 1024 * 1024;
/** Real workbooks compress 5–30×; a part squeezed far more is built to explode. */
const MAX_RATIO = 200;
export const MAX_XLSX_ROWS = 200_000;
export const MAX_XLSX_CELLS = 4_000_000;

export type GuardVerdict = { ok: true } | { ok: false; message: string };

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

const fmt = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(n);
const refuse = (message: string): GuardVerdict => ({ ok: false, message });

export function checkXlsx(bytes: Uint8Array): GuardVerdict {
  const entries = centralDirectory(bytes);
  if (!entries) return refuse('Không đọc được tệp Excel (.xlsx): tệp nén bị hỏng hoặc không đầy đủ. Hãy lưu lại bằng Excel hoặc xuất ra CSV.');
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size > 1024 * 1024 && e.size > e.compressed * MAX_RATIO)
      return refuse(`Tệp Excel có phần "${e.name.slice(0, 80)}" giải nén ra ${fmt(e.size / 1048576)} MB từ ${fmt(e.compressed / 1024)} KB: tệp bất thường, không đọc. Hãy xuất ra CSV.`);
  }
  if (total > MAX_XLSX_UNZIPPED)
    return refuse(`Tệp Excel giải nén ra ${fmt(total / 1048576)} MB, vượt giới hạn ${fmt(MAX_XLSX_UNZIPPED / 1048576)} MB. Hãy tách tệp theo năm hoặc xuất ra CSV.`);
  const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml');
  const dim = sheet ? dimension(bytes, sheet) : null;
  if (dim) {
    if (dim.rows > MAX_XLSX_ROWS)
      return refuse(`Bảng tính có ${fmt(dim.rows)} dòng, vượt giới hạn ${fmt(MAX_XLSX_ROWS)} dòng. Hãy tách tệp theo năm.`);
    if (dim.rows * dim.cols > MAX_XLSX_CELLS)
      return refuse(`Bảng tính có ${fmt(dim.rows)} dòng × ${fmt(dim.cols)} cột, vượt giới hạn ${fmt(MAX_XLSX_CELLS)} ô. Hãy xoá các cột thừa hoặc tách tệp.`);
  }
  return { ok: true };
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;

/** Entries of the zip's central directory, or null when there is none to trust (also for zip64). */
function centralDirectory(b: Uint8Array): Entry[] | null {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--)
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return null;
  const count = u16(b, eocd + 10);
  let at = u32(b, eocd + 16);
  if (count === 0xffff || at === 0xffffffff) return null;
  const out: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) return null;
    const nameLen = u16(b, at + 28);
    const entry: Entry = {
      method: u16(b, at + 10),
      compressed: u32(b, at + 20),
      size: u32(b, at + 24),
      localOffset: u32(b, at + 42),
      name: new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLen))
    };
    if (entry.size === 0xffffffff || entry.compressed === 0xffffffff) return null;
    out.push(entry);
    at += 46 + nameLen + u16(b, at + 30) + u16(b, at + 32);
  }
  return out;
}

/** The sheet's stated range, from its first few kilobytes only. */
function dimension(b: Uint8Array, e: Entry): { rows: number; cols: number } | null {
  const h = e.localOffset;
  if (h + 30 > b.length || u32(b, h) !== 0x04034b50) return null;
  const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
  const data = b.subarray(start, Math.min(b.length, start + Math.min(e.compressed, 8192)));
  let head: string;
  try {
    const raw = e.method === 0 ? data : zlib.inflateRawSync(data, { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 });
    head = Buffer.from(raw).toString('utf8', 0, 4096);
  } catch {
    return null;
  }
  const m = /<dimension[^>]*\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/.exec(head);
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  const [c1, r1, c2, r2] = [col(m[1]), Number(m[2]), col(m[3] ?? m[1]), Number(m[4] ?? m[2])];
  return { rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}
