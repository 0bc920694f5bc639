import { json } from '@sveltejs/kit';
import { serverData } from '$lib/server/serverDb';
import { loadRankingPage } from '$lib/views/rankingPageView';
import { rankingPageArgs } from '$lib/views/rankingPageArgs';

export const GET = async ({ url }) => {
  const { db } = await serverData();
  return json(await loadRankingPage(db, rankingPageArgs(url.searchParams)));
};
