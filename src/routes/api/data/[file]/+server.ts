// The long table as one CSV, named by its content hash so the browser may cache it forever. It is
// compressed once per data version (brotli and gzip, off the event loop), never per request.
import { error } from '@sveltejs/kit';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { serverData } from '$lib/server/serverDb';
import { pickEncoding } from '$lib/server/acceptEncoding.js';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
type Encoded = { br: Buffer; gzip: Buffer };
let encoded: { key: string; body: Promise<Encoded> } | null = null;

function encodedFor(key: string, csv: string): Promise<Encoded> {
  if (encoded?.key !== key) {
    const raw = Buffer.from(csv);
    const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length };
    const body = Promise.all([brotli(raw, { params }), gzip(raw, { level: 9 })]).then(([br, gz]) => ({ br, gzip: gz }));
    body.catch(() => (encoded = null));
    encoded = { key, body };
  }
  return encoded.body;
}

export const GET = async ({ params, request }) => {
  const dataset = await serverData();
  if (params.file !== `${dataset.key}.csv`) error(404, 'Phiên bản dữ liệu này không còn: hãy tải lại trang.');
  const headers: Record<string, string> = {
    'content-type': 'text/csv; charset=utf-8',
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'accept-encoding'
  };
  const enc = pickEncoding(request.headers.get('accept-encoding'));
  if (enc) {
    const body = (await encodedFor(dataset.key, dataset.csv))[enc];
    return new Response(new Uint8Array(body), { headers: { ...headers, 'content-encoding': enc, 'content-length': String(body.length) } });
  }
  return new Response(dataset.csv, { headers });
};
