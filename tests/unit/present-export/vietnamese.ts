// Every Vietnamese letter, built from base letters and tone marks (so no letter is forgotten by hand), NFC.
const BASES = ['a', 'a\u0306', 'a\u0302', 'e', 'e\u0302', 'i', 'o', 'o\u0302', 'o\u031b', 'u', 'u\u031b', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

export const VIETNAMESE_LETTERS: string[] = (() => {
  const lower = [...BASES.flatMap((b) => TONES.map((t) => (b + t).normalize('NFC'))), 'đ'];
  return [...lower, ...lower.map((c) => c.toUpperCase())];
})();

/** The brief's test string. */
export const PLACES = 'Hà Tĩnh, Đắk Lắk, Thừa Thiên Huế, Quảng Ngãi, ưu đãi';
