import { cachedViewJson } from '$lib/server/viewCache';
import { loadProvinceView } from '$lib/views/provinceView';
import { provinceViewArgs } from '$lib/views/analysisArgs';

export const GET = async ({ url, params }) => {
  const args = provinceViewArgs(params.slug, url.searchParams);
  return cachedViewJson('/api/view/tinh', args, (db) => loadProvinceView(db, args));
};
