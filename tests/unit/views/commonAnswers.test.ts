// After the idle warm-up, the first change of index or unit is answered from the kept answers: the engine
// is asked nothing new.
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDb } from '../../../src/lib/server/db/nodeDuckDb';
import { loadObservations } from '../../../src/lib/db/observationsTable';
import { cachingDb } from '../../../src/lib/db/queryCache';
import { buildDataset, readShippedFiles } from '../../../src/lib/server/shippedData';
import { warmCommonAnswers } from '../../../src/lib/views/commonAnswers';
import { loadRankingPage } from '../../../src/lib/views/rankingPageView';
import { loadUnitProfileView } from '../../../src/lib/views/unitProfileView';
import type { CachingDb } from '../../../src/lib/db/queryCache';

let asked: string[];
let db: CachingDb;
beforeAll(async () => {
  const engine = await openNodeDuckDb();
  await loadObservations(engine, buildDataset(readShippedFiles()).observations);
  asked = [];
  // Counts what reaches the engine, under the browser's cache.
  db = cachingDb({ ...engine, query: (sql, params) => (asked.push(sql), engine.query(sql, params)) });
  await warmCommonAnswers(db);
}, 120_000);

describe('warming what most views read', () => {
  it('asks something of every index', () => {
    expect(asked.length).toBeGreaterThan(10);
  });

  it('then an index change on the ranking page, and a unit change on the profile page, ask the engine nothing', async () => {
    asked.length = 0;
    for (const index of ['papi', 'sipas', 'par_index', 'dti', 'pci']) {
      const v = await loadRankingPage(db, { index, year: null, selected: null, tab: null, from: null });
      expect(v.rows.length).toBeGreaterThan(0);
    }
    for (const slug of ['quang-ngai', 'vinh-phuc', 'kon-tum']) expect((await loadUnitProfileView(db, { slug })).sections.length).toBeGreaterThan(0);
    expect(asked).toEqual([]);
  });
});
