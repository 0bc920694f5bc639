// GET: a unit's plan targets and the trends of the index components they are linked to
// (what UnitTargets.svelte shows). ?ngay=YYYY-MM-DD for the standing on another day.
import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { planContext } from '$lib/server/plans/planPages';
import { unitTargetsData } from '$lib/server/plans/unitTargets';
import { serverData } from '$lib/server/serverDb';

export const GET = async ({ params, url }) => {
  const store = await appStore();
  const ctx = planContext(store, url);
  const db = await serverData()
    .then((d) => d.db)
    .catch(() => null);
  return json(await unitTargetsData(ctx, db, params.code));
};
