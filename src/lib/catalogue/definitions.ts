// The shipped index definitions (data/indices/*.json).
import { valueDigits, type IndexDefinition } from './types';
import pci from '../../../data/indices/pci.json';
import papi from '../../../data/indices/papi.json';
import parIndex from '../../../data/indices/par_index.json';
import sipas from '../../../data/indices/sipas.json';
import ddci42 from '../../../data/indices/ddci_42.json';
import dti from '../../../data/indices/dti.json';

/** The definitions shipped in data/indices: the catalogue on first start. */
export const SHIPPED_DEFINITIONS = [pci, papi, parIndex, sipas, dti, ddci42] as unknown as IndexDefinition[];

// The catalogue in force. Admins edit it in the store; the server sets it from there, and the
// browser from the layout data, so a DDCI defined in the UI is known to every view.
let current: IndexDefinition[] = SHIPPED_DEFINITIONS;

export function setDefinitions(defs: IndexDefinition[]): void {
  if (defs.length) current = defs;
}

export function allDefinitions(): IndexDefinition[] {
  return current;
}

export function definitionOf(id: string): IndexDefinition | undefined {
  return current.find((d) => d.id === id);
}

/** Decimals for an index's values (see valueDigits): "0,8002" for DTI, "65,24" for the rest. */
export function digitsOf(indexId: string): number {
  return valueDigits(definitionOf(indexId));
}

/** Vietnamese name of a component (as named in the period in force that year), or the code. */
export function componentName(def: IndexDefinition, code: string, year: number): string {
  if (code === 'total') return def.total.vi;
  const inYear = def.periods.find((p) => year >= p.from && (p.to == null || year <= p.to));
  const c = inYear?.components.find((x) => x.code === code) ?? def.periods.flatMap((p) => p.components).find((x) => x.code === code);
  return c?.vi ?? code;
}
