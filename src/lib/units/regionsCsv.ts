// The regions file's text (data/regions_6.csv), bundled with the app: regions.ts reads it.
import regionsCsv from '../../../data/regions_6.csv?raw';

export const REGIONS_CSV: string = regionsCsv;
