// Every chart slide's data for the audience's window and the presenter view, loaded up front so that
// moving between slides never waits for a query. Reactive: a page reads `contents[id]`.
import { deckYear, type Deck } from './deck';
import { slideContent, type SlideContent } from './slideContent';

export interface LoadedSlide {
  content: SlideContent | null;
  error: string | null;
}

export class DeckContents {
  contents = $state<Record<string, LoadedSlide>>({});

  load(deck: Deck, dataUrl: string | null, fetcher: typeof fetch) {
    const year = deckYear(deck.slides);
    for (const s of deck.slides) {
      if (s.kind !== 'chart' || this.contents[s.id]) continue;
      this.contents[s.id] = { content: null, error: null };
      slideContent(s, dataUrl, fetcher, year)
        .then((c) => (this.contents[s.id] = { content: c, error: null }))
        .catch((e: unknown) => (this.contents[s.id] = { content: null, error: `Không tải được số liệu: ${e instanceof Error ? e.message : String(e)}` }));
    }
  }

  of(id: string | undefined): LoadedSlide {
    return (id && this.contents[id]) || { content: null, error: null };
  }
}
