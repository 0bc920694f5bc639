// Plans in the SQLite store: writing a PlanDraft (one transaction) and reading everything back as
// PlanData for the views. Units named by plans are resolved here against the unit registry (the units
// of the current index data) and the province names.
import type { PlanData, PlanRow, ProductRow, ReportRow, TargetRow, TaskRow, LinkRow, TaskUnitRef } from '../../plans/planData';
import { adminPlanUnits, communes2025PlanUnits, type AdminUnitsFile, type Units2025File } from '../../plans/adminUnits';
import type { PlanDraft } from '../../plans/planModel';
import { classifyUnit, longer, registryLevel, resolvePlanUnit, unitKey, type PlanUnit, type RegistryUnit, type UnitLevel } from '../../plans/planUnits';
import { monthKey, parseMonthKey } from '../../plans/periods';
import { seedUnitName, type SeedUnitRef, type Target } from '../../plans/types';
import { slugify } from '../../text/vietnamese';
import { isNewUnitCode } from '../../units/era';
import { newUnitByCode } from '../../units/merger2025';
import type { Actor, StoreCore } from '../store/types';

/** Units of the current index data: provinces by GSO code, DDCI units as "<province>:<slug>". */
export function registryUnits(store: StoreCore): RegistryUnit[] {
  return (
    store.db
      .prepare(
        `SELECT unit_code AS code, max(unit_name) AS name, max(unit_group) AS "group" FROM observations
         WHERE version_id IN (SELECT max(id) FROM versions GROUP BY index_id) GROUP BY unit_code ORDER BY unit_code`
      )
      .all() as RegistryUnit[]
  );
}

export interface ResolveDeps {
  registry: readonly RegistryUnit[];
  resolveProvince: (name: string) => string | null;
  /** Pre-2025 districts and communes (data/plans/units_pre2025.json); without it groups have only the units the data and plans name. */
  admin?: AdminUnitsFile;
  /** The 34 provinces' communes from 1/7/2025 (data/plans/units_2025.json), for plans of the new era. */
  units2025?: Units2025File;
}

/** The province's administrative units of the plan's era: pre-2025 districts and communes, or the new-era communes. */
function adminUnitsOf(deps: ResolveDeps, provinceCode: string | null, resolve: (name: string) => PlanUnit | null): PlanUnit[] {
  if (provinceCode && isNewUnitCode(provinceCode)) {
    const unit = newUnitByCode(provinceCode);
    return unit && deps.units2025 ? communes2025PlanUnits(deps.units2025, unit.name, provinceCode) : [];
  }
  return deps.admin ? adminPlanUnits(deps.admin, provinceCode, resolve) : [];
}

const now = (store: StoreCore) => store.now().toISOString();

/** Adds a unit, or keeps the existing one (a fuller spelling of a non-registry unit replaces a shorter one). */
export function ensureUnit(store: StoreCore, u: PlanUnit, by: Actor | null): PlanUnit {
  const prev = getUnit(store, u.code);
  if (prev) {
    const name = prev.registryCode ? prev.name : longer(prev.name, u.name);
    if (name !== prev.name) store.db.prepare('UPDATE plan_units SET name = ? WHERE code = ?').run(name, u.code);
    return { ...prev, name };
  }
  store.db
    .prepare(
      `INSERT INTO plan_units (code, name, kind, level, member_levels, province_code, registry_code, parent_code, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(
      u.code, u.name, u.kind, u.kind === 'unit' ? (u.level ?? 'other') : null, JSON.stringify(u.memberLevels), u.provinceCode, u.registryCode,
      u.parentCode ?? null, now(store), by?.id ?? null
    );
  return getUnit(store, u.code)!;
}

interface UnitDbRow {
  code: string;
  name: string;
  kind: 'unit' | 'group';
  level: UnitLevel | null;
  member_levels: string;
  province_code: string | null;
  registry_code: string | null;
  parent_code: string | null;
}

const toUnit = (r: UnitDbRow): PlanUnit => ({
  code: r.code,
  name: r.name,
  kind: r.kind,
  level: r.level,
  memberLevels: JSON.parse(r.member_levels) as UnitLevel[],
  provinceCode: r.province_code,
  registryCode: r.registry_code,
  parentCode: r.parent_code
});

export function getUnit(store: StoreCore, code: string): PlanUnit | null {
  const r = store.db.prepare('SELECT * FROM plan_units WHERE code = ?').get(code) as UnitDbRow | undefined;
  return r ? toUnit(r) : null;
}

export function listUnits(store: StoreCore): PlanUnit[] {
  return (store.db.prepare('SELECT * FROM plan_units ORDER BY code').all() as UnitDbRow[]).map(toUnit);
}

/** Where codes of units outside the registry live: the province, or the district of a district's plan. */
export function planScope(issuer: string, provinceCode: string | null): string {
  const prov = provinceCode ?? 'khac';
  const k = unitKey(issuer).replace(/^uy ban nhan dan /, '');
  return /^(huyen|thi xa|thanh pho|quan) /.test(k) && classifyUnit(issuer).kind === 'unit' ? `${prov}:${slugify(k)}` : prov;
}

/** A new imported plan's id: "kh-005", "kh-006"… */
function nextImportId(store: StoreCore): string {
  const n = (store.db.prepare('SELECT count(*) AS n FROM plans').get() as { n: number }).n + 1;
  for (let i = n; ; i++) {
    const id = `kh-${String(i).padStart(3, '0')}`;
    if (!store.db.prepare('SELECT 1 FROM plans WHERE id = ?').get(id)) return id;
  }
}

/** Writes a plan and everything under it; returns its id. Call inside a transaction (the caller's). */
export function insertPlanDraft(store: StoreCore, draft: PlanDraft, deps: ResolveDeps, by: Actor | null): string {
  const m = draft.meta;
  const provinceCode = m.province ? deps.resolveProvince(m.province) : null;
  const scope = planScope(m.issuer, provinceCode);
  const registry = deps.registry.filter((r) => provinceCode != null && (r.code === provinceCode || r.code.startsWith(`${provinceCode}:`)));
  const ctxProvince = { provinceCode, scope: provinceCode ?? 'khac', registry, resolveProvince: deps.resolveProvince };
  // The province's districts and communes of the plan's era: members of its groups.
  const admin = adminUnitsOf(deps, provinceCode, (n) => resolvePlanUnit(n, ctxProvince));
  for (const a of admin) ensureUnit(store, a, by);
  const issuer = resolvePlanUnit(m.issuer, { ...ctxProvince, admin });
  const issuerUnit = issuer ? ensureUnit(store, issuer, by) : null;
  // A district's plan: its groups are that district's units ("UBND các xã, thị trấn" of huyện Bình Sơn).
  const parentCode = issuerUnit?.level === 'district' && admin.some((a) => a.code === issuerUnit.code) ? issuerUnit.code : null;
  const ctxScoped = { ...ctxProvince, scope, admin, parentCode };
  const issuerKey = unitKey(m.issuer);
  const unitOf = (ref: SeedUnitRef) => {
    const name = seedUnitName(ref);
    if (issuerUnit && unitKey(name) === issuerKey) return issuerUnit; // the issuer named again as a unit
    const u = resolvePlanUnit(name, ctxScoped, typeof ref === 'string' ? undefined : ref.levels);
    return u ? ensureUnit(store, u, by) : null;
  };
  const responsible = m.responsible
    .map((r) => ({ unit: unitOf(r.name), ...r }))
    .filter((r) => r.unit)
    .map((r) => ({ code: r.unit!.code, name: r.name, source: r.source }));

  const id = m.origin === 'seed' ? m.id : nextImportId(store);
  store.db
    .prepare(
      `INSERT INTO plans (id, origin, issuer, issuer_unit, province, province_code, number, date, date_text, year, title, period_from, period_to,
                          indices, indices_note, responsible, source_file, appendix_text, content_hash, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(
      id, m.origin, m.issuer, issuerUnit?.code ?? null, m.province, provinceCode, m.number, m.date, m.dateText, m.year, m.title,
      m.period.from, m.period.to, JSON.stringify(m.indices), m.indicesNote ?? null, JSON.stringify(responsible), m.sourceFile ?? null,
      m.appendixText ?? null, m.contentHash ?? null, now(store), by?.id ?? null
    );

  const insTask = store.db.prepare(
    'INSERT INTO plan_tasks (plan_id, number, content, schedule, frequency, note, source_line) VALUES (?, ?, ?, ?, ?, ?, ?)'
  );
  const insProduct = store.db.prepare(
    `INSERT INTO plan_task_products (task_id, position, text, items, lead_text, cooperating_text, schedule, frequency, time_text, note, source_line)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  );
  const insTaskUnit = store.db.prepare(
    'INSERT INTO plan_task_units (task_id, product_id, role, unit_code, written, position) VALUES (?, ?, ?, ?, ?, ?)'
  );
  const insTarget = store.db.prepare(
    `INSERT INTO plan_targets (plan_id, task_id, product_id, position, kind, json, source, context, window_from, window_to)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  );
  const insTargetUnit = store.db.prepare('INSERT OR IGNORE INTO plan_target_units (target_id, unit_code) VALUES (?, ?)');
  const insLink = store.db.prepare(
    `INSERT OR IGNORE INTO plan_task_links (task_id, index_id, component, state, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)`
  );

  for (const t of draft.tasks) {
    const taskId = Number(insTask.run(id, t.number, t.content, t.schedule, t.frequency, t.note, t.line).lastInsertRowid);
    const productIds = t.products.map((p, i) =>
      Number(
        insProduct.run(taskId, i + 1, p.text, JSON.stringify(p.items), p.leadText, p.cooperatingText, p.schedule, p.frequency, p.timeText, p.note, p.line)
          .lastInsertRowid
      )
    );
    let pos = 0;
    for (const [role, list] of [
      ['lead', t.lead],
      ['cooperating', t.cooperating]
    ] as const) {
      for (const ref of list) {
        const u = unitOf('levels' in ref && ref.levels ? { name: ref.name, levels: ref.levels } : ref.name);
        if (u) insTaskUnit.run(taskId, ref.product != null ? productIds[ref.product] : null, role, u.code, ref.name, ++pos);
      }
    }
    t.targets.forEach((d, i) => {
      const targetId = Number(
        insTarget.run(
          id, taskId, d.product != null ? productIds[d.product] : null, i + 1, d.target.kind, JSON.stringify(d.target), d.target.source,
          d.context ?? null, monthKey(d.window.from), monthKey(d.window.to)
        ).lastInsertRowid
      );
      for (const name of d.units) {
        const u = unitOf(name);
        if (u) insTargetUnit.run(targetId, u.code);
      }
    });
    for (const l of t.links) insLink.run(taskId, l.indexId, l.component, l.state ?? 'suggested', l.reason, now(store));
  }
  // The province's units the data knows (its DDCI departments and districts) are units of its plans
  // too, named or not: they are the members through which a group ("UBND các huyện…") reports.
  for (const r of registry) {
    if (r.group === 'tinh') continue;
    ensureUnit(store, { code: r.code, name: r.name, kind: 'unit', level: registryLevel(r.group), memberLevels: [], provinceCode, registryCode: r.code }, by);
  }
  return id;
}

/** Plans not replaced by a re-import: the only ones the pages read. */
const LIVE_PLANS = 'SELECT id FROM plans WHERE replaced_by IS NULL';

// ── Reading ─────────────────────────────────────────────────────────────────────────────────────

interface PlanDbRow {
  id: string;
  origin: 'seed' | 'import';
  issuer: string;
  issuer_unit: string | null;
  province: string;
  province_code: string | null;
  number: string;
  date: string | null;
  date_text: string;
  year: number;
  title: string;
  period_from: number;
  period_to: number;
  indices: string;
  indices_note: string | null;
  responsible: string;
  source_file: string | null;
  has_appendix: number;
  created_at: string;
  created_by: number | null;
}

export function listPlanRows(store: StoreCore): PlanRow[] {
  const rows = store.db
    .prepare(`SELECT *, appendix_text IS NOT NULL AS has_appendix FROM plans WHERE replaced_by IS NULL ORDER BY origin DESC, id`)
    .all() as PlanDbRow[];
  return rows.map((r) => ({
    id: r.id,
    origin: r.origin,
    issuer: r.issuer,
    issuerUnit: r.issuer_unit,
    province: r.province,
    provinceCode: r.province_code,
    number: r.number,
    date: r.date,
    dateText: r.date_text,
    year: r.year,
    title: r.title,
    period: { from: r.period_from, to: r.period_to },
    indices: JSON.parse(r.indices) as PlanRow['indices'],
    ...(r.indices_note ? { indicesNote: r.indices_note } : {}),
    ...(r.source_file ? { sourceFile: r.source_file } : {}),
    responsible: JSON.parse(r.responsible) as PlanRow['responsible'],
    hasAppendix: r.has_appendix === 1,
    createdAt: r.created_at,
    createdBy: r.created_by
  }));
}

export function appendixText(store: StoreCore, planId: string): string | null {
  const r = store.db.prepare('SELECT appendix_text FROM plans WHERE id = ?').get(planId) as { appendix_text: string | null } | undefined;
  return r?.appendix_text ?? null;
}

function readTasks(store: StoreCore): TaskRow[] {
  const tasks = store.db.prepare(`SELECT * FROM plan_tasks WHERE plan_id IN (${LIVE_PLANS}) ORDER BY plan_id, number`).all() as {
    id: number;
    plan_id: string;
    number: number;
    content: string;
    schedule: string;
    frequency: string;
    note: string;
    source_line: number | null;
  }[];
  const products = store.db.prepare('SELECT * FROM plan_task_products ORDER BY task_id, position').all() as {
    id: number;
    task_id: number;
    position: number;
    text: string;
    items: string;
    lead_text: string;
    cooperating_text: string;
    schedule: string;
    frequency: string;
    time_text: string;
    note: string;
    source_line: number | null;
  }[];
  const units = store.db.prepare('SELECT * FROM plan_task_units ORDER BY task_id, position').all() as {
    task_id: number;
    product_id: number | null;
    role: 'lead' | 'cooperating';
    unit_code: string;
    written: string;
  }[];
  const byTask = new Map<number, TaskRow>();
  const out = tasks.map((t): TaskRow => {
    const row: TaskRow = {
      id: t.id,
      planId: t.plan_id,
      number: t.number,
      content: t.content,
      schedule: t.schedule,
      frequency: t.frequency,
      note: t.note,
      line: t.source_line,
      products: [],
      lead: [],
      cooperating: []
    };
    byTask.set(t.id, row);
    return row;
  });
  for (const p of products) {
    byTask.get(p.task_id)?.products.push({
      id: p.id,
      position: p.position,
      text: p.text,
      items: JSON.parse(p.items) as string[],
      leadText: p.lead_text,
      cooperatingText: p.cooperating_text,
      schedule: p.schedule,
      frequency: p.frequency,
      timeText: p.time_text,
      note: p.note,
      line: p.source_line
    } satisfies ProductRow);
  }
  for (const u of units) {
    const t = byTask.get(u.task_id);
    if (!t) continue;
    const list = u.role === 'lead' ? t.lead : t.cooperating;
    // The same unit named on several product rows is one lead of the task; keep the first.
    if (!list.some((x) => x.code === u.unit_code && x.productId === u.product_id)) list.push({ code: u.unit_code, written: u.written, productId: u.product_id } satisfies TaskUnitRef);
  }
  return out;
}

function readTargets(store: StoreCore): TargetRow[] {
  const rows = store.db.prepare(`SELECT * FROM plan_targets WHERE plan_id IN (${LIVE_PLANS}) ORDER BY plan_id, task_id, position`).all() as {
    id: number;
    plan_id: string;
    task_id: number | null;
    product_id: number | null;
    json: string;
    context: string | null;
    window_from: string;
    window_to: string;
  }[];
  const units = store.db.prepare('SELECT target_id, unit_code FROM plan_target_units ORDER BY rowid').all() as { target_id: number; unit_code: string }[];
  const byTarget = new Map<number, string[]>();
  for (const u of units) {
    if (!byTarget.has(u.target_id)) byTarget.set(u.target_id, []);
    byTarget.get(u.target_id)!.push(u.unit_code);
  }
  return rows.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    taskId: r.task_id,
    productId: r.product_id,
    target: JSON.parse(r.json) as Target,
    window: { from: parseMonthKey(r.window_from)!, to: parseMonthKey(r.window_to)! },
    context: r.context,
    units: byTarget.get(r.id) ?? []
  }));
}

export function readLinks(store: StoreCore): LinkRow[] {
  const rows = store.db
    .prepare(`SELECT * FROM plan_task_links WHERE task_id IN (SELECT id FROM plan_tasks WHERE plan_id IN (${LIVE_PLANS})) ORDER BY task_id, id`)
    .all() as {
    id: number;
    task_id: number;
    index_id: string;
    component: string;
    state: 'suggested' | 'confirmed';
    reason: string;
    updated_at: string | null;
    updated_by: number | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    taskId: r.task_id,
    indexId: r.index_id,
    component: r.component,
    state: r.state,
    reason: r.reason,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by
  }));
}

export function readReports(store: StoreCore): ReportRow[] {
  const rows = store.db
    .prepare(`SELECT * FROM plan_reports WHERE target_id IN (SELECT id FROM plan_targets WHERE plan_id IN (${LIVE_PLANS})) ORDER BY id`)
    .all() as {
    id: number;
    batch_id: number;
    target_id: number;
    unit_code: string;
    period: string;
    value: number | null;
    note: string;
    evidence_url: string | null;
    user_id: number;
    at: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    batchId: r.batch_id,
    targetId: r.target_id,
    unitCode: r.unit_code,
    period: r.period,
    value: r.value,
    note: r.note,
    evidenceUrl: r.evidence_url,
    userId: r.user_id,
    at: r.at
  }));
}

/** Everything the views need, read in one go (the plans are small: tens of tasks, hundreds of reports). */
export function readPlanData(store: StoreCore): PlanData {
  return store.db.transaction(
    (): PlanData => ({
      plans: listPlanRows(store),
      units: listUnits(store),
      tasks: readTasks(store),
      targets: readTargets(store),
      links: readLinks(store),
      reports: readReports(store),
      demo: null
    })
  )();
}
