#!/usr/bin/env node
// Puts a backup back in place of the store. Stop the server first.
// Usage: npm run restore -- <backup-file> [--data <dir>]
// The backup must be a sound chiso store (integrity_check "ok", with its versions and
// schema_version tables), else nothing is touched. The current store is kept beside it as
// chiso.sqlite.before-restore-<UTC time> (with its -wal, so its last commits open with it) and is
// never deleted.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { defaultDataDir, stamp, STORE_FILE } from '../src/lib/server/store/storeFiles.js';

const USAGE = 'Cách dùng: npm run restore -- <tệp sao lưu> [--data <thư mục dữ liệu>]';

/** @param {string} message */
function fail(message) {
  console.error(message);
  process.exit(1);
}

/** Why `file` is not a chiso store, or null when it is one. @param {string} file */
function problemWith(file) {
  let db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') return `kiểm tra toàn vẹn báo lỗi: ${check}`;
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all());
    const missing = ['versions', 'schema_version'].filter((t) => !tables.has(t));
    if (missing.length) return `thiếu bảng ${missing.join(', ')}`;
    return null;
  } catch (e) {
    const code = /** @type {{ code?: string }} */ (e).code;
    const message = e instanceof Error ? e.message : String(e);
    if (code === 'SQLITE_NOTADB') return `không phải tệp SQLite: ${message}`;
    if (code?.startsWith('SQLITE_CORRUPT')) return `tệp bị hỏng: ${message}`;
    return message;
  } finally {
    db?.close();
  }
}

let parsed;
try {
  parsed = parseArgs({ options: { data: { type: 'string' } }, allowPositionals: true });
} catch (e) {
  fail(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
}
const [source] = parsed.positionals;
if (!source || parsed.positionals.length > 1) fail(USAGE);
const backup = path.resolve(source);
if (!fs.existsSync(backup) || !fs.statSync(backup).isFile()) fail(`Không tìm thấy tệp sao lưu ${backup}.\n${USAGE}`);

const dataDir = parsed.values.data ? path.resolve(parsed.values.data) : defaultDataDir();
const store = path.join(dataDir, STORE_FILE);
const when = stamp(new Date());
fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });

// Check a private copy, then move that very copy into place: what was checked is what is restored.
const staged = `${store}.restoring-${when}`;
fs.copyFileSync(backup, staged);
fs.chmodSync(staged, 0o600);
const problem = problemWith(staged);
if (problem) {
  for (const f of [staged, `${staged}-wal`, `${staged}-shm`, `${staged}-journal`]) fs.rmSync(f, { force: true });
  fail(`Không khôi phục: ${backup} không phải bản sao lưu chiso hợp lệ (${problem}). Kho dữ liệu hiện tại giữ nguyên.`);
}

let aside = null;
if (fs.existsSync(store)) {
  aside = `${store}.before-restore-${when}`;
  fs.copyFileSync(store, aside);
  if (fs.existsSync(`${store}-wal`)) fs.copyFileSync(`${store}-wal`, `${aside}-wal`);
}
// The old store's WAL would be replayed onto the restored file: remove it first.
fs.rmSync(`${store}-wal`, { force: true });
fs.rmSync(`${store}-shm`, { force: true });
fs.renameSync(staged, store);

console.log(`Đã khôi phục ${store} từ ${backup}.`);
if (aside) console.log(`Kho cũ được giữ tại ${aside} (không tự xóa).`);
console.log('Khởi động lại máy chủ để dùng dữ liệu đã khôi phục.');
