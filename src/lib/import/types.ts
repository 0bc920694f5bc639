// Shapes shared by the import pipeline: bytes → table → mapped columns → observations + issues.
import type { IndexDefinition } from '../catalogue/types';
import type { Observation } from '../data/observation';
import type { ProvinceNames } from '../units/provinceNames';
import type { Encoding } from './decodeBytes';

export type Severity = 'error' | 'warning';

/** One problem found in an upload. `row` is the file's 1-based row (as a spreadsheet shows it); null = whole file. */
export interface ImportIssue {
  severity: Severity;
  row: number | null;
  column: string | null;
  message: string;
  /** For an unknown unit: its name as written and the closest known names, so the preview can map it. */
  unknownUnit?: string;
  suggestions?: string[];
}

export type Delimiter = ',' | ';' | '\t';
export type Layout = 'wide' | 'long';

/**
 * What a column holds. Components are `component:<code>` so a UI select can list them next to the fixed fields.
 * `unit_type` is the DDCI unit group column; `indicator` + `value` are the long layout's columns.
 */
export type FieldId =
  | 'unit'
  | 'year'
  | 'total'
  | 'rank'
  | 'band'
  | 'unit_type'
  | 'indicator'
  | 'value'
  | 'ignore'
  | `component:${string}`;

export interface MappedColumn {
  /** Position in Table.headers. */
  index: number;
  /** The header as the user sees it ("Cột 3" when the file has none). */
  label: string;
  field: FieldId | null;
  by: 'auto' | 'override';
}

export interface HeaderMapping {
  columns: MappedColumn[];
  /** Labels of columns nothing matched: what the UI asks the user to map. */
  unmapped: string[];
}

/** User corrections, keyed by column label; null = ignore this column. */
export type MappingOverrides = Record<string, FieldId | null>;

export interface TableRow {
  /** 1-based record number in the file, counting title and blank rows (the spreadsheet row). */
  row: number;
  cells: string[];
}

export interface Table {
  delimiter: Delimiter;
  /** One display label per kept column. */
  headers: string[];
  /** For a two-row header: the (merged) group label above each column, else ''. */
  groups: string[];
  /** 1-based row of the last header row. */
  headerRow: number;
  rows: TableRow[];
  /** Text of the title rows above the header ("BẢNG XẾP HẠNG PCI NĂM 2015"). */
  titleLines: string[];
  /** Records in the file, blank ones included. */
  recordCount: number;
}

export interface ImportOptions {
  definition: IndexDefinition;
  /** Every definition, to notice a file of another index. */
  definitions: IndexDefinition[];
  provinces: ProvinceNames;
  /** Year to use when the file has no year column. */
  year?: number;
  mapping?: MappingOverrides;
  now: Date;
  maxBytes?: number;
  maxRows?: number;
  /** Written into Observation.source. */
  source?: string;
}

export interface ImportResult {
  /** True when there is no error; warnings allow the import. */
  ok: boolean;
  /** Empty unless ok: a file with errors is never half-stored. */
  observations: Observation[];
  issues: ImportIssue[];
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  layout: Layout | null;
  mapping: HeaderMapping | null;
}
