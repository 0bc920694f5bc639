// The warm-up's answers for one data version (server/commonAnswersSeed.ts), named by the data's content hash
// so the browser may cache them forever; compressed once per version, like the data file.
import { error } from '@sveltejs/kit';
import { pickEncoding } from '$lib/server/acceptEncoding.js';
import { commonAnswersJson } from '$lib/server/commonAnswersSeed';
import { dataEncoder } from '$lib/server/dataEncoding';

// Brotli 9 is enough for a file asked for after the first view; no second pass.
const encoder = dataEncoder(false);

export const GET = async ({ params, request }) => {
  const { key, json } = await commonAnswersJson();
  if (params.file !== `${key}.json`) error(404, 'Phiên bản dữ liệu này không còn: hãy tải lại trang.');
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'accept-encoding'
  };
  const enc = pickEncoding(request.headers.get('accept-encoding'));
  if (!enc) return new Response(json, { headers });
  const body = (await encoder.get(key, json))[enc];
  return new Response(new Uint8Array(body), { headers: { ...headers, 'content-encoding': enc, 'content-length': String(body.length) } });
};
