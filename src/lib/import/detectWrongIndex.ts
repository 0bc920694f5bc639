// Notices a file of another index (a PAPI table uploaded as PCI): its headers, or for a long table its
// indicator names, fit another definition clearly better than the chosen one.
import type { IndexDefinition } from '../catalogue/types';
import { HeaderMatcher } from './headerMatcher';

export interface WrongIndex {
  likely: IndexDefinition;
  likelyFit: number;
  chosenFit: number;
}

export function detectWrongIndex(vocabulary: string[], chosen: IndexDefinition, all: IndexDefinition[]): WrongIndex | null {
  const chosenFit = new HeaderMatcher(chosen).fit(vocabulary);
  let best: WrongIndex | null = null;
  for (const def of all) {
    if (def.id === chosen.id) continue;
    const fit = new HeaderMatcher(def).fit(vocabulary);
    if (fit >= Math.max(3, chosenFit + 2) && (!best || fit > best.likelyFit)) best = { likely: def, likelyFit: fit, chosenFit };
  }
  return best;
}
