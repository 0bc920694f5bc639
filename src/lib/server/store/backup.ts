// Online backups of the store on a schedule, with rotation. The file work lives in storeFiles.js,
// shared with `npm run backup` and `npm run restore`.
import type Database from 'better-sqlite3';
import { backupDatabase, backupTime, listBackups, rotateBackups, type BackupConfig } from './storeFiles.js';

export { backupConfig, rotateBackups, type BackupConfig } from './storeFiles.js';

/** Writes dir/chiso-YYYYMMDD-HHMMSS.sqlite while the server keeps serving; returns its path. */
export function backupStore(db: Database.Database, dir: string, now: Date = new Date()): Promise<string> {
  return backupDatabase(db, dir, now);
}

export interface ScheduleOptions {
  now?: () => Date;
  log?: (message: string) => void;
}

// setTimeout fires at once for delays above 2^31-1 ms (about 24.8 days).
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Backs up every `everyMs` and keeps the newest `keep`. The first backup is due `everyMs` after
 * the newest one already in `dir` (at once when there is none), so a server restarted more often
 * than the interval still backs up. Failures are logged, never thrown: a full disk must not stop
 * the server. Returns a function that stops the schedule.
 */
export function startBackupSchedule(db: Database.Database, cfg: BackupConfig, opts: ScheduleOptions = {}): () => void {
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? ((m: string) => console.error(m));
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = cfg.everyMs <= 0;

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(run, Math.min(MAX_DELAY, Math.max(0, delay)));
    timer.unref();
  };
  async function run() {
    if (stopped || !db.open) return;
    try {
      await backupDatabase(db, cfg.dir, now());
      rotateBackups(cfg.dir, cfg.keep);
    } catch (e) {
      log(`chiso: sao lưu vào ${cfg.dir} thất bại: ${e instanceof Error ? e.message : String(e)}`);
    }
    schedule(cfg.everyMs);
  }

  let newest: Date | null | undefined;
  try {
    newest = listBackups(cfg.dir).map(backupTime).at(-1);
  } catch {
    newest = null; // an unreadable folder: the first run says why
  }
  schedule(newest ? newest.getTime() + cfg.everyMs - now().getTime() : 0);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
