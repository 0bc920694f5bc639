// Year cells and titles: "2015", "2015.0", "Năm 2015", "PCI 2015".

/** The year in a cell, or null. The cell must be the year, maybe after a short word ("Năm 2015"). */
export function parseYear(raw: string): number | null {
  const m = /^\D{0,12}?((?:19|20)\d{2})(?:[.,]0+)?$/.exec(raw.trim());
  return m ? Number(m[1]) : null;
}

const DATE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/g;
// No lookbehind: older Safari cannot parse it, and this module loads in the browser.
const YEAR = /(?:^|\D)((?:19|20)\d{2})(?!\d)/g;

/**
 * The year an Excel title names ("BẢNG XẾP HẠNG PCI NĂM 2015"), or null when none or several differ.
 * Dates ("Hà Nội, 20/3/2016") are publication dates, not the index year, so they are skipped.
 */
export function yearInText(lines: string[]): number | null {
  const found = new Set<number>();
  for (const line of lines) for (const m of line.replace(DATE, ' ').matchAll(YEAR)) found.add(Number(m[1]));
  return found.size === 1 ? [...found][0] : null;
}
