// Reads the shipped data set (data/*.csv) from disk and builds the long table once per process.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SHIPPED_DEFINITIONS } from '../catalogue/definitions';
import { loadShipped, SHIPPED_FILES, type LoadResult, type ShippedFiles } from '../data/loadShipped';

/** Where the shipped CSVs are: `data/` of the checkout unless CHISO_SHIPPED_DIR says otherwise. */
export function shippedDir(): string {
  return process.env.CHISO_SHIPPED_DIR ?? path.resolve('data');
}

export function readShippedFiles(dir = shippedDir()): ShippedFiles {
  const files = {} as ShippedFiles;
  for (const f of SHIPPED_FILES) files[f] = readFileSync(path.join(dir, f), 'utf8');
  return files;
}

export type Dataset = LoadResult;

export function buildDataset(files: ShippedFiles): Dataset {
  return loadShipped(files, SHIPPED_DEFINITIONS);
}
