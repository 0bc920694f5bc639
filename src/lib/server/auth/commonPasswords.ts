// Passwords guessed first: the most common ones worldwide and in Vietnam, and their usual dressings
// (digits or symbols added, capitals, diacritics, "@" for "a"). A small list checked by pattern rather
// than a large dictionary: the length rule (≥ 12) already removes most of any leaked-password list.

/** Words that make a password guessable however many digits are added around them. */
const COMMON_WORDS = [
  'password', 'passw0rd', 'passwd', 'matkhau', 'matkhaumoi', 'matkhaucuatoi', 'admin', 'administrator', 'quantri',
  'quantrivien', 'root', 'user', 'guest', 'test', 'login', 'welcome', 'letmein', 'qwerty', 'qwertyuiop', 'asdfgh',
  'asdfghjkl', 'zxcvbnm', 'abc', 'abcd', 'abcdef', 'iloveyou', 'anhyeuem', 'emyeuanh', 'yeuem', 'yeuanh', 'anhyeu',
  'vietnam', 'vietnamese', 'hanoi', 'saigon', 'hochiminh', 'tphcm', 'danang', 'hatinh', 'chiso', 'chisopci', 'pci',
  'papi', 'sonoivu', 'ubnd', 'monkey', 'dragon', 'football', 'baseball', 'sunshine', 'princess', 'superman',
  'batman', 'master', 'shadow', 'starwars', 'trustno1', 'changeme', 'default', 'secret', 'hello', 'helloworld',
  'xinchao', 'chaoban', 'conga', 'concho', 'meomeo', 'hoahong', 'thienthan', 'baby', 'babe', 'lovely', 'love'
];

/** Whole passwords of 12+ characters that still top leaked-password lists. */
const COMMON_WHOLE = [
  '123456789012', '1234567890qwerty', 'qwerty123456', '123456qwerty', '1q2w3e4r5t6y', 'q1w2e3r4t5y6', '1qaz2wsx3edc',
  'zaq12wsxcde3', 'qazwsxedcrfv', '147258369147', '123123123123', '112233445566', '123321123321', '0123456789ab'
];

const words = new Set(COMMON_WORDS);
const whole = new Set(COMMON_WHOLE);

/** Lower case, no diacritics ("Mật khẩu" → "matkhau"), spaces and separators removed, leet undone. */
function fold(password: string): string {
  return password
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[\s._-]+/g, '');
}

const unLeet = (s: string) => s.replace(/@/g, 'a').replace(/0/g, 'o').replace(/\$/g, 's').replace(/!/g, 'i');

export function isCommonPassword(password: string): boolean {
  const f = fold(password);
  if (whole.has(f)) return true;
  // Strip what people add around a word: digits, symbols, years.
  const core = f.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  if (!core) return false;
  if (words.has(core) || words.has(unLeet(core))) return true;
  // A common word said twice ("matkhaumatkhau") or one word with digits inside ("pass123word") is no better.
  const letters = unLeet(f).replace(/[^a-z]/g, '');
  if (words.has(letters)) return true;
  const half = letters.length / 2;
  return Number.isInteger(half) && letters.slice(0, half) === letters.slice(half) && words.has(letters.slice(0, half));
}

const RUNS = ['abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm', '01234567890', '09876543210'];

/** "abcabcabcabc", "abcdefghijklmn", "0987654321098": one short unit repeated, or a keyboard run. */
export function isRepeatOrRun(password: string): boolean {
  const f = fold(password);
  for (let unit = 1; unit <= 4; unit++) {
    if (f.length >= unit * 3 && f.slice(0, unit).repeat(Math.ceil(f.length / unit)).startsWith(f)) return true;
  }
  // A run that wraps around ("7890123456…") counts too.
  return RUNS.some((r) => (r + r + r).includes(f));
}
