import { cachedViewJson } from '$lib/server/viewCache';
import { loadBriefingView } from '$lib/views/briefingView';
import { provinceViewArgs } from '$lib/views/analysisArgs';

export const GET = async ({ url, params }) => {
  const args = provinceViewArgs(params.slug, url.searchParams);
  return cachedViewJson('/api/view/bao-cao', args, (db) => loadBriefingView(db, args));
};
