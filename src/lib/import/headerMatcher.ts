// Matches one header (or a long-layout indicator cell) to a field of one definition.
import type { IndexDefinition } from '../catalogue/types';
import { fieldSynonyms } from './fieldSynonyms';
import { containsWords, headerVariants } from './headerKey';
import type { FieldId } from './types';

export interface FieldMatch {
  field: FieldId;
  /** 3 = exact, 2 = exact once notes/numbers are dropped, 1 = the name appears inside the header. */
  quality: 1 | 2 | 3;
}

interface Entry {
  field: FieldId;
  specific: boolean;
}

export class HeaderMatcher {
  private exact = new Map<string, Entry>();
  private phrases: { key: string; entry: Entry; words: number }[] = [];

  constructor(def: IndexDefinition) {
    const all = fieldSynonyms(def);
    // Catalogue names first: they win a key both they and a generic field claim.
    for (const f of [...all.filter((x) => x.specific), ...all.filter((x) => !x.specific)]) {
      const entry = { field: f.field, specific: f.specific };
      for (const name of f.names)
        for (const key of headerVariants(name)) {
          if (!this.exact.has(key)) this.exact.set(key, entry);
          const words = key.split(' ').length;
          if (words >= 2) this.phrases.push({ key, entry, words });
        }
    }
    // Longest phrase first; catalogue names before generic ones.
    this.phrases.sort((a, b) => Number(b.entry.specific) - Number(a.entry.specific) || b.words - a.words);
  }

  /** The field a header names; a two-row header's group label is tried with it ("Điểm PCI" / "2015"). */
  match(label: string, group = ''): FieldMatch | null {
    const texts = group ? [label, `${group} ${label}`] : [label];
    for (const text of texts) {
      const variants = headerVariants(text);
      for (let i = 0; i < variants.length; i++) {
        const hit = this.exact.get(variants[i]);
        if (hit) return { field: hit.field, quality: i === 0 ? 3 : 2 };
      }
    }
    const reduced = headerVariants(label).at(-1) ?? '';
    for (const p of this.phrases) if (containsWords(reduced, p.key)) return { field: p.entry.field, quality: 1 };
    return null;
  }

  /** Number of distinct total/component fields among the headers: how well a file fits this index. */
  fit(labels: string[]): number {
    const fields = new Set<FieldId>();
    for (const l of labels) {
      const m = this.match(l);
      if (m && (m.field === 'total' || m.field.startsWith('component:'))) fields.add(m.field);
    }
    return fields.size;
  }
}
