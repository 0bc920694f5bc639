// Long layout: one row per unit × year × indicator, with "indicator" and "value" columns.
// Wide layout: one row per unit (and year), one column per component, plus total, rank and band.
import type { HeaderMapping, Layout } from './types';

export function detectLayout(mapping: HeaderMapping): Layout {
  const has = (f: string) => mapping.columns.some((c) => c.field === f);
  return has('indicator') && has('value') ? 'long' : 'wide';
}
