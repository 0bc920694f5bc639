// A writer killed with SIGKILL in the middle of commitVersion must leave the old version only,
// and a sound database the next process can open and write to.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/lib/server/auth/audit';
import { pciObservations, sortObservations, WORKBOOK } from './fixtures';
import { storeHarness } from './harness';

const h = storeHarness();
const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'crashChild.mjs');

function waitFor(child: ReturnType<typeof spawn>, marker: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(marker)) resolve();
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code, signal) => reject(new Error(`child exited early (${code ?? signal}): ${out}\n${err}`)));
  });
}

describe('crash during commit', () => {
  it('kill -9 mid-transaction leaves the previous version only, and integrity ok', async () => {
    const dir = h.dir();
    const seedRows = pciObservations(WORKBOOK, { to: 2013 });
    const before = h.open(dir);
    before.seedIfEmpty('pci', seedRows, 'VCCI 2006–2013');
    const key = before.currentVersionKey();
    before.close();

    const child = spawn(process.execPath, [CHILD, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_c, sig) => r(sig)));
    await waitFor(child, 'IN_TRANSACTION');

    // The child holds the write lock with its rows written but not committed: its spilled
    // pages are in the WAL (header 32 B + frames of 4 KiB), invisible to a reader.
    const wal = fs.statSync(path.join(dir, 'chiso.sqlite-wal')).size;
    expect(wal).toBeGreaterThan(32 + 10 * 4096);
    const reader = new Database(path.join(dir, 'chiso.sqlite'), { readonly: true });
    expect(reader.prepare('SELECT count(*) FROM versions').pluck().get()).toBe(1);
    reader.close();

    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const after = h.open(dir);
    expect(after.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(after.db.pragma('foreign_key_check')).toEqual([]);
    expect(after.listVersions().map((v) => [v.id, v.kind])).toEqual([[1, 'seed']]);
    expect(after.currentObservations()).toEqual(sortObservations(seedRows));
    expect(after.db.prepare('SELECT count(*) FROM observations').pluck().get()).toBe(seedRows.length);
    expect(listAudit(after)).toEqual([]);
    expect(after.currentVersionKey()).toBe(key);

    // No stale lock: the next commit goes through, and takes the id the dead one never got.
    const v = after.commitVersion({ indexId: 'pci', observations: pciObservations(WORKBOOK, { from: 2014 }), kind: 'upload', user: null });
    expect(v.id).toBe(2);
    expect(after.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
