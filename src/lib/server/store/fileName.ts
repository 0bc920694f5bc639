// Upload file names are shown to people, never used to open or create a file: the original
// bytes live in SQLite. Still, keep them short, printable and free of path parts.

const MAX_LENGTH = 200;

export function sanitiseFileName(name: string | null | undefined): string | null {
  if (name == null) return null;
  let s = name.normalize('NFC');
  // Old browsers send "C:\\Users\\…\\file.xlsx"; keep only the last part.
  s = s.split(/[\\/]/).pop() ?? '';
  // Control characters and bidi overrides can disguise a name ("cod\u202Exslx.exe").
  s = s.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  s = s.replace(/\s+/g, ' ').trim();
  // "..", "." or only dots carry no name.
  if (/^\.*$/.test(s)) return null;
  return Array.from(s).slice(0, MAX_LENGTH).join('');
}
