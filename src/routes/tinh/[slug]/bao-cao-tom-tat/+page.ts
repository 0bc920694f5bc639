import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { clientDb } from '$lib/db/clientDb.svelte';
import { viewFrom } from '$lib/db/viewSource';
import type { UnitTargetsData } from '$lib/plans/planViews';
import { PLAN_PARAM } from '$lib/report/briefingModel';
import { provinceViewArgs } from '$lib/views/analysisArgs';
import { loadBriefingView } from '$lib/views/briefingView';

export const load = async ({ url, params, fetch }) => {
  const args = provinceViewArgs(params.slug, url.searchParams);
  const res = await viewFrom(
    browser ? clientDb.ready : null,
    (db) => loadBriefingView(db, args),
    `/api/view/bao-cao/${encodeURIComponent(params.slug)}?${url.searchParams}`,
    fetch
  );
  const unit = res.view.province.unit;
  if (!unit) error(404, `Không tìm thấy tỉnh "${params.slug}"`);
  // The plan tasks and their statuses; the report says so when they cannot be read.
  const plans = await fetch(`/api/plans/unit/${encodeURIComponent(unit.code)}`)
    .then((r) => (r.ok ? (r.json() as Promise<UnitTargetsData>) : null))
    .catch(() => null);
  const planId = url.searchParams.get(PLAN_PARAM)?.trim().slice(0, 20) || null;
  return { ...res, plans, planId };
};
