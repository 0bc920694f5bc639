// Table rows → draft observations (an Observation plus where in the file it came from), reporting the
// problems only a single cell shows: text in a number cell, an unknown unit, an unknown indicator.
// Checks across rows (scale, duplicates, ranks, totals, years) are validate.ts's job.
import { allComponents, periodFor, rankedUnitsFor, type IndexDefinition } from '../catalogue/types';
import type { Observation } from '../data/observation';
import type { ProvinceNames } from '../units/provinceNames';
import { headerKey } from './headerKey';
import { HeaderMatcher } from './headerMatcher';
import { issue, msg } from './messages';
import { normalizeBand } from './normalizeBand';
import { numberStyles } from './numberStyles';
import { isNullToken, parseNumber, type NumberStyle } from './parseNumber';
import { parseRank } from './parseRank';
import { parseYear } from './parseYear';
import { resolveUnit, type ResolvedUnit } from './resolveUnit';
import { MAX_UNIT_NAME } from './suggestUnits';
import type { FieldId, HeaderMapping, ImportIssue, Layout, MappedColumn, Table, TableRow } from './types';

export interface Draft {
  obs: Observation;
  row: number;
  /** Header of the cell the value came from. */
  column: string;
  /** The value cell as typed, quoted back in messages. */
  raw: string;
  /** The indicator as the file names it (a header, or a long-layout cell). */
  indicatorLabel: string;
  rankColumn: string | null;
}

/** Where a year was first met: its row and the year column (null when it came from the form or title). */
export interface YearUse {
  row: number | null;
  column: string | null;
}

export interface Converted {
  drafts: Draft[];
  issues: ImportIssue[];
  years: Map<number, YearUse>;
}

export interface ConvertInput {
  table: Table;
  mapping: HeaderMapping;
  layout: Layout;
  def: IndexDefinition;
  provinces: ProvinceNames;
  /** The year for rows without a year cell (chosen on upload, or named in the title rows). */
  fallbackYear: number | null;
  source: string;
}

export function toObservations(input: ConvertInput): Converted {
  return new Converter(input).run();
}

class Converter {
  private out: Converted = { drafts: [], issues: [], years: new Map() };
  private once = new Set<string>();
  private unknownUnits = new Map<string, { row: number; column: string; name: string; suggestions: string[]; count: number }>();
  private col: (f: FieldId) => MappedColumn | null;
  private styles: Map<number, NumberStyle>;
  // Names and bands repeat on every row of a long or multi-year file: resolve each spelling once.
  private units = new Map<string, ReturnType<typeof resolveUnit>>();
  private bands = new Map<string, ReturnType<typeof normalizeBand>>();
  private matcher: HeaderMatcher;

  constructor(private input: ConvertInput) {
    const { mapping, table, layout } = input;
    const byField = new Map<FieldId, MappedColumn>();
    for (const c of mapping.columns) if (c.field && !byField.has(c.field)) byField.set(c.field, c);
    this.col = (f) => byField.get(f) ?? null;
    const numeric = mapping.columns.filter((c) => c.field === 'total' || c.field === 'value' || c.field?.startsWith('component:'));
    this.styles = numberStyles(table.rows, numeric, table.delimiter);
    this.matcher = new HeaderMatcher(input.def);
    // A wide file's lone "Điểm"/"Score" column is the total.
    if (layout === 'wide' && !this.col('total')) {
      const value = this.col('value');
      if (value) byField.set('total', value);
    }
  }

  run(): Converted {
    for (const r of this.input.table.rows) this.row(r);
    for (const u of this.unknownUnits.values())
      this.out.issues.push({ ...issue('error', u.row, u.column, msg.unknownUnit(u.name, u.suggestions, u.count - 1)), unknownUnit: u.name, suggestions: u.suggestions });
    return this.out;
  }

  private cell(r: TableRow, c: MappedColumn | null): string {
    return c ? (r.cells[c.index] ?? '') : '';
  }

  private error(row: number | null, column: string | null, body: string) {
    this.out.issues.push(issue('error', row, column, body));
  }

  private warnOnce(key: string, row: number | null, column: string | null, body: string) {
    if (this.once.has(key)) return;
    this.once.add(key);
    this.out.issues.push(issue('warning', row, column, body));
  }

  private row(r: TableRow) {
    const { def, provinces, layout } = this.input;
    const unitCol = this.col('unit');
    if (!unitCol) return; // importCsv stops earlier with "no unit column"
    const name = this.cell(r, unitCol);
    if (name === '') {
      const figures = this.input.mapping.columns.some((c) => c.field && c.field !== 'ignore' && !isNullToken(this.cell(r, c)));
      if (figures) this.error(r.row, unitCol.label, msg.missingUnitName());
      return;
    }
    const year = this.year(r);
    if (year == null) return;
    const unitType = this.cell(r, this.col('unit_type'));
    const unitKey = name.length > MAX_UNIT_NAME ? '\u0000too-long' : `${name}\u0000${unitType}\u0000${year}`;
    let res = this.units.get(unitKey);
    if (!res) this.units.set(unitKey, (res = resolveUnit(name, unitType, def, provinces, year)));
    if (res.kind === 'mismatch') return this.error(r.row, unitCol.label, res.message);
    if (res.kind === 'aggregate') return this.warnOnce(`agg:${r.row}`, r.row, unitCol.label, msg.aggregateRow(name));
    if (res.kind === 'too-long') return this.error(r.row, unitCol.label, msg.unitNameTooLong(name.length));
    if (res.kind === 'unknown') return this.noteUnknown(r.row, unitCol.label, name, res.suggestions);
    if (res.unit.group === '' && def.unitGroups?.length)
      this.warnOnce(`group:${res.unit.code}`, r.row, unitCol.label, msg.unknownUnitGroup(name, def));
    if (layout === 'wide') this.wideRow(r, res.unit, year);
    else this.longRow(r, res.unit, year);
  }

  private year(r: TableRow): number | null {
    const yearCol = this.col('year');
    const raw = this.cell(r, yearCol);
    let year: number | null;
    if (raw !== '') {
      year = parseYear(raw);
      if (year == null) this.error(r.row, yearCol!.label, msg.notAYear(raw));
    } else {
      year = this.input.fallbackYear;
      if (year == null) this.errorOnce('noyear', msg.noYear());
    }
    if (year != null && !this.out.years.has(year))
      this.out.years.set(year, raw !== '' ? { row: r.row, column: yearCol!.label } : { row: null, column: null });
    return year;
  }

  private errorOnce(key: string, body: string) {
    if (this.once.has(key)) return;
    this.once.add(key);
    this.error(null, null, body);
  }

  private noteUnknown(row: number, column: string, name: string, suggestions: string[]) {
    const key = headerKey(name);
    const seen = this.unknownUnits.get(key);
    if (seen) seen.count++;
    else this.unknownUnits.set(key, { row, column, name, suggestions, count: 1 });
  }

  private periods = new Map<number, Set<string>>();
  private inPeriod(year: number): Set<string> {
    let codes = this.periods.get(year);
    if (!codes) {
      const p = periodFor(this.input.def, year);
      codes = new Set((p?.components ?? allComponents(this.input.def)).map((c) => c.code));
      this.periods.set(year, codes);
    }
    return codes;
  }

  private wideRow(r: TableRow, unit: ResolvedUnit, year: number) {
    const codes = this.inPeriod(year);
    for (const c of this.input.mapping.columns) {
      if (!c.field?.startsWith('component:')) continue;
      const code = c.field.slice('component:'.length);
      const raw = this.cell(r, c);
      if (!codes.has(code)) {
        // Files keep a column for a component a period lacks (PCI 2009–12 "Cạnh tranh bình đẳng" = N/A).
        if (!isNullToken(raw)) this.warnOnce(`period:${c.index}:${year}`, null, c.label, msg.notInPeriod(c.label, this.input.def, year));
        continue;
      }
      const p = parseNumber(raw, this.styles.get(c.index));
      if (!p.ok) this.error(r.row, c.label, msg.notANumber(raw));
      else this.push(r, unit, year, code, p.value, c.label, raw, c.label);
    }
    const totalCol = this.col('total');
    if (totalCol || this.col('rank') || this.col('band')) {
      const raw = this.cell(r, totalCol);
      const p = parseNumber(raw, totalCol ? this.styles.get(totalCol.index) : 'dot');
      if (!p.ok) return this.error(r.row, totalCol!.label, msg.notANumber(raw));
      const label = totalCol?.label ?? this.input.def.total.vi;
      this.push(r, unit, year, 'total', p.value, label, raw, label);
    }
  }

  private longRow(r: TableRow, unit: ResolvedUnit, year: number) {
    const indCol = this.col('indicator')!;
    const valueCol = this.col('value')!;
    const label = this.cell(r, indCol);
    const m = label ? this.matcher.match(label) : null;
    const field = m?.field;
    if (!field || !(field === 'total' || field.startsWith('component:'))) {
      const key = `ind:${headerKey(label)}`;
      if (!this.once.has(key)) {
        this.once.add(key);
        this.error(r.row, indCol.label, msg.unknownIndicator(label, this.input.def));
      }
      return;
    }
    const code = field === 'total' ? 'total' : field.slice('component:'.length);
    const raw = this.cell(r, valueCol);
    if (code !== 'total' && !this.inPeriod(year).has(code)) {
      if (!isNullToken(raw)) this.warnOnce(`period:${code}:${year}`, r.row, indCol.label, msg.notInPeriod(label, this.input.def, year));
      return;
    }
    const p = parseNumber(raw, this.styles.get(valueCol.index));
    if (!p.ok) return this.error(r.row, valueCol.label, msg.notANumber(raw));
    this.push(r, unit, year, code, p.value, valueCol.label, raw, label);
  }

  /** Rank and band ride on the total in a wide file, on whichever indicator their row holds in a long one. */
  private push(r: TableRow, unit: ResolvedUnit, year: number, indicator: string, value: number | null, column: string, raw: string, indicatorLabel: string) {
    const { def, layout, source } = this.input;
    const carries = layout === 'long' || indicator === 'total';
    const rankCol = carries ? this.col('rank') : null;
    const bandCol = carries ? this.col('band') : null;
    let rank: number | null = null;
    if (rankCol) {
      const p = parseRank(this.cell(r, rankCol));
      if (p.ok) rank = p.value;
      else this.error(r.row, rankCol.label, msg.notARank(this.cell(r, rankCol)));
    }
    let band: string | null = null;
    if (bandCol) {
      const rawBand = this.cell(r, bandCol);
      let b = this.bands.get(rawBand);
      if (!b) this.bands.set(rawBand, (b = normalizeBand(rawBand, def)));
      band = b.band;
      if (!b.known) this.warnOnce(`band:${b.band}`, r.row, bandCol.label, msg.unknownBand(b.band ?? '', def));
    }
    this.out.drafts.push({
      obs: {
        unit_code: unit.code,
        unit_name: unit.name,
        unit_group: unit.group,
        year,
        index_id: def.id,
        indicator,
        value,
        rank,
        rank_of: rank != null ? rankedUnitsFor(def, year) : null,
        // A rank column in the publisher's table is taken as printed; ranks are never computed on upload.
        rank_source: rank != null ? 'published' : null,
        band,
        source
      },
      row: r.row,
      column,
      raw,
      indicatorLabel,
      rankColumn: rankCol?.label ?? null
    });
  }
}
