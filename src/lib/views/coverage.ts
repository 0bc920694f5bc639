// A median of 11 provinces is not a national median: national references need 90% of the ranked units.
export function isNationalCoverage(n: number, rankedUnits: number): boolean {
  return n >= Math.ceil(rankedUnits * 0.9);
}
