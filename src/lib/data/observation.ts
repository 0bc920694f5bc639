// The long table every view reads: one published figure per row.

export interface Observation {
  /** GSO 2-digit code for provinces ("42"); for DDCI units, "<province>:<slug>" ("42:so-tu-phap"). */
  unit_code: string;
  unit_name: string;
  /** Unit group: "tinh" for provinces; DDCI: "so_nganh" | "huyen". */
  unit_group: string;
  year: number;
  /** Catalogue id: "pci", "papi", "par_index", "sipas", "ddci_42". */
  index_id: string;
  /** "total" or a component code from the catalogue. */
  indicator: string;
  /** null = not published (never 0). */
  value: number | null;
  rank: number | null;
  /** Number of units with a published rank that year: the N in "x/N". */
  rank_of: number | null;
  band: string | null;
  source: string;
}

export const OBSERVATION_COLUMNS = [
  'unit_code',
  'unit_name',
  'unit_group',
  'year',
  'index_id',
  'indicator',
  'value',
  'rank',
  'rank_of',
  'band',
  'source'
] as const satisfies readonly (keyof Observation)[];

/** A cell two sources give differently; the higher-priority source's value is kept. */
export interface Conflict {
  unit_code: string;
  unit_name: string;
  year: number;
  index_id: string;
  indicator: string;
  field: 'value' | 'rank';
  kept: number | null;
  keptSource: string;
  dropped: number | null;
  droppedSource: string;
}
