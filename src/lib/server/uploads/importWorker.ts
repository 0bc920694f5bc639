// Worker-thread entry: parses one upload (workerData) and posts the result. Bundled on its own by
// scripts/build-import-worker.mjs next to the server build; started by runImport.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { parseUpload, type UploadJob } from './parseUpload';

parseUpload(workerData as UploadJob).then(
  (out) => parentPort!.postMessage({ ok: true, out }),
  (e: unknown) => parentPort!.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) })
);
