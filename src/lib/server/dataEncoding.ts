// The data file's compressed bodies (and the answers'), made once per data version and never per request,
// off the event loop (zlib's thread pool). Brotli at quality 9 is ready in a fraction of a second; quality
// 11 with a 16 MB window is smaller (the shipped data file: ~20 %) but takes seconds, so it is made afterwards in
// the background and served from then on. Both decode to the same bytes. CHISO_DATA_BROTLI_BEST=0 skips
// the second pass (the browser tests start ~40 servers and do not need those seconds of CPU each).
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export interface EncodedData {
  br: Buffer;
  gzip: Buffer;
  /** The brotli quality of `br`: 9 at first, 11 once the background pass is done. */
  quality: 9 | 11;
}

interface Entry {
  key: string;
  fast: Promise<EncodedData>;
  best: EncodedData | null;
  /** Settles when the background pass has ended (either way); for tests and the benchmark. */
  settled: Promise<void>;
}

export function dataEncoder(best = process.env.CHISO_DATA_BROTLI_BEST !== '0') {
  let entry: Entry | null = null;
  function start(key: string, body: string | Uint8Array): Entry {
    const raw = Buffer.from(body);
    const hint = { [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length };
    const fast = Promise.all([brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, ...hint } }), gzip(raw, { level: 9 })]).then(
      ([br, gz]): EncodedData => ({ br, gzip: gz, quality: 9 })
    );
    const e: Entry = { key, fast, best: null, settled: Promise.resolve() };
    // A failed fast pass is retried by the next request.
    fast.catch(() => entry === e && (entry = null));
    if (best)
      e.settled = fast
        .then(async (f) => {
          const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24, ...hint };
          const br = await brotli(raw, { params });
          if (br.length < f.br.length) e.best = { ...f, br, quality: 11 };
        })
        // The fast bodies keep serving.
        .catch(() => {});
    return e;
  }
  return {
    /** The bodies for this data version: the best made so far. */
    async get(key: string, body: string | Uint8Array): Promise<EncodedData> {
      if (entry?.key !== key) entry = start(key, body);
      return entry.best ?? (await entry.fast);
    },
    /** Resolves once this version's background pass has ended. */
    settled(key: string): Promise<void> {
      return entry?.key === key ? entry.settled : Promise.resolve();
    }
  };
}
