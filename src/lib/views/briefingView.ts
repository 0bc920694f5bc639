// The figures behind the briefing report (/tinh/<slug>/bao-cao-tom-tat): the province page's own view
// (headline, breakdown, peers, simulator), the year's ranking rows (ties in the headline), the unit's
// region group and the sources recorded for the figures. Plan tasks come from /api/plans/unit/<code>.
import type { Db } from '../db/db';
import { ranking, sourcesOf, type RankingRow } from '../db/sql';
import { loadProvinceView, type ProvinceArgs, type ProvinceView } from './provinceView';
import { loadRegionView, type RegionView } from './regionView';

export interface BriefingView {
  province: ProvinceView;
  /** The year's ranking (for "đồng hạng" in the headline); empty without a year. */
  rankingRows: RankingRow[];
  /** /vung for the unit's region and year, or null without a region. */
  region: RegionView | null;
  /** Sources of the unit's figures this year and the year before, newest first. */
  sources: { year: number; source: string }[];
}

export async function loadBriefingView(db: Db, args: ProvinceArgs): Promise<BriefingView> {
  const province = await loadProvinceView(db, args);
  const year = province.year;
  const code = province.unit?.code;
  if (year == null || !code || province.absent) return { province, rankingRows: [], region: null, sources: [] };
  const regionCode = province.region.region?.code ?? null;
  const [rankingRows, region, sources] = await Promise.all([
    ranking(db, province.index, year),
    regionCode ? loadRegionView(db, { index: province.index, year: String(year), region: regionCode }) : Promise.resolve(null),
    sourcesOf(db, province.index, code, [year, year - 1])
  ]);
  return { province, rankingRows, region: region?.year === year ? region : null, sources };
}
