// URL parameters of the analysis views (province breakdown, DDCI, unit profile, regions, merger).
// The shared ones (chiso, nam, chon) live in urlState.ts.

/** Peers compared with the unit: comma-separated slugs, e.g. ?so-sanh=nghe-an,quang-binh. */
export const PEERS_PARAM = 'so-sanh';
/** A socio-economic region code, e.g. ?vung=btb_dhmt. */
export const REGION_PARAM = 'vung';

/** At most this many peers: more lines than colours stop being readable. */
export const MAX_PEERS = 6;

/** "a,b,,a" → ["a", "b"]: trimmed, unique, at most MAX_PEERS. */
export function parsePeerSlugs(raw: string | null): string[] {
  if (!raw) return [];
  const out: string[] = [];
  for (const s of raw.split(',').map((x) => x.trim().toLowerCase())) {
    if (s && /^[a-z0-9-]{1,80}$/.test(s) && !out.includes(s)) out.push(s);
    if (out.length >= MAX_PEERS) break;
  }
  return out;
}
