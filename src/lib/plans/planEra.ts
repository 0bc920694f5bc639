// Which unit era a plan belongs to. A plan issued from 1/7/2025 (Nghị quyết 202/2025/QH15) is written for
// the 34 provinces and their communes; an earlier one keeps its 63-province units and its huyện. The date
// comes from the plan's own date line ("ngày 15 tháng 3 năm 2026", "15/3/2026"); without one, a plan whose
// period starts in 2026 or later is new-era, and one starting in 2025 or earlier is taken as old-era
// (most 2025 plans were issued before July).
import type { Era } from '../units/era';

/** The day the 34 units came into force. */
export const NEW_UNITS_FROM = { year: 2025, month: 7, day: 1 };

export interface PlanDate {
  year: number;
  month: number;
  day: number;
}

const valid = (d: PlanDate) => d.year >= 1990 && d.year <= 2100 && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31;

/** The date written in a plan's date line, or null when it has none (a blank "ngày / /2026" has none). */
export function planDate(text: string): PlanDate | null {
  const t = (text ?? '').normalize('NFC').slice(0, 300);
  const words = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(t);
  const slashes = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/.exec(t);
  const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(t);
  const d = words
    ? { day: +words[1], month: +words[2], year: +words[3] }
    : slashes
      ? { day: +slashes[1], month: +slashes[2], year: +slashes[3] }
      : iso
        ? { year: +iso[1], month: +iso[2], day: +iso[3] }
        : null;
  return d && valid(d) ? d : null;
}

/** ISO date ("2026-03-15") of a plan date. */
export const isoDate = (d: PlanDate): string => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

export function planEra(dateText: string, periodFrom: number): Era {
  const d = planDate(dateText);
  if (d) return isoDate(d) >= isoDate(NEW_UNITS_FROM) ? 'new' : 'old';
  return periodFrom >= NEW_UNITS_FROM.year + 1 ? 'new' : 'old';
}
