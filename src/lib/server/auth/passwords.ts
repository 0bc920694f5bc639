// Password hashing with scrypt (node:crypto, no native add-on beyond Node itself).
// N=2^15, r=8, p=1 takes ~85 ms and 32 MiB on this 2-core server: slow for guessing, fast
// enough for a login. Parameters are stored with each hash, so they can be raised later
// without breaking existing accounts. Async, so a login does not block other requests.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { isCommonPassword, isRepeatOrRun } from './commonPasswords';

export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LEN = 32;
const SALT_LEN = 16;
// Node refuses scrypt above 32 MiB by default; 128 * N * r is exactly 32 MiB here.
const maxmem = (N: number, r: number, p: number) => 128 * N * r * p + 32 * 1024 * 1024;

function derive(password: string, salt: Buffer, keyLen: number, o: { N: number; r: number; p: number }): Promise<Buffer> {
  const opts: ScryptOptions = { N: o.N, r: o.r, p: o.p, maxmem: maxmem(o.N, o.r, o.p) };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLen, opts, (err, key) => (err ? reject(err) : resolve(key)))
  );
}

/** "scrypt$N$r$p$salt$hash", salt and hash in base64. */
export async function hashPassword(password: string, params: { N: number; r: number; p: number } = SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_LEN);
  const key = await derive(password, salt, KEY_LEN, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

interface Parsed {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

function parse(stored: string): Parsed | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  // Bounds keep a tampered row from turning a login into a memory bomb.
  const ok = Number.isInteger(N) && N >= 2 && N <= 2 ** 20 && (N & (N - 1)) === 0 && r >= 1 && r <= 32 && p >= 1 && p <= 16;
  const salt = Buffer.from(parts[4], 'base64');
  const hash = Buffer.from(parts[5], 'base64');
  if (!ok || salt.length < 8 || hash.length < 16) return null;
  return { N, r, p, salt, hash };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const h = parse(stored);
  if (!h) return false;
  const key = await derive(password, h.salt, h.hash.length, h);
  return timingSafeEqual(key, h.hash);
}

/** True when a hash was made with weaker parameters than today's: rehash on the next login. */
export function needsRehash(stored: string): boolean {
  const h = parse(stored);
  return !h || h.N < SCRYPT_PARAMS.N || h.r < SCRYPT_PARAMS.r || h.p < SCRYPT_PARAMS.p;
}

// A real hash of a random password: unknown usernames cost the same time as known ones.
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(32).toString('base64'));
  return dummy;
}

export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 1024;

/** A reason the password is refused (Vietnamese, shown to the user), or null when acceptable. */
export function passwordProblem(password: string, username?: string): string | null {
  const nfc = (password ?? '').normalize('NFC');
  const chars = Array.from(nfc);
  if (chars.length === 0) return 'Mật khẩu không được để trống';
  if (chars.length < MIN_PASSWORD_LENGTH) return `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự`;
  if (chars.length > MAX_PASSWORD_LENGTH) return 'Mật khẩu quá dài';
  if (/^\d+$/.test(nfc)) return 'Mật khẩu không được chỉ gồm chữ số';
  if (new Set(chars).size < 5 || isRepeatOrRun(nfc)) return 'Mật khẩu quá đơn giản (lặp lại hoặc theo dãy)';
  const name = (username ?? '').normalize('NFC').trim().toLowerCase();
  // Short usernames ('an') occur inside ordinary words; only check meaningful ones.
  if (name.length >= 3 && nfc.toLowerCase().includes(name)) return 'Mật khẩu không được chứa tên đăng nhập';
  if (isCommonPassword(nfc)) return 'Mật khẩu quá phổ biến, dễ bị đoán: hãy chọn một câu dài hơn của riêng bạn';
  return null;
}
