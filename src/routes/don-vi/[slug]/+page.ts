import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { clientDb } from '$lib/db/clientDb.svelte';
import { viewFrom } from '$lib/db/viewSource';
import { unitProfileArgs } from '$lib/views/analysisArgs';
import { loadUnitProfileView } from '$lib/views/unitProfileView';

export const load = async ({ params, fetch }) => {
  const args = unitProfileArgs(params.slug);
  const res = await viewFrom(
    browser ? clientDb.ready : null,
    (db) => loadUnitProfileView(db, args),
    `/api/view/don-vi/${encodeURIComponent(params.slug)}`,
    fetch
  );
  if (!res.view.unit) error(404, `Không tìm thấy đơn vị "${params.slug}"`);
  return res;
};
