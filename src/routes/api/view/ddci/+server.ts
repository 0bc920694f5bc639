import { cachedViewJson } from '$lib/server/viewCache';
import { loadDdciView } from '$lib/views/ddciView';
import { ddciArgs } from '$lib/views/analysisArgs';

export const GET = async ({ url }) => {
  const args = ddciArgs(url.searchParams);
  return cachedViewJson('/api/view/ddci', args, (db) => loadDdciView(db, args));
};
