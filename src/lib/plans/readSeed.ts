// Node-only (tests, build scripts): reads a seed plan text. The project ships its own copy in
// data/plans/seeds/; the shared checkout (../shared/seeds/) is the fallback it was copied from.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function seedPath(file: string, cwd: string = process.cwd()): string {
  const candidates = [path.resolve(cwd, 'data/plans/seeds', file), path.resolve(cwd, '../shared/seeds', file)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`Seed file not found: ${file} (looked in ${candidates.join(', ')})`);
  return found;
}

export function readSeed(file: string, cwd?: string): string {
  return readFileSync(seedPath(file, cwd), 'utf8');
}
