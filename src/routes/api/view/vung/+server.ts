import { cachedViewJson } from '$lib/server/viewCache';
import { loadRegionView } from '$lib/views/regionView';
import { regionArgs } from '$lib/views/analysisArgs';

export const GET = async ({ url }) => {
  const args = regionArgs(url.searchParams);
  return cachedViewJson('/api/view/vung', args, (db) => loadRegionView(db, args));
};
