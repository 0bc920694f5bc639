// Bytes → text. Provincial offices save CSV from Excel in whatever their machine uses:
// UTF-8 (with or without BOM), "Unicode text" (UTF-16, sometimes without BOM) or the old Windows-1258.
import { nfc } from '../text/vietnamese';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return done(decode('utf-8', bytes.subarray(3)), 'utf-8-bom');
  if (startsWith(bytes, [0xff, 0xfe])) return done(decode('utf-16le', bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return done(decode('utf-16be', bytes.subarray(2)), 'utf-16be');
  const utf16 = sniffUtf16(bytes);
  if (utf16) return done(decode(utf16, bytes), utf16);
  const utf8 = tryUtf8(bytes);
  if (utf8 != null) return done(utf8, 'utf-8');
  // Not valid UTF-8: the only other encoding Vietnamese Excel writes is Windows-1258.
  return done(decode('windows-1258', bytes), 'windows-1258');
}

// Windows-1258 yields base letters + combining tone marks; everything downstream compares NFC text.
function done(text: string, encoding: Encoding): Decoded {
  return { text: nfc(text), encoding };
}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * BOM-less UTF-16: CSV is mostly ASCII (digits, commas, Latin letters), so one byte of most pairs is 0,
 * on the odd side for little-endian and the even side for big-endian. Real 8-bit text has no NULs.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  const pairs = n / 2;
  if (pairs < 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd / pairs > 0.3 && zeroEven / pairs < 0.05) return 'utf-16le';
  if (zeroEven / pairs > 0.3 && zeroOdd / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Strict UTF-8, tolerating only a character cut off at the very end (a truncated upload). */
function tryUtf8(bytes: Uint8Array): string | null {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return strict.decode(bytes);
  } catch {
    const cut = incompleteTail(bytes);
    if (cut === 0) return null;
    try {
      return strict.decode(bytes.subarray(0, bytes.length - cut));
    } catch {
      return null;
    }
  }
}

/** Length of an unfinished multi-byte sequence at the end, or 0. */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
    return need > back ? back : 0;
  }
  return 0;
}
