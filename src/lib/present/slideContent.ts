// Browser side: a chart slide's view model and its headline from the data, loaded once per slide and
// shared by the editor, the presenter and the single-file export. The browser's DuckDB when it is
// ready, else the page's server endpoint; with the network cut and no cached answer, it waits for the
// browser's DuckDB (its wasm and data come from the service worker's cache) and asks it instead.
import { clientDb } from '../db/clientDb.svelte';
import type { Db } from '../db/db';
import type { ViewSource } from '../db/viewSource';
import type { ChartSlide } from './deck';
import { loadHeadline } from './slideHeadline';
import { loadSlide, type SlideData } from './slideSources';
import { stepOptions, type StepOption } from './slideSteps';

export interface SlideContent {
  data: SlideData;
  source: ViewSource;
  /** The sentence written from the data (null when the chart is about no single unit). */
  headline: string | null;
  steps: StepOption[];
}

type Fetch = typeof fetch;

const cache = new Map<string, Promise<SlideContent>>();
const keyOf = (s: Pick<ChartSlide, 'route' | 'params' | 'chart'>, deckYear: number | null) => `${s.route}?${s.params}#${s.chart}@${deckYear ?? ''}`;

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
  slide: Pick<ChartSlide, 'route' | 'params' | 'chart'>,
  dataUrl: string | null,
  fetchFn: Fetch = fetch,
  deckYear: number | null = null
): Promise<SlideContent> {
  const key = keyOf(slide, deckYear);
  let hit = cache.get(key);
  if (!hit) {
    hit = (async () => {
      const loaded = await withDb(dataUrl, (db) => loadSlide(slide, db, fetchFn));
      const headline = await withDb(dataUrl, (db) => loadHeadline(loaded.data, new URLSearchParams(slide.params), db, fetchFn, deckYear)).catch(() => null);
      return { ...loaded, headline, steps: stepOptions(loaded.data) };
    })();
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
  }
  return hit;
}
