// The long table as one Arrow file (server/observationsArrow.ts), named by its content hash so the
// browser may cache it forever. It is compressed once per data version (dataEncoding.ts), never per request.
import { error } from '@sveltejs/kit';
import { serverData } from '$lib/server/serverDb';
import { pickEncoding } from '$lib/server/acceptEncoding.js';
import { dataEncoder } from '$lib/server/dataEncoding';
import { ARROW_CONTENT_TYPE } from '$lib/server/observationsArrow';

const encoder = dataEncoder();

export const GET = async ({ params, request }) => {
  const dataset = await serverData();
  if (params.file !== `${dataset.key}.arrow`) error(404, 'Phiên bản dữ liệu này không còn: hãy tải lại trang.');
  const headers: Record<string, string> = {
    'content-type': ARROW_CONTENT_TYPE,
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'accept-encoding'
  };
  const enc = pickEncoding(request.headers.get('accept-encoding'));
  if (enc) {
    const encoded = await encoder.get(dataset.key, dataset.arrow);
    const body = encoded[enc];
    // Says which brotli pass this is, so the benchmark can wait for the final bytes.
    if (enc === 'br') headers['x-compression-quality'] = String(encoded.quality);
    return new Response(new Uint8Array(body), { headers: { ...headers, 'content-encoding': enc, 'content-length': String(body.length) } });
  }
  return new Response(new Uint8Array(dataset.arrow), { headers });
};
