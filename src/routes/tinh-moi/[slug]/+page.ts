import { error, redirect } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { clientDb } from '$lib/db/clientDb.svelte';
import { viewFrom } from '$lib/db/viewSource';
import { mergerArgs } from '$lib/views/analysisArgs';
import { loadMergerView } from '$lib/views/mergerView';

export const load = async ({ url, params, fetch }) => {
  const args = mergerArgs(params.slug, url.searchParams);
  const res = await viewFrom(
    browser ? clientDb.ready : null,
    (db) => loadMergerView(db, args),
    `/api/view/tinh-moi/${encodeURIComponent(params.slug)}?${url.searchParams}`,
    fetch
  );
  // An unchanged province is its old self: straight to its history.
  if (res.view.status === 'unchanged' && res.view.redirectTo) redirect(307, `${res.view.redirectTo}${url.search}`);
  if (res.view.status === 'unknown') error(404, `Không có tỉnh, thành phố mới "${params.slug}"`);
  return res;
};
