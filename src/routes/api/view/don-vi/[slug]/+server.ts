import { cachedViewJson } from '$lib/server/viewCache';
import { loadUnitProfileView } from '$lib/views/unitProfileView';
import { unitProfileArgs } from '$lib/views/analysisArgs';

export const GET = async ({ params }) => {
  const args = unitProfileArgs(params.slug);
  return cachedViewJson('/api/view/don-vi', args, (db) => loadUnitProfileView(db, args));
};
