import { browser } from '$app/environment';
import { clientDb } from '$lib/db/clientDb.svelte';
import { viewFrom } from '$lib/db/viewSource';
import { regionArgs } from '$lib/views/analysisArgs';
import { loadRegionView } from '$lib/views/regionView';

export const load = async ({ url, fetch }) => {
  const args = regionArgs(url.searchParams);
  return viewFrom(browser ? clientDb.ready : null, (db) => loadRegionView(db, args), `/api/view/vung?${url.searchParams}`, fetch);
};
