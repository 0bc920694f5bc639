// Child process for crash.test.ts: runs the REAL commitVersion (the TypeScript store, loaded
// through Vite's module runner, so there is no second copy of the schema or the commit SQL),
// and blocks forever inside the transaction, after all writes and before COMMIT. The parent
// then kill -9s it. Usage: node crashChild.mjs <dataDir>
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const load = async (file) => (await runnerImport(path.join(root, file), { root, configFile: false, logLevel: 'silent' })).module;

const { openStore } = await load('src/lib/server/store/openStore.ts');
const { pciObservations, workbookExcerpt } = await load('tests/unit/store/fixtures.ts');

const store = openStore(process.argv[2]);
// A tiny page cache makes SQLite spill the uncommitted pages into the WAL file before COMMIT,
// so the crash leaves real, uncommitted frames behind for recovery to discard.
store.db.pragma('cache_size = 8');
store.commitVersion({
  indexId: 'pci',
  observations: pciObservations(undefined, { from: 2014 }),
  kind: 'upload',
  user: null,
  fileName: 'PCI_2014-2015.csv',
  fileBytes: workbookExcerpt(2014, 2015),
  beforeCommit() {
    fs.writeSync(1, 'IN_TRANSACTION\n'); // synchronous: the parent must see it before we block
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); // block until killed
  }
});
fs.writeSync(1, 'COMMITTED\n'); // never reached
