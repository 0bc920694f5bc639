import { allDefinitions } from '$lib/catalogue/definitions';
import { dataFileUrl, serverData } from '$lib/server/serverDb';

export const load = async ({ locals }) => {
  const { key } = await serverData();
  return {
    dataUrl: dataFileUrl(key),
    definitions: allDefinitions(),
    user: locals.user ? { username: locals.user.username, role: locals.user.role, indices: locals.user.indices } : null,
    csrf: locals.session?.csrfToken ?? null
  };
};
