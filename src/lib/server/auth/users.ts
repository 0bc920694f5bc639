// Accounts. There is no default password anywhere: the first admin comes from the environment
// (CHISO_ADMIN_USER + CHISO_ADMIN_PASSWORD), every other account from an admin.
import type { StoreCore } from '../store/types';
import { appendAudit } from './audit';
import { dummyHash, hashPassword, needsRehash, passwordProblem, verifyPassword } from './passwords';

export type Role = 'viewer' | 'editor' | 'admin';
export const ROLES: readonly Role[] = ['viewer', 'editor', 'admin'];

export interface User {
  id: number;
  username: string;
  role: Role;
  /** Index ids an editor may upload to; empty for viewers, ignored for admins. */
  indices: string[];
  createdAt: string;
  disabled: boolean;
}

interface UserRow {
  id: number;
  username: string;
  password_hash: string;
  role: Role;
  indices: string;
  created_at: string;
  disabled: number;
}

export const toUser = (r: Omit<UserRow, 'password_hash'>): User => ({
  id: r.id,
  username: r.username,
  role: r.role,
  indices: JSON.parse(r.indices) as string[],
  createdAt: r.created_at,
  disabled: r.disabled === 1
});

/** Usernames compare case-insensitively: "Admin" and "admin" are one account. */
export function normaliseUsername(name: string): string {
  return (name ?? '').normalize('NFC').trim().toLowerCase();
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

function checkRole(role: Role, indices: readonly string[]): string[] {
  if (!ROLES.includes(role)) throw new Error(`Vai trò không hợp lệ: ${String(role)}`);
  if (indices.some((i) => typeof i !== 'string' || !i)) throw new Error('Danh sách chỉ số không hợp lệ');
  return role === 'editor' ? [...new Set(indices)].sort() : [];
}

export interface NewUser {
  username: string;
  password: string;
  role: Role;
  indices?: readonly string[];
  createdBy?: number | null;
  ip?: string | null;
}

export async function createUser(store: StoreCore, u: NewUser): Promise<User> {
  const username = normaliseUsername(u.username);
  if (!USERNAME.test(username)) throw new Error('Tên đăng nhập chỉ gồm chữ thường không dấu, số, ".", "_", "-" (2–64 ký tự)');
  const problem = passwordProblem(u.password, username);
  if (problem) throw new Error(problem);
  const indices = checkRole(u.role, u.indices ?? []);
  const hash = await hashPassword(u.password);
  return store.db.transaction((): User => {
    if (getUserByName(store, username)) throw new Error(`Tên đăng nhập "${username}" đã tồn tại`);
    const res = store.db
      .prepare('INSERT INTO users (username, password_hash, role, indices, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(username, hash, u.role, JSON.stringify(indices), store.now().toISOString());
    const id = Number(res.lastInsertRowid);
    appendAudit(store, { action: 'user_created', userId: u.createdBy ?? null, detail: { id, username, role: u.role, indices }, ip: u.ip });
    return getUser(store, id)!;
  }).immediate();
}

const PUBLIC_COLS = 'id, username, role, indices, created_at, disabled';

export function getUser(store: StoreCore, id: number): User | null {
  const r = store.db.prepare(`SELECT ${PUBLIC_COLS} FROM users WHERE id = ?`).get(id) as UserRow | undefined;
  return r ? toUser(r) : null;
}

export function getUserByName(store: StoreCore, username: string): User | null {
  const r = store.db.prepare(`SELECT ${PUBLIC_COLS} FROM users WHERE username = ?`).get(normaliseUsername(username)) as UserRow | undefined;
  return r ? toUser(r) : null;
}

export function listUsers(store: StoreCore): User[] {
  return (store.db.prepare(`SELECT ${PUBLIC_COLS} FROM users ORDER BY username`).all() as UserRow[]).map(toUser);
}

/** The user when the password is right and the account enabled; null otherwise, in about the same time. */
export async function verifyLogin(store: StoreCore, username: string, password: string): Promise<User | null> {
  const row = store.db.prepare('SELECT * FROM users WHERE username = ?').get(normaliseUsername(username)) as UserRow | undefined;
  if (!row) {
    await verifyPassword(password ?? '', await dummyHash());
    return null;
  }
  if (!(await verifyPassword(password ?? '', row.password_hash)) || row.disabled === 1) return null;
  if (needsRehash(row.password_hash)) {
    store.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(await hashPassword(password), row.id);
  }
  return toUser(row);
}

function changed(store: StoreCore, userId: number, by: number | null, detail: Record<string, unknown>, ip: string | null = null): void {
  appendAudit(store, { action: 'user_changed', userId: by, detail: { id: userId, ...detail }, ip });
}

export function setRole(store: StoreCore, userId: number, role: Role, indices: readonly string[] = [], by: number | null = null): User {
  const clean = checkRole(role, indices);
  return store.db.transaction((): User => {
    const res = store.db.prepare('UPDATE users SET role = ?, indices = ? WHERE id = ?').run(role, JSON.stringify(clean), userId);
    if (res.changes === 0) throw new Error(`Không có người dùng #${userId}`);
    changed(store, userId, by, { role, indices: clean });
    return getUser(store, userId)!;
  }).immediate();
}

/**
 * Disabling also ends the user's sessions at once. An admin cannot disable their own account, nor the
 * last enabled admin: someone must always be able to sign in and undo it.
 */
export function setDisabled(store: StoreCore, userId: number, disabled: boolean, by: number | null = null, ip: string | null = null): void {
  store.db.transaction(() => {
    const user = getUser(store, userId);
    if (!user) throw new Error(`Không có người dùng #${userId}`);
    if (disabled && by === userId) throw new Error('Không thể tự khóa tài khoản của chính mình.');
    if (disabled && user.role === 'admin' && !user.disabled) {
      const admins = store.db.prepare(`SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled = 0`).get() as { n: number };
      if (admins.n <= 1) throw new Error('Không thể khóa quản trị viên cuối cùng.');
    }
    store.db.prepare('UPDATE users SET disabled = ? WHERE id = ?').run(disabled ? 1 : 0, userId);
    if (disabled) store.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
    changed(store, userId, by, { username: user.username, disabled }, ip);
  }).immediate();
}

export interface PasswordChange {
  /** Who changed it (the user themself, or an admin). */
  by?: number | null;
  ip?: string | null;
  /** The session token (hashed, as stored) to keep: the user's own session when they change it themselves. */
  keepSessionHash?: string | null;
}

/** A new password ends every session of the account but the one that changed it (a stolen cookie stops working). */
export async function setPassword(store: StoreCore, userId: number, password: string, o: PasswordChange = {}): Promise<void> {
  const user = getUser(store, userId);
  if (!user) throw new Error(`Không có người dùng #${userId}`);
  const problem = passwordProblem(password, user.username);
  if (problem) throw new Error(problem);
  const hash = await hashPassword(password);
  store.db.transaction(() => {
    store.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hash, userId);
    const ended = store.db
      .prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash IS NOT ?')
      .run(userId, o.keepSessionHash ?? null).changes;
    changed(store, userId, o.by ?? null, { username: user.username, password: 'changed', sessionsEnded: ended }, o.ip ?? null);
  }).immediate();
}

/**
 * A signed-in user changes their own password: the current one is required (a borrowed, unlocked
 * screen is not enough), and their other sessions end.
 */
export async function changeOwnPassword(
  store: StoreCore,
  userId: number,
  current: string,
  next: string,
  o: { keepSessionHash: string; ip?: string | null }
): Promise<void> {
  const row = store.db.prepare('SELECT password_hash FROM users WHERE id = ? AND disabled = 0').get(userId) as
    | { password_hash: string }
    | undefined;
  if (!row || !(await verifyPassword(current ?? '', row.password_hash))) throw new Error('Mật khẩu hiện tại không đúng.');
  if (current === next) throw new Error('Mật khẩu mới phải khác mật khẩu hiện tại.');
  await setPassword(store, userId, next, { by: userId, ip: o.ip, keepSessionHash: o.keepSessionHash });
}

export type FirstAdminResult =
  | { status: 'exists' }
  | { status: 'created'; user: User }
  /** No admin and no CHISO_ADMIN_USER/CHISO_ADMIN_PASSWORD: the caller should tell the operator. */
  | { status: 'missing-env' };

/**
 * Creates the first admin from the environment, only while no enabled admin exists.
 * A weak password in the environment is an error, never silently accepted.
 */
export async function ensureFirstAdmin(store: StoreCore, env: Record<string, string | undefined>): Promise<FirstAdminResult> {
  const hasAdmin = store.db.prepare(`SELECT 1 FROM users WHERE role = 'admin' AND disabled = 0 LIMIT 1`).get();
  if (hasAdmin) return { status: 'exists' };
  const username = env.CHISO_ADMIN_USER?.trim();
  const password = env.CHISO_ADMIN_PASSWORD;
  if (!username || !password) return { status: 'missing-env' };
  const existing = getUserByName(store, username);
  if (existing) throw new Error(`CHISO_ADMIN_USER "${existing.username}" đã tồn tại nhưng không phải quản trị viên đang hoạt động`);
  return { status: 'created', user: await createUser(store, { username, password, role: 'admin' }) };
}
