import { browser } from '$app/environment';
import { clientDb } from '$lib/db/clientDb.svelte';
import { viewFrom } from '$lib/db/viewSource';
import { trendsArgs, trendsQuery } from '$lib/views/trendsArgs';
import { loadTrendsView } from '$lib/views/trendsView';

// Reads only the view's own parameters, so opening a chart's table (?bang=) does not rerun this.
export const load = async ({ url, fetch }) => {
  const args = trendsArgs(url.searchParams);
  return viewFrom(browser ? clientDb.ready : null, (db) => loadTrendsView(db, args), `/api/view/xu-huong?${trendsQuery(args)}`, fetch);
};
