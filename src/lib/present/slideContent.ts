// Browser side: a chart slide's view model and its headline from the data, loaded once per slide and
// shared by the editor, the presenter and the single-file export. The browser's DuckDB when it is
// ready, else the page's server endpoint; with the network cut and no cached answer, it waits for the
// browser's DuckDB (its wasm and data come from the service worker's cache) and asks it instead.
import { clientDb } from '../db/clientDb.svelte';
import type { Db } from '../db/db';
import type { ViewSource } from '../db/viewSource';
import { slideYears, type ChartSlide, type YearRange } from './deck';
import { loadHeadline } from './slideHeadline';
import { loadSlide, type SlideData } from './slideSources';
import { stepOptions, type StepOption } from './slideSteps';

export interface SlideContent {
  data: SlideData;
  source: ViewSource;
  /** The sentence written from the data (null when the chart is about no single unit). */
  headline: string | null;
  steps: StepOption[];
  /** The years a chart over time shows (slideYears). */
  years: YearRange;
}

type Fetch = typeof fetch;

const cache = new Map<string, Promise<SlideContent>>();
const keyOf = (s: Pick<ChartSlide, 'route' | 'params' | 'chart' | 'years'>, deckYear: number | null) =>
  `${s.route}?${s.params}#${s.chart}@${deckYear ?? ''}:${s.years?.from ?? ''}-${s.years?.to ?? ''}`;

async function withDb<T>(dataUrl: string | null, run: (db: Db | null) => Promise<T>): Promise<T> {
  const ready = clientDb.ready;
  if (ready) return run(ready);
  try {
    return await run(null);
  } catch (e) {
    if (!dataUrl) throw e;
    return run(await clientDb.start(dataUrl));
  }
}

/** `deckYear` (deck.ts deckYear): the year a slide without its own follows in its headline. */
export function slideContent(
  slide: Pick<ChartSlide, 'route' | 'params' | 'chart' | 'years'>,
  dataUrl: string | null,
  fetchFn: Fetch = fetch,
  deckYear: number | null = null
): Promise<SlideContent> {
  const key = keyOf(slide, deckYear);
  let hit = cache.get(key);
  if (!hit) {
    hit = (async () => {
      const loaded = await withDb(dataUrl, (db) => loadSlide(slide, db, fetchFn));
      // A merged province's chart spans both eras by design: only the presenter's own range limits it.
      const merger = loaded.data.kind === 'merger-score' || loaded.data.kind === 'merger-rank';
      const years = merger ? { from: slide.years?.from ?? null, to: slide.years?.to ?? null } : slideYears(slide, deckYear);
      // The headline speaks of the last year the chart shows.
      const headline = await withDb(dataUrl, (db) => loadHeadline(loaded.data, new URLSearchParams(slide.params), db, fetchFn, years.to ?? deckYear)).catch(() => null);
      return { ...loaded, headline, steps: stepOptions(loaded.data), years };
    })();
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
  }
  return hit;
}

/** Chart kinds drawn over the years: the ones a slide's year range limits. */
export function overTime(kind: SlideContent['data']['kind']): boolean {
  return ['trends', 'province-score', 'province-rank', 'province-peers', 'merger-score', 'merger-rank', 'ranking-bump'].includes(kind);
}
