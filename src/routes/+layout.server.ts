import { allDefinitions } from '$lib/catalogue/definitions';
import { answersFileUrl, dataFileUrl, serverData } from '$lib/server/serverDb';
import { prepareCommonAnswers } from '$lib/server/commonAnswersSeed';

export const load = async ({ locals }) => {
  const { key } = await serverData();
  prepareCommonAnswers(key);
  return {
    dataUrl: dataFileUrl(key),
    answers: { url: answersFileUrl(key), version: key },
    definitions: allDefinitions(),
    user: locals.user ? { username: locals.user.username, role: locals.user.role, indices: locals.user.indices } : null,
    csrf: locals.session?.csrfToken ?? null
  };
};
