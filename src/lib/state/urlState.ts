// URL state, parsed like OWID's grapher: each parameter is valid, invalid (with a reason) or missing,
// so a shared link with a stale year still opens on something sensible.

export type Parsed<T> = { status: 'valid'; value: T } | { status: 'invalid'; reason: string } | { status: 'missing' };

export function parseYear(raw: string | null, years: readonly number[]): Parsed<number> {
  if (raw == null || raw === '') return { status: 'missing' };
  if (!/^\d{4}$/.test(raw)) return { status: 'invalid', reason: `"${raw}" không phải là năm` };
  const y = Number(raw);
  if (!years.includes(y)) return { status: 'invalid', reason: `Không có số liệu năm ${y}` };
  return { status: 'valid', value: y };
}

/** The year to show: the valid one asked for, else the latest with data. */
export function chooseYear(parsed: Parsed<number>, years: readonly number[]): number | null {
  if (parsed.status === 'valid') return parsed.value;
  return years.length ? years[years.length - 1] : null;
}

export const INDEX_PARAM = 'chiso';
export const YEAR_PARAM = 'nam';
export const SELECTED_PARAM = 'chon';
