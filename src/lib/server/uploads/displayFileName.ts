// A file's name is shown, never used as a path: keep the last segment, drop control characters.
export function displayFileName(raw: string | null | undefined): string {
  const last = String(raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = last.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return clean && clean !== '.' && clean !== '..' ? clean : 'tep-tai-len.csv';
}
