import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanAppendix } from './parsePlanAppendix';
import { parseTargetPhrase } from './parseTargetPhrase';
import { stripMarkup } from './phraseText';
import { readSeed } from './readSeed';
import { seedUnitName, type SeedPlanFile, type Target } from './types';

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const file: SeedPlanFile = JSON.parse(readFileSync(path.resolve(process.cwd(), 'data/plans/seed_plans.json'), 'utf8'));
const texts = new Map(file.plans.map((p) => [p.id, collapse(readSeed(p.file))]));
const textOf = (id: string) => texts.get(id) ?? '';

/** Every verbatim string the plan entry claims, with a label for the failure message. */
function quotes(plan: SeedPlanFile['plans'][number]): [string, string][] {
  const out: [string, string][] = [['title', plan.title]];
  for (const i of plan.indices) {
    out.push([`index ${i.id}`, i.source]);
    if (i.suppliedBy) out.push([`index ${i.id} supplier`, i.suppliedBy.source]);
  }
  for (const u of plan.responsibleUnits ?? []) out.push([`unit ${u.name}`, u.source]);
  for (const task of plan.tasks ?? []) {
    out.push(['task', task.content]);
    if (task.context) out.push(['context', task.context]);
    if (task.lead) out.push(['lead', task.lead.source]);
    if (task.cooperating) out.push(['cooperating', task.cooperating.source]);
    for (const l of task.links ?? []) out.push([`link ${l.indexId}`, l.source]);
    for (const t of task.targets) {
      out.push(['target source', t.target.source]);
      if (t.unitsFrom) out.push(['units from', t.unitsFrom]);
      if (t.target.kind === 'unquantified') out.push(['unquantified text', t.target.text]);
    }
  }
  return out;
}

const allTargets = (plan: SeedPlanFile['plans'][number]) => (plan.tasks ?? []).flatMap((t) => t.targets);

/** The number as written in a sentence: 3 matches "03", not "30" or "13". */
const written = (n: number) => `(?<![\\d.,])0*${String(n).replace('.', '[.,]')}(?![\\d])`;

const numbers = (t: Target) => {
  const { source: _s, ...rest } = t;
  if (rest.kind === 'rate') delete rest.each; // the parser does not infer "each" from a sentence's subject
  return rest;
};

describe('data/plans/seed_plans.json', () => {
  it('holds the four seed plans, each with its shipped seed file', () => {
    expect(file.plans.map((p) => p.id)).toEqual(['001', '002', '003', '004']);
    const shipped = readdirSync(path.resolve(process.cwd(), 'data/plans/seeds')).filter((f) => f.endsWith('.txt'));
    expect(shipped.sort()).toEqual(file.plans.map((p) => p.file).sort());
    for (const p of file.plans) {
      expect(textOf(p.id).length).toBeGreaterThan(1000);
      expect(p.period.from).toBeLessThanOrEqual(p.period.to);
      expect(p.year).toBeGreaterThanOrEqual(p.period.from);
    }
  });

  it.each(file.plans.map((p) => [p.id, p] as const))('plan %s: every quoted text occurs verbatim in its seed file', (id, plan) => {
    for (const [label, quote] of quotes(plan)) {
      expect(textOf(id).includes(collapse(quote)), `${label}: ${quote}`).toBe(true);
    }
  });

  it.each(file.plans.map((p) => [p.id, p] as const))('plan %s: number and date are as printed (emphasis removed)', (id, plan) => {
    const plain = stripMarkup(textOf(id));
    if (plan.number) expect(plain).toContain(`Số: ${plan.number}`);
    if (plan.dateText) expect(plain).toContain(plan.dateText);
    if (plan.date) {
      const [y, m, d] = plan.date.split('-');
      expect(plan.dateText).toContain(`ngày ${d} tháng ${m} năm ${y}`);
    }
  });

  it.each(file.plans.map((p) => [p.id, p] as const))('plan %s: unit names are written in the sentence they come from', (_id, plan) => {
    const responsible = (plan.responsibleUnits ?? []).map((u) => u.name);
    for (const task of plan.tasks ?? []) {
      for (const t of task.targets)
        for (const u of t.units.map(seedUnitName)) {
          const named = collapse(t.target.source).includes(u) || collapse(t.unitsFrom ?? '').includes(u) || responsible.includes(u);
          expect(named, u).toBe(true);
        }
      for (const u of task.lead?.units ?? []) expect(collapse(task.lead?.source ?? '').includes(u) || responsible.includes(u), u).toBe(true);
      for (const u of task.cooperating?.units ?? []) expect(task.cooperating?.source, u).toContain(u);
    }
    for (const u of plan.responsibleUnits ?? []) expect(u.source).toContain(u.name);
    for (const i of plan.indices) if (i.suppliedBy) expect(i.suppliedBy.source).toContain(i.suppliedBy.unit);
  });

  it('every percent and quota equals the number written in its sentence', () => {
    const all = file.plans.flatMap((p) => allTargets(p).map((t) => t.target));
    const checked = all.filter((t) => t.kind === 'percent' || t.kind === 'quota');
    expect(checked.map((t) => t.kind)).toEqual([...Array(9).fill('percent'), 'quota', 'quota', 'quota']);
    for (const t of checked) {
      if (t.kind === 'percent') expect(t.source).toMatch(new RegExp(`${written(t.percent)} ?%`, 'u'));
      if (t.kind === 'quota') expect(t.source).toMatch(new RegExp(`mỗi [\\p{L} ]+ ${written(t.amount)} ${t.what}`, 'u'));
    }
    expect(checked.map((t) => (t.kind === 'percent' ? t.percent : t.kind === 'quota' ? `${t.amount}/${t.per}` : ''))).toEqual([
      100, 100, 90, 100, 100, 100, 100, 100, 100, '3/sở', '6/huyện', '2/xã'
    ]);
  });

  it('every hand-entered target is what parseTargetPhrase reads from its source', () => {
    for (const plan of file.plans) {
      for (const { target } of allTargets(plan)) {
        const parsed = parseTargetPhrase(target.source);
        if (target.kind === 'unquantified') {
          expect(parsed.map((t) => t.kind), target.source).toEqual(['unquantified']);
        } else {
          expect(parsed.map(numbers), target.source).toContainEqual(numbers(target));
        }
      }
    }
  });

  it('names catalogue indices only (DTI is one since issue 12)', () => {
    const catalogue = readdirSync(path.resolve(process.cwd(), 'data/indices')).map((f) => f.replace(/\.json$/, ''));
    const ids = new Set(file.plans.flatMap((p) => p.indices.map((i) => i.id)));
    for (const id of ids) expect(catalogue).toContain(id);
    expect(file.plans.find((p) => p.id === '002')?.indices.map((i) => i.id)).toEqual(['pci', 'ddci_42', 'sipas']);
    expect(file.plans.find((p) => p.id === '004')?.indices.map((i) => i.id)).toEqual(['pci', 'par_index', 'sipas', 'papi', 'dti']);
  });

  it('links stated by the text: 003 §2.1 names PAPI and PCI, 004 e) five indices, DTI among them', () => {
    const stated = (id: string) => file.plans.find((p) => p.id === id)!.tasks!.flatMap((t) => (t.links ?? []).map((l) => l.indexId));
    expect(stated('003')).toEqual(['papi', 'pci']);
    expect(stated('004')).toEqual(['pci', 'par_index', 'sipas', 'papi', 'dti']);
    for (const p of file.plans) for (const t of p.tasks ?? []) for (const l of t.links ?? []) expect(p.indices.map((i) => i.id)).toContain(l.indexId);
  });

  it('plan 002 points at its appendix, which parses into the expected tasks', () => {
    const plan = file.plans.find((p) => p.id === '002');
    const appendix = plan?.appendix;
    if (!appendix) throw new Error('002 has no appendix pointer');
    const text = readSeed(appendix.file);
    expect(collapse(text)).toContain(appendix.heading);
    expect(parsePlanAppendix(text).tasks).toHaveLength(appendix.expectedTasks);
  });
});
