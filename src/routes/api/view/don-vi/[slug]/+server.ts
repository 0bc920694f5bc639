import { json } from '@sveltejs/kit';
import { serverData } from '$lib/server/serverDb';
import { loadUnitProfileView } from '$lib/views/unitProfileView';
import { unitProfileArgs } from '$lib/views/analysisArgs';

export const GET = async ({ params }) => {
  const { db } = await serverData();
  return json(await loadUnitProfileView(db, unitProfileArgs(params.slug)));
};
