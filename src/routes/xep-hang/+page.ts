import { browser } from '$app/environment';
import { clientDb } from '$lib/db/clientDb.svelte';
import { viewFrom } from '$lib/db/viewSource';
import { rankingArgs } from '$lib/views/args';
import { loadRankingView } from '$lib/views/rankingView';

export const load = async ({ url, fetch }) => {
  const args = rankingArgs(url.searchParams);
  return viewFrom(browser ? clientDb.ready : null, (db) => loadRankingView(db, args), `/api/view/ranking?${url.searchParams}`, fetch);
};
