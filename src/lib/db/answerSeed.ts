// Answers worked out once per data version on the server and handed to the browser's query cache, so the
// first change of index asks the browser's engine nothing: the same SQL, run by the same engine (duckdb-wasm)
// on the same table, recorded on the server (recordingDb) and carried as JSON, column by column.
import { questionKey, type Db, type Param } from './db';

/** One question and its rows, as a Db answered it. */
export interface Answer {
  sql: string;
  params: Param[];
  rows: Record<string, unknown>[];
}

/**
 * A question and its answer as it arrived: the rows are made (and checked) when first asked for, so taking
 * in the whole file costs the page's thread its JSON.parse only. Throws where the columns are malformed.
 */
export interface ArrivedAnswer {
  sql: string;
  params: Param[];
  rows(): Record<string, unknown>[];
}

/**
 * The wire form: one data version's answers, each as its column names and one array of values per column;
 * a column of few distinct strings (unit codes, names, indicators) as its strings once and an index per row
 * (-1: null), which makes the file about a third smaller and quicker to parse.
 */
export interface SeedJson {
  version: string;
  answers: { sql: string; params: Param[]; columns: string[]; values: (unknown[] | Dictionary)[] }[];
}
interface Dictionary {
  d: string[];
  i: number[];
}

function encodeColumn(values: unknown[]): unknown[] | Dictionary {
  if (!values.every((v) => v === null || typeof v === 'string')) return values;
  const d: string[] = [];
  const at = new Map<string, number>();
  const i = values.map((v) => {
    if (v === null) return -1;
    let k = at.get(v as string);
    if (k === undefined) at.set(v as string, (k = d.push(v as string) - 1));
    return k;
  });
  return d.length * 2 <= values.length ? { d, i } : values;
}

/** A column's values as sent, checked: plain cells, or a dictionary's indices into its strings. */
function decodeColumn(col: unknown): unknown[] | null {
  if (Array.isArray(col)) return col.every(isCell) ? col : null;
  const dict = col as Partial<Dictionary> | null;
  if (!dict || !Array.isArray(dict.d) || !Array.isArray(dict.i) || !dict.d.every((v) => typeof v === 'string')) return null;
  const n = dict.d.length;
  const out: unknown[] = new Array(dict.i.length);
  for (let r = 0; r < dict.i.length; r++) {
    const k = dict.i[r];
    if (!Number.isInteger(k) || k < -1 || k >= n) return null;
    out[r] = k === -1 ? null : dict.d[k];
  }
  return out;
}

/** A Db that keeps every read it answers (in asking order, each question once). */
export function recordingDb(inner: Db): { db: Db; answers: () => Answer[] } {
  const kept = new Map<string, Answer>();
  const db: Db = {
    async query<T>(sql: string, params: Param[] = []) {
      const rows = await inner.query<T>(sql, params);
      kept.set(questionKey(sql, params), { sql, params, rows: rows as Record<string, unknown>[] });
      return rows;
    },
    registerCsv: (name, text) => inner.registerCsv(name, text),
    base: inner
  };
  return { db, answers: () => [...kept.values()] };
}

export function encodeAnswers(version: string, answers: readonly Answer[]): SeedJson {
  return {
    version,
    answers: answers.map(({ sql, params, rows }) => {
      const columns = rows.length ? Object.keys(rows[0]) : [];
      return { sql, params, columns, values: columns.map((c) => encodeColumn(rows.map((r) => r[c] ?? null))) };
    })
  };
}

const isParam = (p: unknown) => p === null || ['string', 'number', 'boolean'].includes(typeof p);
const isCell = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

class SeedError extends Error {
  constructor(why: string) {
    super(`Bộ câu trả lời dựng sẵn không hợp lệ: ${why}`);
  }
}

/** One answer's rows from its columns, checked cell by cell. */
function rowsOf(columns: unknown, values: unknown, i: number): Record<string, unknown>[] {
  if (!Array.isArray(columns) || !Array.isArray(values) || columns.length !== values.length) throw new SeedError(`câu ${i + 1} có cột không khớp`);
  if (!columns.every((c) => typeof c === 'string')) throw new SeedError(`câu ${i + 1} có tên cột không phải chuỗi`);
  const cols = values.map(decodeColumn);
  const n = cols[0]?.length ?? 0;
  for (const col of cols) if (!col || col.length !== n) throw new SeedError(`câu ${i + 1} có cột lệch số dòng hoặc giá trị lạ`);
  const rows: Record<string, unknown>[] = new Array(n);
  for (let r = 0; r < n; r++) {
    const row: Record<string, unknown> = {};
    for (let j = 0; j < columns.length; j++) row[columns[j] as string] = cols[j]![r];
    rows[r] = row;
  }
  return rows;
}

/**
 * The answers of a seed. The file's shape and each question are checked now; each answer's cells when its
 * rows are first made (`rows()` throws then). Anything not of the shape encodeAnswers writes (another
 * version, a truncated or hostile body) throws, and the browser then simply asks its own engine.
 */
export function arrivedAnswers(json: unknown, version: string): ArrivedAnswer[] {
  if (!json || typeof json !== 'object') throw new SeedError('không phải một đối tượng JSON');
  const seed = json as Partial<SeedJson>;
  if (seed.version !== version) throw new SeedError(`của phiên bản dữ liệu khác (${String(seed.version)})`);
  if (!Array.isArray(seed.answers)) throw new SeedError('thiếu danh sách câu trả lời');
  return seed.answers.map((a, i) => {
    if (!a || typeof a.sql !== 'string' || !Array.isArray(a.params) || !a.params.every(isParam)) throw new SeedError(`câu ${i + 1} thiếu câu hỏi hoặc tham số`);
    return { sql: a.sql, params: a.params, rows: () => rowsOf(a.columns, a.values, i) };
  });
}
