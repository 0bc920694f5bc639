// DuckDB's data first in line. SvelteKit lists the page's ~35 JS modules in the response's Link header, so
// the browser asks for them before it reads the HTML; on HTTP/1.1 (6 connections) the data file the head
// asks for would then wait behind them. Listed first in the same header, it goes out with the first
// requests. The worker's script is not preloaded: a script preload is parsed on the page's side as it
// arrives (~300 ms of a core, for nothing: the worker parses it again), while the page lays itself out;
// the worker starts after the first frame (duckdbBoot.ts) and fetches it then. Nor is the wasm: 6 MB on
// one of the six connections held back everything else.

/** The Link header with the data file preloaded ahead of what it already lists. */
export function duckDbFirstLink(existing: string | null, dataUrl: string): string {
  // crossorigin: the head fetches the data in cors mode with same-origin credentials (duckdbBoot.ts), and a
  // preload only serves a fetch made in the same mode.
  const first = `<${dataUrl}>; rel="preload"; as="fetch"; crossorigin`;
  return existing ? `${first}, ${existing}` : first;
}

/** For an HTML page only: an API answer or a file has nothing to start. */
export function isPageResponse(response: Response): boolean {
  return response.headers.get('x-sveltekit-page') === 'true' && (response.headers.get('content-type') ?? '').startsWith('text/html');
}
