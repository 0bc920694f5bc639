// Peers the user picked (?so-sanh=…): their trends of the same index beside the unit's.
import type { Db } from '../db/db';
import type { RankSource } from '../data/observation';
import { trendsOf } from '../db/sql';
import { parsePeerSlugs } from '../state/analysisParams';
import { regionOfProvince } from '../units/regions';
import type { UnitOption } from './units';

export interface PeerSeries {
  code: string;
  name: string;
  slug: string;
  regionShort: string | null;
  points: { year: number; value: number | null; rank: number | null; rankOf: number | null; rankSource: RankSource | null }[];
}

export interface Peers {
  peers: PeerSeries[];
  /** Slugs in the URL that match no unit of this index. */
  unknown: string[];
}

export async function loadPeers(db: Db, indexId: string, units: readonly UnitOption[], raw: string | null | undefined, self: string): Promise<Peers> {
  const slugs = parsePeerSlugs(raw ?? null).filter((s) => s !== self);
  const found = slugs.map((s) => units.find((u) => u.slug === s)).filter((u): u is UnitOption => !!u);
  const unknown = slugs.filter((s) => !units.some((u) => u.slug === s));
  const rows = await trendsOf(
    db,
    indexId,
    found.map((u) => u.code)
  );
  return {
    peers: found.map((u) => ({
      code: u.code,
      name: u.name,
      slug: u.slug,
      regionShort: regionOfProvince(u.code)?.short ?? null,
      points: rows.filter((r) => r.unit_code === u.code).map((r) => ({ year: r.year, value: r.value, rank: r.rank, rankOf: r.rank_of, rankSource: r.rank_source }))
    })),
    unknown
  };
}
