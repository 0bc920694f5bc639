// A stored plan's tasks and products as an appendix table (tab-separated, UTF-8 with BOM for Excel),
// as corrected at import: pasting it into the import page gives the same tasks back.
import { error } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { readPlanData } from '$lib/server/plans/planStore';
import { rowsToTsv } from '$lib/plans/parsePlanAppendix';

export const GET = async ({ params }) => {
  const store = await appStore();
  const data = readPlanData(store);
  const tasks = data.tasks.filter((t) => t.planId === params.id && t.products.length).sort((a, b) => a.number - b.number);
  if (!data.plans.some((p) => p.id === params.id) || tasks.length === 0) error(404, 'Kế hoạch này không có phụ lục.');
  const rows = tasks.flatMap((t) =>
    t.products.map((p, i) => ({
      number: i === 0 ? `${t.number}.` : '',
      content: i === 0 ? t.content : '',
      product: p.text,
      lead: p.leadText,
      cooperating: p.cooperatingText,
      time: p.timeText,
      note: p.note
    }))
  );
  return new Response('\ufeff' + rowsToTsv(rows), {
    headers: {
      'content-type': 'text/tab-separated-values; charset=utf-8',
      'content-disposition': `attachment; filename="phu-luc-${params.id.replace(/[^a-z0-9-]/gi, '')}.tsv"`
    }
  });
};
