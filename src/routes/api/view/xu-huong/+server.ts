import { cachedViewJson } from '$lib/server/viewCache';
import { loadTrendsView } from '$lib/views/trendsView';
import { trendsArgs } from '$lib/views/trendsArgs';

export const GET = async ({ url }) => {
  const args = trendsArgs(url.searchParams);
  return cachedViewJson('/api/view/xu-huong', args, (db) => loadTrendsView(db, args));
};
