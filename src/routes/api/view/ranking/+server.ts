import { cachedViewJson } from '$lib/server/viewCache';
import { loadRankingPage } from '$lib/views/rankingPageView';
import { rankingPageArgs } from '$lib/views/rankingPageArgs';

export const GET = async ({ url }) => {
  const args = rankingPageArgs(url.searchParams);
  return cachedViewJson('/api/view/ranking', args, (db) => loadRankingPage(db, args));
};
