// The long table as one CSV, named by its content hash so the browser may cache it forever.
import { error } from '@sveltejs/kit';
import { gzipSync } from 'node:zlib';
import { serverData } from '$lib/server/serverDb';

let gzipped: { key: string; body: Buffer } | null = null;

export const GET = async ({ params, request }) => {
  const dataset = await serverData();
  if (params.file !== `${dataset.key}.csv`) error(404, 'Phiên bản dữ liệu này không còn: hãy tải lại trang.');
  const headers: Record<string, string> = {
    'content-type': 'text/csv; charset=utf-8',
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'accept-encoding'
  };
  if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
    if (gzipped?.key !== dataset.key) gzipped = { key: dataset.key, body: gzipSync(dataset.csv, { level: 9 }) };
    return new Response(new Uint8Array(gzipped.body), { headers: { ...headers, 'content-encoding': 'gzip' } });
  }
  return new Response(dataset.csv, { headers });
};
