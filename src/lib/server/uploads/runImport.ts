// Runs parseUpload in a worker thread with a time and memory budget, so one editor's file (an .xlsx
// of 250,000 rows, a zip bomb, a megabyte "province name") never stalls the pages everyone else loads.
// At most two parse at once on this 2-core machine; the rest wait their turn.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseUpload, type UploadJob, type UploadParsed } from './parseUpload';

export const WORKER_FILE = 'import-worker.mjs';

export interface RunLimits {
  timeoutMs: number;
  maxOldGenerationMb: number;
  concurrency: number;
  /** The bundled worker; found next to the server build when not given. */
  workerFile?: string | null;
}

export const DEFAULT_RUN_LIMITS: RunLimits = { timeoutMs: 30_000, maxOldGenerationMb: 768, concurrency: 2 };

export type RunResult = { ok: true; out: UploadParsed } | { ok: false; message: string };

/**
 * build/import-worker.mjs, from wherever the server chunk that imports this module sits
 * (build/server/chunks/entries/endpoints/api/upload/preview/…): the nearest one up the tree.
 */
export function findWorkerFile(): string | null {
  if (process.env.CHISO_IMPORT_WORKER) return process.env.CHISO_IMPORT_WORKER;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const f = path.join(dir, WORKER_FILE);
    if (existsSync(f)) return f;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

let running = 0;
const waiting: (() => void)[] = [];

async function slot(concurrency: number): Promise<() => void> {
  if (running >= concurrency) await new Promise<void>((r) => waiting.push(r));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

const s = (ms: number) => new Intl.NumberFormat('vi-VN').format(Math.round(ms / 1000));

export async function runImport(job: UploadJob, limits: Partial<RunLimits> = {}): Promise<RunResult> {
  const l = { ...DEFAULT_RUN_LIMITS, ...limits };
  const file = l.workerFile === undefined ? findWorkerFile() : l.workerFile;
  if (!file) {
    // `vite dev` has no bundled worker: parse in process there, never in a production build.
    if (import.meta.env?.DEV) return { ok: true, out: await parseUpload(job) };
    return { ok: false, message: 'Máy chủ thiếu bộ đọc tệp (import-worker.mjs): hãy chạy lại "npm run build".' };
  }
  const release = await slot(l.concurrency);
  try {
    return await new Promise<RunResult>((resolve) => {
      const worker = new Worker(file, {
        workerData: job,
        resourceLimits: { maxOldGenerationSizeMb: l.maxOldGenerationMb, maxYoungGenerationSizeMb: 64 },
        stdout: false,
        stderr: false
      });
      let settled = false;
      const done = (r: RunResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        resolve(r);
      };
      const timer = setTimeout(
        () => done({ ok: false, message: `Đọc tệp quá ${s(l.timeoutMs)} giây nên đã dừng: tệp quá lớn hoặc bất thường. Hãy tách tệp theo năm hoặc xuất ra CSV.` }),
        l.timeoutMs
      );
      worker.once('message', (m: RunResult) => done(m.ok ? m : { ok: false, message: `Không đọc được tệp: ${m.message}` }));
      worker.once('error', (e: Error & { code?: string }) =>
        done({
          ok: false,
          message:
            e.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? 'Đọc tệp cần quá nhiều bộ nhớ nên đã dừng: tệp quá lớn hoặc bất thường. Hãy tách tệp theo năm hoặc xuất ra CSV.'
              : `Không đọc được tệp: ${e.message}`
        })
      );
      worker.once('exit', (code) => done({ ok: false, message: `Bộ đọc tệp dừng bất thường (mã ${code}): hãy thử lại.` }));
    });
  } finally {
    release();
  }
}
