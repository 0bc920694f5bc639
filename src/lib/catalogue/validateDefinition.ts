// Checks an index definition an admin uploads or edits (e.g. their province's DDCI) before it
// reaches the catalogue. Messages in Vietnamese, each naming the field.
import type { IndexDefinition } from './types';

export type DefinitionCheck = { ok: true; def: IndexDefinition } | { ok: false; errors: string[] };

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown, max = 300): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= max;
const isLocal = (v: unknown) => isObj(v) && isText(v.vi) && isText(v.en);
const CODE = /^[a-z0-9_]{1,60}$/;

export function validateDefinition(input: unknown): DefinitionCheck {
  const errors: string[] = [];
  const d = input;
  if (!isObj(d)) return { ok: false, errors: ['Định nghĩa phải là một đối tượng JSON.'] };
  if (!isText(d.id, 60) || !CODE.test(d.id)) errors.push('"id": chỉ gồm chữ thường không dấu, số và dấu gạch dưới (vd. ddci_42).');
  if (!isText(d.short, 40)) errors.push('"short": thiếu tên ngắn (vd. "DDCI Hà Tĩnh").');
  if (!isLocal(d.name)) errors.push('"name": cần tên tiếng Việt (vi) và tiếng Anh (en).');
  if (!isText(d.publisher)) errors.push('"publisher": thiếu cơ quan công bố.');
  if (d.unitLevel !== 'province' && d.unitLevel !== 'department-district') errors.push('"unitLevel": "province" hoặc "department-district".');
  if (d.unitLevel === 'department-district' && !(isText(d.province, 2) && /^\d{2}$/.test(d.province))) {
    errors.push('"province": mã tỉnh 2 chữ số của tỉnh định nghĩa DDCI (vd. "42").');
  }
  if (!isObj(d.total) || !isText(d.total.code, 60) || !isLocal(d.total)) errors.push('"total": cần code, vi, en.');
  if (!Array.isArray(d.periods) || d.periods.length === 0) errors.push('"periods": cần ít nhất một giai đoạn phương pháp.');
  else
    d.periods.forEach((p: unknown, i: number) => {
      const at = `"periods[${i}]"`;
      if (!isObj(p)) return void errors.push(`${at}: không hợp lệ.`);
      if (!Number.isInteger(p.from) || (p.from as number) < 1990 || (p.from as number) > 2100) errors.push(`${at}.from: năm không hợp lệ.`);
      if (p.to !== null && (!Number.isInteger(p.to) || (p.to as number) < (p.from as number))) errors.push(`${at}.to: năm kết thúc (hoặc null).`);
      if (!isObj(p.scale) || typeof p.scale.min !== 'number' || typeof p.scale.max !== 'number' || p.scale.min >= p.scale.max) {
        errors.push(`${at}.scale: cần min < max.`);
      }
      if (!['weighted', 'sum', 'none'].includes(p.aggregation as string)) errors.push(`${at}.aggregation: "weighted", "sum" hoặc "none".`);
      if (!Array.isArray(p.components)) return void errors.push(`${at}.components: cần danh sách thành phần.`);
      const codes = new Set<string>();
      let weights = 0;
      p.components.forEach((c: unknown, j: number) => {
        if (!isObj(c) || !isText(c.code, 60) || !CODE.test(c.code) || !isLocal(c)) return void errors.push(`${at}.components[${j}]: cần code, vi, en.`);
        if (codes.has(c.code)) errors.push(`${at}.components[${j}]: trùng mã "${c.code}".`);
        codes.add(c.code);
        if (c.weight != null && (typeof c.weight !== 'number' || c.weight < 0 || c.weight > 100)) errors.push(`${at}.components[${j}].weight: 0–100.`);
        if (c.maxPoints != null && (!isObj(c.maxPoints) || !Object.entries(c.maxPoints).every(([y, m]) => /^\d{4}$/.test(y) && typeof m === 'number' && m > 0 && m <= 1000)))
          errors.push(`${at}.components[${j}].maxPoints: năm (4 chữ số) → điểm tối đa dương.`);
        weights += typeof c.weight === 'number' ? c.weight : 0;
      });
      if (p.aggregation === 'weighted' && Math.abs(weights - 100) > 0.5) errors.push(`${at}: tổng trọng số là ${weights}, phải là 100.`);
    });
  if (!Array.isArray(d.bands) || !d.bands.every((b) => isText(b, 60))) errors.push('"bands": danh sách xếp loại (có thể rỗng).');
  if (!Array.isArray(d.breaks) || !d.breaks.every((b) => Number.isInteger(b))) errors.push('"breaks": danh sách năm đổi phương pháp (có thể rỗng).');
  if (!isObj(d.rankedUnits)) errors.push('"rankedUnits": đối tượng năm → số đơn vị được xếp hạng (có thể rỗng).');
  if (!Number.isInteger(d.defaultRankedUnits) || (d.defaultRankedUnits as number) < 1) errors.push('"defaultRankedUnits": số nguyên dương.');
  if (d.newUnitsFrom != null && !(Number.isInteger(d.newUnitsFrom) && (d.newUnitsFrom as number) >= 2020 && (d.newUnitsFrom as number) <= 2100))
    errors.push('"newUnitsFrom": năm đầu tiên chỉ số công bố theo 34 đơn vị mới (vd. 2024).');
  if (d.digits != null && !(Number.isInteger(d.digits) && (d.digits as number) >= 0 && (d.digits as number) <= 6)) errors.push('"digits": số chữ số thập phân khi hiển thị (0–6).');
  if (d.printedRanks != null && (!isObj(d.printedRanks) || !Object.entries(d.printedRanks).every(([y, n]) => /^\d{4}$/.test(y) && Number.isInteger(n) && (n as number) > 0)))
    errors.push('"printedRanks": năm (4 chữ số) → số thứ hạng được in (chỉ công bố nhóm đầu).');
  if (d.publishesRanks != null && typeof d.publishesRanks !== 'boolean') errors.push('"publishesRanks": true hoặc false.');
  if (d.unitGroups != null && (!Array.isArray(d.unitGroups) || !d.unitGroups.every((g) => isObj(g) && isText(g.code, 60) && isLocal(g)))) {
    errors.push('"unitGroups": mỗi nhóm cần code, vi, en.');
  }
  return errors.length ? { ok: false, errors } : { ok: true, def: d as unknown as IndexDefinition };
}
