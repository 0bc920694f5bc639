// A chart slide built as the presenter builds it — its view by the page's view builder, its headline —
// on the shipped data in DuckDB, with no server (any fetch fails the test).
import { beforeAll } from 'vitest';
import type { Db } from '../../../src/lib/db/db';
import { loadSlide } from '../../../src/lib/present/slideSources';
import { loadHeadline } from '../../../src/lib/present/slideHeadline';
import { shippedDb } from '../../helpers/shippedDb';

const noSuchThing = (() => {
  throw new Error('no server in unit tests: the slide must be built from DuckDB');
}) as unknown as typeof fetch;

/** Opens the shipped data before the file's tests; returns the slide builder. */
export function slidesOnShippedData() {
  let db: Db;
  beforeAll(async () => {
    db = (await shippedDb()).db;
  }, 60_000);
  return async function headlineOf(route: string, params: string, chart: string, deckYear: number | null = null) {
    const { data } = await loadSlide({ route, params, chart }, db, noSuchThing);
    return { data, headline: await loadHeadline(data, new URLSearchParams(params), db, noSuchThing, deckYear) };
  };
}
