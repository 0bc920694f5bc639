import { json } from '@sveltejs/kit';
import { serverData } from '$lib/server/serverDb';
import { loadRankingView } from '$lib/views/rankingView';
import { rankingArgs } from '$lib/views/args';

export const GET = async ({ url }) => {
  const { db } = await serverData();
  return json(await loadRankingView(db, rankingArgs(url.searchParams)));
};
