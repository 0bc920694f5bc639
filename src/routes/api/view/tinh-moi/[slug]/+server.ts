import { cachedViewJson } from '$lib/server/viewCache';
import { loadMergerView } from '$lib/views/mergerView';
import { mergerArgs } from '$lib/views/analysisArgs';

export const GET = async ({ url, params }) => {
  const args = mergerArgs(params.slug, url.searchParams);
  return cachedViewJson('/api/view/tinh-moi', args, (db) => loadMergerView(db, args));
};
