import { json } from '@sveltejs/kit';
import { serverData } from '$lib/server/serverDb';
import { loadTrendsView } from '$lib/views/trendsView';
import { trendsArgs } from '$lib/views/trendsArgs';

export const GET = async ({ url }) => {
  const { db } = await serverData();
  return json(await loadTrendsView(db, trendsArgs(url.searchParams)));
};
