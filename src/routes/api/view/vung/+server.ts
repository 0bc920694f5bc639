import { json } from '@sveltejs/kit';
import { serverData } from '$lib/server/serverDb';
import { loadRegionView } from '$lib/views/regionView';
import { regionArgs } from '$lib/views/analysisArgs';

export const GET = async ({ url }) => {
  const { db } = await serverData();
  return json(await loadRegionView(db, regionArgs(url.searchParams)));
};
