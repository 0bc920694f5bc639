// The long table every view reads: one published figure per row.

export interface Observation {
  /** GSO 2-digit code for provinces ("42"); for DDCI units, "<province>:<slug>" ("42:so-tu-phap"). */
  unit_code: string;
  unit_name: string;
  /** Unit group: "tinh" for provinces; DDCI: "so_nganh" | "huyen". */
  unit_group: string;
  year: number;
  /** Catalogue id: "pci", "papi", "par_index", "sipas", "dti", "ddci_42". */
  index_id: string;
  /** "total" or a component code from the catalogue. */
  indicator: string;
  /** null = not published (never 0). */
  value: number | null;
  rank: number | null;
  /**
   * How many units the publisher ranked that year: the N in "x/N" (63 for PCI 2023–2024, although
   * only the top 30 were printed). Null when there is no rank.
   */
  rank_of: number | null;
  /**
   * Where the rank comes from: 'published' = printed by the publisher (or quoted from it);
   * 'derived' = computed by someone else (from scores, or implied by "+N bậc" in the press).
   * A derived rank is shown only with words that say so. Null exactly when rank is null.
   */
  rank_source: RankSource | null;
  band: string | null;
  source: string;
}

export type RankSource = 'published' | 'derived';

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
  'rank_source',
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
