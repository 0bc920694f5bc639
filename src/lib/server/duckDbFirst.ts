// DuckDB's downloads first in line. SvelteKit lists the page's ~35 JS modules in the response's Link
// header, so the browser asks for them before it reads the HTML; on HTTP/1.1 (6 connections) the worker
// script and the data file the head asks for then wait behind them (a timeline showed the worker's script
// arriving at 670 ms and the worker fetching the wasm only at 1.6 s). Listed first in the same header,
// they go out with the first requests. The wasm itself is not: 6 MB on one of the six connections held
// back everything else and made "DuckDB ready" later, not earlier.

/** The Link header with the worker script and data file preloaded ahead of what it already lists. */
export function duckDbFirstLink(existing: string | null, workerUrl: string, dataUrl: string): string {
  // crossorigin: the head fetches the data in cors mode with same-origin credentials (duckdbBoot.ts), and a
  // preload only serves a fetch made in the same mode.
  const first = `<${workerUrl}>; rel="preload"; as="script", <${dataUrl}>; rel="preload"; as="fetch"; crossorigin`;
  return existing ? `${first}, ${existing}` : first;
}

/** For an HTML page only: an API answer or a file has nothing to start. */
export function isPageResponse(response: Response): boolean {
  return response.headers.get('x-sveltekit-page') === 'true' && (response.headers.get('content-type') ?? '').startsWith('text/html');
}
