// The regions file's text alone (data/regions_6.csv), for DuckDB's reference table: the browser's DuckDB
// loads it without the CSV parser that regions.ts uses for the app's own lookups.
import regionsCsv from '../../../data/regions_6.csv?raw';

export const REGIONS_CSV: string = regionsCsv;
