// Writes data/plans/units_pre2025.json: the district- and commune-level units of the seed plans'
// provinces before the 2025 reorganisation, from the General Statistics Office's list of
// administrative units as packaged by the npm package `dvhcvn` (one release per list date).
//
//   npm pack dvhcvn@1.0.20221001 dvhcvn@1.1.20240501   # then untar each into its own folder
//   node data/plans/extract_units_pre2025.mjs <dir of 1.0.20221001> <dir of 1.1.20240501>
//
// Each province takes the release nearest its plan's date (the package publishes none before
// 01/10/2022, so Kon Tum's 2018 plan gets the 2022 list; the file says so).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const [dir2022, dir2024] = process.argv.slice(2);
if (!dir2022 || !dir2024) throw new Error('usage: extract_units_pre2025.mjs <dvhcvn 1.0.20221001 dir> <dvhcvn 1.1.20240501 dir>');
const load = (dir) => require(path.resolve(dir, 'package/lib/index.js'));
const lists = {
  '2022-10-01': { pkg: 'dvhcvn@1.0.20221001', m: load(dir2022) },
  '2024-05-01': { pkg: 'dvhcvn@1.1.20240501', m: load(dir2024) }
};
const TYPE = { 0: 'huyện', 2: 'phường', 3: 'thị trấn', 4: 'thị xã', 6: 'thành phố', 8: 'xã' };

// province GSO code, the plan, the list date used, whose communes are shipped (true: every district's)
const WANTED = [
  { code: '51', plan: '001 (2022, huyện Bình Sơn)', list: '2022-10-01', communes: ['524'] },
  { code: '42', plan: '002 (2024)', list: '2024-05-01', communes: true },
  { code: '62', plan: '003 (2018)', list: '2022-10-01', communes: true, note: 'Kế hoạch năm 2018; nguồn không có danh mục trước 01/10/2022, dùng danh mục ngày 01/10/2022.' },
  { code: '26', plan: '004 (2023)', list: '2022-10-01', communes: false }
];

const provinces = WANTED.map((w) => {
  const { pkg, m } = lists[w.list];
  const p = m.findLevel1ById(w.code);
  const withCommunes = (d) => w.communes === true || (Array.isArray(w.communes) && w.communes.includes(d.id));
  return {
    code: w.code,
    name: p.name,
    plan: w.plan,
    asOf: w.list,
    package: pkg,
    ...(w.note ? { note: w.note } : {}),
    districts: p.children.map((d) => ({
      gso: d.id,
      name: d.name.trim(),
      type: TYPE[d.type],
      ...(withCommunes(d) ? { communes: d.children.map((c) => ({ gso: c.id, name: c.name.trim(), type: TYPE[c.type] })) } : {})
    }))
  };
});

const out = {
  note:
    'Đơn vị hành chính cấp huyện và cấp xã trước sắp xếp năm 2025 của các tỉnh có kế hoạch mẫu. Nguồn: Danh mục đơn vị hành chính Việt Nam của Tổng cục Thống kê, qua gói npm dvhcvn (github.com/daohoangson/dvhcvn, GPL-3.0), bản theo ngày danh mục ghi ở từng tỉnh. Tên giữ nguyên như nguồn. Sinh bởi data/plans/extract_units_pre2025.mjs.',
  source: { name: 'Tổng cục Thống kê — Danh mục đơn vị hành chính Việt Nam', via: 'npm dvhcvn', url: 'https://github.com/daohoangson/dvhcvn' },
  provinces
};
writeFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname), 'units_pre2025.json'), JSON.stringify(out, null, 1) + '\n');
console.log(provinces.map((p) => `${p.name}: ${p.districts.length} huyện, ${p.districts.reduce((a, d) => a + (d.communes?.length ?? 0), 0)} xã`).join('\n'));
