// The Xếp hạng page: the ranking (bars) plus the one section on screen — bump chart, slope chart or table.
// Sections off screen are not queried.
import { definitionOf } from '../catalogue/definitions';
import { sourceLine } from '../charts/sourceLine';
import type { Db } from '../db/db';
import { parseTab, type RankingTab } from '../state/trendRankingParams';
import { loadBumpView, type BumpView } from './bumpView';
import { loadRankingTable, type RankingTableView } from './rankingTableView';
import { loadRankingBase, type RankingArgs, type RankingView } from './rankingView';
import { loadSlopeView, type SlopeView } from './slopeView';
import { parseUnitList } from './unitList';
import type { UnitOption } from './units';

export interface RankingPageArgs extends RankingArgs {
  tab: string | null;
  from: string | null;
}

export interface RankingPageView extends RankingView {
  tab: RankingTab;
  indexName: string;
  source: string;
  breaks: number[];
  /** Every unit in ?chon= (the first is `selected`). */
  chosen: UnitOption[];
  bump: BumpView | null;
  slope: SlopeView | null;
  table: RankingTableView | null;
}

export async function loadRankingPage(db: Db, args: RankingPageArgs): Promise<RankingPageView> {
  const def = definitionOf(args.index) ?? definitionOf('pci')!;
  const first = args.selected?.split(',')[0]?.trim() || null;
  const { view: base, allRows } = await loadRankingBase(db, { ...args, selected: first });
  const chosen = parseUnitList(args.selected, base.units);
  const tab = parseTab(args.tab);
  const page: RankingPageView = { ...base, tab, indexName: def.name.vi, source: sourceLine(def), breaks: def.breaks, chosen, bump: null, slope: null, table: null };
  if (base.year == null) return page;
  if (tab === 'dien-bien') page.bump = await loadBumpView(db, def, base.year, base.years, base.units, chosen, allRows);
  if (tab === 'tang-giam') page.slope = await loadSlopeView(db, def, base.year, base.years, base.units, args.from, allRows);
  if (tab === 'bang') page.table = await loadRankingTable(db, def, base.year, base.years, base.units, allRows);
  return page;
}
