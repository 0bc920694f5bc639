import { error } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { planContext } from '$lib/server/plans/planPages';
import { unitTargetsData } from '$lib/server/plans/unitTargets';
import { serverData } from '$lib/server/serverDb';

export const load = async ({ params, url }) => {
  const store = await appStore();
  const ctx = planContext(store, url);
  const db = await serverData()
    .then((d) => d.db)
    .catch(() => null);
  const view = await unitTargetsData(ctx, db, params.code);
  if (!view.unit) error(404, `Không có đơn vị “${params.code}” trong các kế hoạch.`);
  return { view };
};
