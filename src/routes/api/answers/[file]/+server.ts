// The warm-up's answers for one data version (server/commonAnswersSeed.ts), named by the data's content hash
// so the browser may cache them forever; compressed once per version, when they are made.
import { error } from '@sveltejs/kit';
import { pickEncoding } from '$lib/server/acceptEncoding.js';
import { commonAnswers } from '$lib/server/commonAnswersSeed';

export const GET = async ({ params, request }) => {
  const { key, json, encoded } = await commonAnswers();
  if (params.file !== `${key}.json`) error(404, 'Phiên bản dữ liệu này không còn: hãy tải lại trang.');
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'accept-encoding'
  };
  const enc = pickEncoding(request.headers.get('accept-encoding'));
  if (!enc) return new Response(json, { headers });
  const body = encoded[enc];
  return new Response(new Uint8Array(body), { headers: { ...headers, 'content-encoding': enc, 'content-length': String(body.length) } });
};
