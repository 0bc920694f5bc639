#!/usr/bin/env node
// Takes one backup of the store now, into the folder the schedule uses, and rotates.
// Safe while the server runs (SQLite's online backup). Usage: npm run backup [-- --data <dir>]
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { backupConfig, backupDatabase, defaultDataDir, rotateBackups, STORE_FILE } from '../src/lib/server/store/storeFiles.js';

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = values.data ? path.resolve(values.data) : defaultDataDir();
const cfg = backupConfig(process.env, dataDir);
const storeFile = path.join(dataDir, STORE_FILE);

let db;
try {
  db = new Database(storeFile, { readonly: true, fileMustExist: true });
} catch {
  console.error(`Không tìm thấy kho dữ liệu ${storeFile}. Đặt CHISO_DATA_DIR hoặc dùng --data <thư mục>.`);
  process.exit(1);
}
try {
  db.pragma('busy_timeout = 5000');
  const file = await backupDatabase(db, cfg.dir);
  const removed = rotateBackups(cfg.dir, cfg.keep);
  console.log(`Đã sao lưu vào ${file}` + (removed.length ? ` (xóa ${removed.length} bản cũ, giữ ${cfg.keep} bản mới nhất).` : '.'));
} catch (e) {
  console.error(`Sao lưu thất bại: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  db.close();
}
