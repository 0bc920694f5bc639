import { browser } from '$app/environment';
import { clientDb } from '$lib/db/clientDb.svelte';
import { viewFrom } from '$lib/db/viewSource';
import { rankingPageArgs, rankingPageQuery } from '$lib/views/rankingPageArgs';
import { loadRankingPage } from '$lib/views/rankingPageView';

// Reads only the view's own parameters (never the whole URL), so sorting or searching the table does not rerun this.
export const load = async ({ url, fetch }) => {
  const args = rankingPageArgs(url.searchParams);
  return viewFrom(browser ? clientDb.ready : null, (db) => loadRankingPage(db, args), `/api/view/ranking?${rankingPageQuery(args)}`, fetch);
};
