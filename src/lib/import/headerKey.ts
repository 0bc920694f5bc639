// Comparable forms of a header or a catalogue name: no diacritics, no case, no punctuation.
// "Thiết chế pháp lý & ANTT (10%)" and "thiet_che_phap_ly_antt" must meet.
import { fold } from '../text/vietnamese';

export function headerKey(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The forms tried in order: as written; without a parenthesised note ("(thang 10)", "(%)");
 * and without bare numbers (a year, a weight, a list number: "1. Gia nhập thị trường 2015").
 */
export function headerVariants(s: string): string[] {
  const full = headerKey(s);
  const noParen = headerKey(s.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
  const noNumbers = noParen
    .split(' ')
    .filter((w) => !/^\d+$/.test(w))
    .join(' ');
  return [...new Set([full, noParen, noNumbers].filter(Boolean))];
}

/** True when `needle`'s words appear together, as whole words, in `hay`. */
export function containsWords(hay: string, needle: string): boolean {
  return ` ${hay} `.includes(` ${needle} `);
}
