import { json } from '@sveltejs/kit';
import { serverData } from '$lib/server/serverDb';
import { loadProvinceView } from '$lib/views/provinceView';
import { provinceViewArgs } from '$lib/views/analysisArgs';

export const GET = async ({ url, params }) => {
  const { db } = await serverData();
  return json(await loadProvinceView(db, provinceViewArgs(params.slug, url.searchParams)));
};
