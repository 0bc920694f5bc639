// Which charts show their "Bảng số liệu" table, kept in the URL (?bang=xep-hang,xu-huong) so a shared link opens the same way.
export const TABLES_PARAM = 'bang';

export function openTables(raw: string | null): Set<string> {
  return new Set((raw ?? '').split(',').map((s) => s.trim()).filter((s) => /^[a-z0-9-]{1,40}$/.test(s)));
}

/** The parameter's new value after opening or closing one chart's table; null when none is open. */
export function withTable(raw: string | null, key: string, open: boolean): string | null {
  const set = openTables(raw);
  if (open) set.add(key);
  else set.delete(key);
  return set.size ? [...set].sort().join(',') : null;
}
