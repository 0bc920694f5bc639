import { browser } from '$app/environment';
import { clientDb } from '$lib/db/clientDb.svelte';
import { viewFrom } from '$lib/db/viewSource';
import { ddciArgs } from '$lib/views/analysisArgs';
import { loadDdciView } from '$lib/views/ddciView';

export const load = async ({ url, fetch }) => {
  const args = ddciArgs(url.searchParams);
  return viewFrom(browser ? clientDb.ready : null, (db) => loadDdciView(db, args), `/api/view/ddci?${url.searchParams}`, fetch);
};
