// The shipped index definitions (data/indices/*.json).
import type { IndexDefinition } from './types';
import pci from '../../../data/indices/pci.json';
import papi from '../../../data/indices/papi.json';
import parIndex from '../../../data/indices/par_index.json';
import sipas from '../../../data/indices/sipas.json';
import ddci42 from '../../../data/indices/ddci_42.json';

export const DEFINITIONS = [pci, papi, parIndex, sipas, ddci42] as unknown as IndexDefinition[];

export function definitionOf(id: string): IndexDefinition | undefined {
  return DEFINITIONS.find((d) => d.id === id);
}

/** Vietnamese name of a component (as named in the period in force that year), or the code. */
export function componentName(def: IndexDefinition, code: string, year: number): string {
  if (code === 'total') return def.total.vi;
  const inYear = def.periods.find((p) => year >= p.from && (p.to == null || year <= p.to));
  const c = inYear?.components.find((x) => x.code === code) ?? def.periods.flatMap((p) => p.components).find((x) => x.code === code);
  return c?.vi ?? code;
}
