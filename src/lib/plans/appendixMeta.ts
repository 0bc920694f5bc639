// What a pasted appendix says about its plan, to pre-fill the import form (the user checks it):
// "(Kèm theo Kế hoạch số /KH-UBND ngày / /2024 của UBND tỉnh Hà Tĩnh)", the heading under PHỤ LỤC,
// the year, and the indices it names.
import { cleanPhrase, stripMarkup } from './phraseText';

export interface AppendixMeta {
  title: string;
  issuer: string;
  province: string;
  number: string;
  /** The date as the attachment line prints it ("ngày 15/01/2026"), or "". */
  dateText: string;
  year: number | null;
  /** Index ids named in the text ("ddci" for a DDCI, resolved by the caller to the province's). */
  indices: string[];
}

const INDEX_NAMES: [RegExp, string][] = [
  [/\bPCI\b/, 'pci'],
  [/\bPAPI\b/, 'papi'],
  [/\bPAR ?INDEX\b/i, 'par_index'],
  [/\bSIPAS\b/, 'sipas'],
  [/\bDTI\b/, 'dti'],
  [/\bDDCI\b/, 'ddci']
];

export function guessAppendixMeta(text: string): AppendixMeta {
  const lines = (typeof text === 'string' ? text.slice(0, 200_000) : '').normalize('NFC').split(/\r\n|\r|\n/).map((l) => cleanPhrase(stripMarkup(l)));
  const header = lines.findIndex((l) => /^TT\s+NHIỆM VỤ/.test(l));
  const before = lines.slice(0, header < 0 ? 40 : header).filter(Boolean);
  const attach = before.find((l) => /kèm theo/i.test(l)) ?? '';
  const issuerMatch = /của\s+((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Văn phòng|Sở)[^)]*?)\)?$/iu.exec(attach);
  const issuer = issuerMatch ? issuerMatch[1].trim() : '';
  const provinceMatch = /(?:tỉnh|thành phố)\s+(.+)$/iu.exec(issuer);
  const numberMatch = /số\s+(\S*\/KH-[\p{L}]+)/iu.exec(attach);
  const dateMatch = /ngày\s+[\d\s/.-]*\d{4}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/iu.exec(attach);
  const heading = before.filter((l) => !/^phụ lục$/i.test(l) && !/kèm theo/i.test(l)).find((l) => l.length > 15 && l === l.toUpperCase()) ?? '';
  const years = [...text.matchAll(/(?:năm|\/)\s?(20\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  const count = new Map<number, number>();
  for (const y of years) count.set(y, (count.get(y) ?? 0) + 1);
  const year = [...count.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
  const indices = INDEX_NAMES.filter(([re]) => re.test(text)).map(([, id]) => id);
  // The heading is in capitals; acronyms stay capitals when it is written as a sentence.
  const title = heading
    ? (heading.charAt(0) + heading.slice(1).toLocaleLowerCase('vi')).replace(/\b(pci|papi|par index|sipas|dti|ddci|cchc|ubnd|hđnd|cntt)\b/giu, (m) => m.toLocaleUpperCase('vi'))
    : '';
  return { title, issuer, province: provinceMatch ? provinceMatch[1].trim() : '', number: numberMatch ? numberMatch[1] : '', dateText: dateMatch ? dateMatch[0].replace(/\s+/g, ' ').trim() : '', year, indices };
}
