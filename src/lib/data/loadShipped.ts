// Turns the shipped files (data/*.csv) into the one long table of observations.
// Each source has a priority; where two give the same cell, the higher one wins and the
// disagreement is recorded as a Conflict (data/README.md: the workbooks beat the profile pages).
import type { IndexDefinition } from '../catalogue/types';
import { rankedUnitsFor } from '../catalogue/types';
import { ProvinceNames, type ProvinceRecord } from '../units/provinceNames';
import { slugify } from '../text/vietnamese';
import { csvRows, int, num, type CsvRow } from './csvRows';
import type { Conflict, Observation, RankSource } from './observation';

export const SHIPPED_FILES = [
  'province_codes_63.csv',
  'pci_2006_2015_all_provinces.csv',
  'pci_province_history.csv',
  'pci_kontum_news.csv',
  'papi_2011_2015_dimensions.csv',
  'par_sipas_papi_province_results.csv',
  'par_index_components_kontum_2023.csv',
  'ddci_hatinh_2021_partial.csv',
  'pci_2016_2019_all_provinces.csv',
  'papi_2016_2019_dimensions.csv',
  'pci_2022_2024_top_lists.csv',
  'dti_2022_all_provinces_rank.csv',
  'dti_2020_2023_point_values.csv',
  'par_sipas_papi_extra_point_values.csv'
] as const;

export type ShippedFiles = Record<(typeof SHIPPED_FILES)[number], string>;

export interface LoadResult {
  observations: Observation[];
  conflicts: Conflict[];
  /** Names no province matched, with the file they came from. */
  unknownNames: { file: string; name: string }[];
  /** Suspicious published values kept as printed (e.g. a rank above the number ranked). */
  warnings: string[];
  provinces: ProvinceRecord[];
}

const PCI_COMPONENTS = [
  'gia_nhap_thi_truong',
  'tiep_can_dat_dai',
  'tinh_minh_bach',
  'chi_phi_thoi_gian',
  'chi_phi_khong_chinh_thuc',
  'canh_tranh_binh_dang',
  'tinh_nang_dong',
  'ho_tro_doanh_nghiep',
  'dao_tao_lao_dong',
  'thiet_che_phap_ly'
];

const PAPI_COMPONENTS = [
  'd1_participation',
  'd2_transparency',
  'd3_vertical_accountability',
  'd4_control_of_corruption',
  'd5_public_admin_procedures',
  'd6_public_service_delivery'
];
// From PAPI 2018 (the 2018 and 2019 workbooks): two more dimensions.
const PAPI_COMPONENTS_8 = [...PAPI_COMPONENTS, 'd7_environmental_governance', 'd8_e_governance'];

// DTI's columns in dti_2022_all_provinces_rank.csv → catalogue codes (data/indices/dti.json).
const DTI_COLUMNS: Record<string, string> = {
  hoat_dong_chinh_quyen_so: 'chinh_quyen_so',
  hoat_dong_kinh_te_so: 'kinh_te_so',
  hoat_dong_xa_hoi_so: 'xa_hoi_so',
  nhan_thuc_so: 'nhan_thuc_so',
  the_che_so: 'the_che_so',
  ha_tang_so: 'ha_tang_so',
  nhan_luc_so: 'nhan_luc_so',
  an_toan_thong_tin_mang: 'an_toan_thong_tin_mang'
};

// Kon Tum's PAR INDEX 2023 breakdown, by the Vietnamese label printed in the source.
const PAR_PARTS: Record<string, string> = {
  'TỔNG: Chỉ số CCHC (PAR INDEX)': 'total',
  'Điểm thẩm định (8 lĩnh vực/ tiêu chí do Bộ Nội vụ thẩm định)': 'diem_tham_dinh',
  'Điểm đánh giá tác động của CCHC (điều tra xã hội học)': 'diem_tac_dong',
  '- trong đó: Chỉ số SIPAS': 'tac_dong_sipas',
  '- trong đó: Khảo sát lãnh đạo quản lý': 'tac_dong_khao_sat_lanh_dao',
  '- trong đó: Tác động đến phát triển kinh tế - xã hội': 'tac_dong_ktxh',
  'Công tác chỉ đạo, điều hành CCHC': 'chi_dao_dieu_hanh',
  'Cải cách thể chế': 'cai_cach_the_che',
  'Cải cách thủ tục hành chính': 'cai_cach_tthc',
  'Cải cách tổ chức bộ máy hành chính': 'cai_cach_to_chuc_bo_may',
  'Cải cách chế độ công vụ': 'cai_cach_che_do_cong_vu',
  'Cải cách tài chính công': 'cai_cach_tai_chinh_cong',
  'Xây dựng và phát triển chính quyền điện tử, chính quyền số': 'chinh_quyen_so'
};

const INDEX_IDS: Record<string, string> = { PAPI: 'papi', PAR_INDEX: 'par_index', SIPAS: 'sipas' };

// "-3.07 điểm vs 2020", "+0.32 vs 2020": a change from an earlier year, which implies that year's value.
const CHANGE_VS = /([+-]\d+(?:\.\d+)?)\s*(?:điểm\s*)?vs\s*(\d{4})/;

export function provinceRecords(codesCsv: string): ProvinceRecord[] {
  return csvRows(codesCsv).map((r) => ({ code: r.gso_code_2digit, nameVi: r.province_vi, nameEn: r.province_en }));
}

export function loadShipped(files: ShippedFiles, definitions: IndexDefinition[]): LoadResult {
  const defs = new Map(definitions.map((d) => [d.id, d]));
  const provinces = provinceRecords(files['province_codes_63.csv']);
  const names = new ProvinceNames(provinces);
  const out = new Map<string, { obs: Observation; priority: number }>();
  const conflicts: Conflict[] = [];
  const unknownNames: LoadResult['unknownNames'] = [];
  const warnings: string[] = [];

  const unit = (file: string, name: string): ProvinceRecord | null => {
    const code = names.resolve(name);
    if (!code) {
      unknownNames.push({ file, name });
      return null;
    }
    return names.record(code)!;
  };

  const rankOf = (indexId: string, year: number) => {
    const d = defs.get(indexId);
    return d ? rankedUnitsFor(d, year) : null;
  };

  // priority: lower number = more trusted source. A rank is the publisher's unless the caller says
  // it was derived (a press position for an index that publishes none, a rank implied by "+N bậc").
  const put = (draft: Omit<Observation, 'rank_source'> & { rank_source?: RankSource }, priority: number) => {
    const o: Observation = { ...draft, rank_source: draft.rank == null ? null : (draft.rank_source ?? 'published') };
    if (o.value == null && o.rank == null && o.band == null) return;
    const key = `${o.index_id}|${o.unit_code}|${o.year}|${o.indicator}`;
    const prev = out.get(key);
    if (!prev) {
      out.set(key, { obs: o, priority });
      return;
    }
    const [win, lose] = prev.priority <= priority ? [prev.obs, o] : [o, prev.obs];
    for (const field of ['value', 'rank'] as const) {
      const a = win[field];
      const b = lose[field];
      if (a != null && b != null && Math.abs(a - b) > 0.005) {
        conflicts.push({
          unit_code: win.unit_code,
          unit_name: win.unit_name,
          year: win.year,
          index_id: win.index_id,
          indicator: win.indicator,
          field,
          kept: a,
          keptSource: win.source,
          dropped: b,
          droppedSource: lose.source
        });
      }
    }
    // Fill what the trusted source left empty, never overwrite it.
    const merged: Observation = {
      ...win,
      value: win.value ?? lose.value,
      rank: win.rank ?? lose.rank,
      rank_of: win.rank != null ? win.rank_of : (lose.rank_of ?? win.rank_of),
      rank_source: win.rank != null ? win.rank_source : lose.rank_source,
      band: win.band ?? lose.band
    };
    out.set(key, { obs: merged, priority: Math.min(prev.priority, priority) });
  };

  const base = (p: ProvinceRecord, year: number, index_id: string, source: string) => ({
    unit_code: p.code,
    unit_name: p.nameVi,
    unit_group: 'tinh',
    year,
    index_id,
    source
  });

  // 1. PCI: VCCI workbooks (priority 1), then profile pages (2), then provincial news (3).
  const pciRows = (file: keyof ShippedFiles, rows: CsvRow[], priority: number, src: (r: CsvRow) => string) => {
    for (const r of rows) {
      const p = unit(file, r.province);
      if (!p) continue;
      const year = Number(r.year);
      const b = base(p, year, 'pci', src(r));
      const rank = int(r.rank);
      const of = rankOf('pci', year);
      if (rank != null && of != null && rank > of) {
        warnings.push(`PCI ${year} ${p.nameVi}: thứ hạng ${rank} lớn hơn số tỉnh được xếp hạng (${of}) trong ${file}`);
      }
      put({ ...b, indicator: 'total', value: num(r.pci_score), rank, rank_of: rank != null ? of : null, band: r.tier || null }, priority);
      if (r.pci_unweighted) put({ ...b, indicator: 'total_unweighted', value: num(r.pci_unweighted), rank: null, rank_of: null, band: null }, priority);
      for (const c of PCI_COMPONENTS) put({ ...b, indicator: c, value: num(r[c]), rank: null, rank_of: null, band: null }, priority);
    }
  };
  pciRows('pci_2006_2015_all_provinces.csv', csvRows(files['pci_2006_2015_all_provinces.csv']), 1, (r) => r.source);
  pciRows('pci_2016_2019_all_provinces.csv', csvRows(files['pci_2016_2019_all_provinces.csv']), 1, (r) => r.source);
  pciRows('pci_province_history.csv', csvRows(files['pci_province_history.csv']), 2, (r) => r.source_url);

  // A value the news implies for an earlier year ("-3,07 điểm" from 2020), checked once everything is in.
  const implied: { obs: Observation; value: number; source: string }[] = [];
  for (const r of csvRows(files['pci_kontum_news.csv'])) {
    const p = unit('pci_kontum_news.csv', r.province);
    if (!p) continue;
    const year = Number(r.year);
    const indicator = r.field === 'pci_score' || r.field === 'pci_rank' ? 'total' : r.field;
    const rank = int(r.rank_of_63);
    const value = num(r.value);
    const b = base(p, year, 'pci', r.source_url);
    put({ ...b, indicator, value, rank, rank_of: rank != null ? rankOf('pci', year) : null, band: null }, 3);
    const m = r.note?.match(CHANGE_VS);
    if (m && value != null) {
      const prev = { ...b, year: Number(m[2]), indicator, value: Math.round((value - Number(m[1])) * 100) / 100, rank: null, rank_of: null, rank_source: null, band: null };
      implied.push({ obs: prev, value: prev.value, source: `${r.source_url} (suy ra: ${value} ${m[1]} điểm so với ${m[2]})` });
    }
  }

  // PCI 2022–2024 top lists and single provinces from the press: a stated rank is VCCI's (of 63, even
  // in 2023–2024 when only the top 30 were printed); a row listed without its own rank (2024's
  // places 6–10, a tie at 70,35) gets none.
  for (const r of csvRows(files['pci_2022_2024_top_lists.csv'])) {
    const p = unit('pci_2022_2024_top_lists.csv', r.province);
    if (!p) continue;
    const year = Number(r.year);
    const rank = int(r.rank);
    put({ ...base(p, year, 'pci', r.source), indicator: 'total', value: num(r.pci_score), rank, rank_of: rank != null ? rankOf('pci', year) : null, band: r.tier || null }, 3);
  }

  // 2. PAPI 2011–2015: the official workbook (6 dimensions, unweighted total).
  for (const r of csvRows(files['papi_2011_2015_dimensions.csv'])) {
    const p = unit('papi_2011_2015_dimensions.csv', r.province_vi);
    if (!p) continue;
    const b = base(p, Number(r.year), 'papi', r.source);
    let total = num(r.papi_total_unweighted_6dims);
    // The workbook sums blank dimensions to 0.0000 (Bắc Giang, Đồng Tháp 2014): 0 is outside 6–60, so it is a gap.
    if (total === 0 && PAPI_COMPONENTS.every((c) => num(r[c]) == null)) {
      warnings.push(`PAPI ${b.year} ${p.nameVi}: tổng 0 không có nội dung nào — coi là chưa công bố`);
      total = null;
    }
    put({ ...b, indicator: 'total', value: total, rank: null, rank_of: null, band: null }, 1);
    for (const c of PAPI_COMPONENTS) put({ ...b, indicator: c, value: num(r[c]), rank: null, rank_of: null, band: null }, 1);
  }

  // PAPI 2016–2019: 6 dimensions to 2017, 8 from 2018 (a methodology break; the total is out of 80).
  // The total is the one the workbook prints (none in 2018), never our sum; PAPI prints no ranks.
  for (const r of csvRows(files['papi_2016_2019_dimensions.csv'])) {
    const p = unit('papi_2016_2019_dimensions.csv', r.province_vi);
    if (!p) continue;
    const b = base(p, Number(r.year), 'papi', r.source);
    put({ ...b, indicator: 'total', value: num(r.papi_total_published), rank: null, rank_of: null, band: null }, 1);
    for (const c of PAPI_COMPONENTS_8) put({ ...b, indicator: c, value: num(r[c]), rank: null, rank_of: null, band: null }, 1);
  }

  // 3. PAR INDEX, SIPAS, PAPI figures quoted by portals (priority 2) and the press (3).
  const pressValues = (file: keyof ShippedFiles, priority: number) => {
    for (const r of csvRows(files[file])) {
      const index_id = INDEX_IDS[r.index];
      const p = unit(file, r.province);
      if (!p || !index_id) continue;
      const year = Number(r.year);
      const rank = int(r.rank_of_63);
      // PAPI publishes no ranks: a position quoted by the press is someone's ordering of the scores.
      const rank_source: RankSource = index_id === 'papi' ? 'derived' : 'published';
      put({ ...base(p, year, index_id, r.source_url ?? r.source), indicator: 'total', value: num(r.value), rank, rank_of: rank != null ? rankOf(index_id, year) : null, rank_source, band: null }, priority);
    }
  };
  pressValues('par_sipas_papi_province_results.csv', 2);
  pressValues('par_sipas_papi_extra_point_values.csv', 3);

  // DTI: the ministry's 2022 ranking of all 63 (scores and pillars for ranks 1–5), then values
  // quoted by portals and the press. A row with no rank of its own (a top-10 list) carries nothing.
  for (const r of csvRows(files['dti_2022_all_provinces_rank.csv'])) {
    const p = unit('dti_2022_all_provinces_rank.csv', r.province);
    if (!p) continue;
    const year = Number(r.year);
    const b = base(p, year, 'dti', r.source);
    const rank = int(r.dti_rank);
    put({ ...b, indicator: 'total', value: num(r.dti_score), rank, rank_of: rank != null ? rankOf('dti', year) : null, band: null }, 1);
    for (const [col, code] of Object.entries(DTI_COLUMNS)) put({ ...b, indicator: code, value: num(r[col]), rank: null, rank_of: null, band: null }, 1);
  }
  for (const r of csvRows(files['dti_2020_2023_point_values.csv'])) {
    const p = unit('dti_2020_2023_point_values.csv', r.province);
    if (!p) continue;
    const year = Number(r.year);
    const rank = int(r.dti_rank);
    put({ ...base(p, year, 'dti', r.source), indicator: 'total', value: num(r.dti_score), rank, rank_of: rank != null ? rankOf('dti', year) : null, band: null }, 2);
  }

  // 4. Kon Tum PAR INDEX 2023 by part and lĩnh vực.
  for (const r of csvRows(files['par_index_components_kontum_2023.csv'])) {
    const indicator = PAR_PARTS[r.component_vi];
    const p = unit('par_index_components_kontum_2023.csv', r.province);
    if (!p) continue;
    if (!indicator) {
      warnings.push(`PAR INDEX: không nhận ra thành phần "${r.component_vi}"`);
      continue;
    }
    const rank = int(r.rank_of_63);
    const b = base(p, Number(r.year), 'par_index', r.source_url);
    put({ ...b, indicator, value: num(r.score), rank, rank_of: rank != null ? 63 : null, band: null }, 1);
    const prevRank = int(r.prev_year_rank);
    const prevScore = num(r.prev_year_score);
    // "55 (implied: +12 bậc)": last year's rank worked out from this year's and the move; nobody printed it.
    const prevSource: RankSource = /implied/i.test(r.prev_year_rank ?? '') ? 'derived' : 'published';
    if (prevRank != null || prevScore != null) {
      put({ ...b, year: b.year - 1, indicator, value: prevScore, rank: prevRank, rank_of: prevRank != null ? 63 : null, rank_source: prevSource, band: null }, 3);
    }
  }

  // 5. DDCI Hà Tĩnh: departments and districts, their own unit codes under the province.
  const ddci = defs.get('ddci_42');
  if (ddci) {
    const groups = ddci.unitGroups ?? [];
    for (const r of csvRows(files['ddci_hatinh_2021_partial.csv'])) {
      const p = unit('ddci_hatinh_2021_partial.csv', r.province);
      if (!p) continue;
      const group = groups.find((g) => [g.vi, ...(g.aliases ?? [])].some((a) => a.toLowerCase() === r.unit_type.toLowerCase()));
      const b = {
        unit_code: `${p.code}:${slugify(r.unit)}`,
        unit_name: r.unit,
        unit_group: group?.code ?? 'khac',
        year: Number(r.year),
        index_id: ddci.id,
        source: r.source_url
      };
      put({ ...b, indicator: 'total', value: num(r.ddci_score_100), rank: null, rank_of: null, band: r.xep_loai || null }, 1);
      for (const c of ddci.periods[0].components) put({ ...b, indicator: c.code, value: num(r[c.code]), rank: null, rank_of: null, band: null }, 1);
    }
  }

  // A printed value the same source's later article contradicts: keep the printed one, record the other.
  for (const i of implied) {
    const kept = out.get(`${i.obs.index_id}|${i.obs.unit_code}|${i.obs.year}|${i.obs.indicator}`)?.obs;
    if (kept?.value != null && Math.abs(kept.value - i.value) > 0.005) {
      conflicts.push({
        unit_code: kept.unit_code,
        unit_name: kept.unit_name,
        year: kept.year,
        index_id: kept.index_id,
        indicator: kept.indicator,
        field: 'value',
        kept: kept.value,
        keptSource: kept.source,
        dropped: i.value,
        droppedSource: i.source
      });
    }
  }

  const observations = [...out.values()].map((v) => v.obs);
  observations.sort(
    (a, b) => a.index_id.localeCompare(b.index_id) || a.year - b.year || a.unit_code.localeCompare(b.unit_code) || a.indicator.localeCompare(b.indicator)
  );
  return { observations, conflicts, unknownNames, warnings, provinces };
}
