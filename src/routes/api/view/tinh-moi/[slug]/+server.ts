import { json } from '@sveltejs/kit';
import { serverData } from '$lib/server/serverDb';
import { loadMergerView } from '$lib/views/mergerView';
import { mergerArgs } from '$lib/views/analysisArgs';

export const GET = async ({ url, params }) => {
  const { db } = await serverData();
  return json(await loadMergerView(db, mergerArgs(params.slug, url.searchParams)));
};
