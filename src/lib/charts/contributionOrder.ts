// The waterfall's order: largest rise first, largest fall last, so it reads top-down as "what pushed,
// what pulled" (the unit page and its slide).
export function contributionOrder<T extends { code: string; contribution: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((x, y) => y.contribution - x.contribution || x.code.localeCompare(y.code));
}
