import { json } from '@sveltejs/kit';
import { serverData } from '$lib/server/serverDb';
import { loadProvinceView } from '$lib/views/provinceView';
import { provinceArgs } from '$lib/views/args';

export const GET = async ({ url, params }) => {
  const { db } = await serverData();
  return json(await loadProvinceView(db, provinceArgs(params.slug, url.searchParams)));
};
