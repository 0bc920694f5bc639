// Encodes text as Windows-1258 (what older Vietnamese Excel saves CSV in), from the platform's own
// decoder table: a letter and its tone mark are separate bytes where the code page has no precomposed form.
const TABLE = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) {
  const ch = new TextDecoder('windows-1258').decode(new Uint8Array([b]));
  if (ch !== '\ufffd' && !TABLE.has(ch)) TABLE.set(ch, b);
}
const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

export function encodeWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  const single = (ch: string) => (ch.charCodeAt(0) < 0x80 && ch.length === 1 ? ch.charCodeAt(0) : TABLE.get(ch));
  for (const ch of text.normalize('NFC')) {
    const direct = single(ch);
    if (direct != null) {
      out.push(direct);
      continue;
    }
    const parts = [...ch.normalize('NFD')];
    const tones = parts.filter((p) => TONES.has(p));
    const letter = parts.filter((p) => !TONES.has(p)).join('').normalize('NFC');
    const b = single(letter);
    if (b == null || tones.length !== 1) throw new Error(`cannot encode ${ch}`);
    out.push(b, TABLE.get(tones[0])!);
  }
  return new Uint8Array(out);
}
