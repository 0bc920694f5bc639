// The two eras of provincial units. Figures for 2025 and later name the 34 units of the merger
// (Nghị quyết 202/2025/QH15, in force 01/07/2025); earlier figures name the 63 old provinces.
// Kept free of data imports so the catalogue can use it.

/** First year whose figures are published on the 34 new units (DTI 2024 was too: see dti.json). */
export const NEW_ERA_FROM = 2025;

/** How many provincial units a province-level index can rank from the merger on. */
export const NEW_ERA_UNITS = 34;

export type Era = 'old' | 'new';

export function eraOfYear(year: number): Era {
  return year >= NEW_ERA_FROM ? 'new' : 'old';
}

/** Codes of the new units: "n:" + slug, so they never collide with the old GSO 2-digit codes. */
export const NEW_CODE_PREFIX = 'n:';

export function isNewUnitCode(code: string): boolean {
  return code.startsWith(NEW_CODE_PREFIX);
}
