import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { clientDb } from '$lib/db/clientDb.svelte';
import { viewFrom } from '$lib/db/viewSource';
import { provinceViewArgs } from '$lib/views/analysisArgs';
import { loadProvinceView } from '$lib/views/provinceView';

export const load = async ({ url, params, fetch }) => {
  const args = provinceViewArgs(params.slug, url.searchParams);
  const res = await viewFrom(
    browser ? clientDb.ready : null,
    (db) => loadProvinceView(db, args),
    `/api/view/tinh/${encodeURIComponent(params.slug)}?${url.searchParams}`,
    fetch
  );
  if (!res.view.unit) error(404, `Không tìm thấy tỉnh "${params.slug}"`);
  return res;
};
