// Per-test temp data dirs and stores, closed and deleted after each test.
import fs from 'node:fs';
import { afterEach } from 'vitest';
import { openStore, type OpenOptions } from '../../../src/lib/server/store/openStore';
import type { Store } from '../../../src/lib/server/store/types';
import { tempDir } from './fixtures';

export function storeHarness() {
  const stores: Store[] = [];
  const dirs: string[] = [];
  afterEach(() => {
    for (const s of stores.splice(0)) if (s.db.open) s.close();
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  const dir = (): string => {
    const d = tempDir();
    dirs.push(d);
    return d;
  };
  const open = (dataDir: string = dir(), opts?: OpenOptions): Store => {
    const s = openStore(dataDir, opts);
    stores.push(s);
    return s;
  };
  return { dir, open };
}
