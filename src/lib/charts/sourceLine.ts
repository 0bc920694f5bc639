// The source line every chart and exported image carries.
import type { IndexDefinition } from '../catalogue/types';

export function sourceLine(def: Pick<IndexDefinition, 'publisher' | 'short' | 'name'>): string {
  return `Nguồn: ${def.publisher} — ${def.name.vi} (${def.short}), số liệu công bố chính thức; biểu đồ: chiso.`;
}

/** For a chart whose page does not say which index it shows: every publisher, as the footer says. */
export const ALL_SOURCES = 'Nguồn: VCCI (PCI), CECODES–UNDP (PAPI), Bộ Nội vụ (PAR INDEX, SIPAS), UBND tỉnh Hà Tĩnh (DDCI); biểu đồ: chiso.';
