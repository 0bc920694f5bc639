// Band labels are kept as published, but spelled as the catalogue spells them ("rat tot" → "Rất tốt"),
// so a file without diacritics imports the same bands as the official one.
import type { IndexDefinition } from '../catalogue/types';
import { headerKey } from './headerKey';
import { isNullToken } from './parseNumber';

export type BandResult = { band: string | null; known: boolean };

export function normalizeBand(raw: string, def: IndexDefinition): BandResult {
  const s = raw.replace(/\s+/g, ' ').trim();
  if (isNullToken(s)) return { band: null, known: true };
  const key = headerKey(s);
  const hit = def.bands.find((b) => headerKey(b) === key);
  return hit ? { band: hit, known: true } : { band: s, known: false };
}
