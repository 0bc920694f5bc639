// URL parameters of the trends page and the ranking page's sections; the shared ones (chiso, nam, chon) live in urlState.ts.

/** Units on the trend chart: comma-separated slugs, e.g. ?tinh=ha-tinh,da-nang. */
export const UNITS_PARAM = 'tinh';
/** Score or rank: ?do=diem (default) | ?do=hang. */
export const MEASURE_PARAM = 'do';
/** Section of the ranking page: ?xem=thanh (bars, default) | dien-bien (bump) | tang-giam (slope) | bang (table). */
export const TAB_PARAM = 'xem';
/** First year of the slope chart; the second is ?nam. */
export const FROM_PARAM = 'tu';
/** Table sort column and direction, and its search box: ?sx=diem&chieu=giam&tim=da+nang. */
export const SORT_PARAM = 'sx';
export const DIR_PARAM = 'chieu';
export const SEARCH_PARAM = 'tim';

export const RANKING_TABS = ['thanh', 'dien-bien', 'tang-giam', 'bang'] as const;
export type RankingTab = (typeof RANKING_TABS)[number];

export function parseTab(raw: string | null): RankingTab {
  return (RANKING_TABS as readonly string[]).includes(raw ?? '') ? (raw as RankingTab) : 'thanh';
}
