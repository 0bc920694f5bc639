import { json } from '@sveltejs/kit';
import { serverData } from '$lib/server/serverDb';
import { loadDdciView } from '$lib/views/ddciView';
import { ddciArgs } from '$lib/views/analysisArgs';

export const GET = async ({ url }) => {
  const { db } = await serverData();
  return json(await loadDdciView(db, ddciArgs(url.searchParams)));
};
