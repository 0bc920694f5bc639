// The original upload, byte for byte.
import { error } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';

export const GET = async ({ params, locals }) => {
  const u = locals.user;
  if (!u || u.disabled || u.role === 'viewer') error(403, 'Cần tài khoản biên tập hoặc quản trị.');
  const f = (await appStore()).versionFile(Number(params.id));
  if (!f) error(404, 'Phiên bản này không có tệp gốc.');
  const ascii = (f.fileName ?? 'tep.csv').normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'tep.csv';
  return new Response(new Uint8Array(f.bytes), {
    headers: {
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.fileName ?? 'tep.csv')}`,
      'x-content-sha256': f.sha256
    }
  });
};
