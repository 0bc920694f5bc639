// Reads the shipped data set (data/*.csv) from disk and builds the long table once per process.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SHIPPED_DEFINITIONS } from '../catalogue/definitions';
import { loadShipped, SHIPPED_FILES, type LoadResult, type ShippedFiles } from '../data/loadShipped';
import { observationsBundle } from '../data/observationsBundle';

/** Where the shipped CSVs are: `data/` of the checkout unless CHISO_SHIPPED_DIR says otherwise. */
export function shippedDir(): string {
  return process.env.CHISO_SHIPPED_DIR ?? path.resolve('data');
}

export function readShippedFiles(dir = shippedDir()): ShippedFiles {
  const files = {} as ShippedFiles;
  for (const f of SHIPPED_FILES) files[f] = readFileSync(path.join(dir, f), 'utf8');
  return files;
}

export interface Dataset extends LoadResult {
  /** The long table as the browser loads it (data/observationsBundle.ts). */
  bundle: string;
  /** Content hash of the bundle: the browser's cache key. */
  key: string;
}

export function buildDataset(files: ShippedFiles): Dataset {
  const result = loadShipped(files, SHIPPED_DEFINITIONS);
  const bundle = observationsBundle(result.observations);
  const key = createHash('sha256').update(bundle).digest('hex').slice(0, 16);
  return { ...result, bundle, key };
}
