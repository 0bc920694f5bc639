// POST {ids, revision}: the same slides in a new order (the owner only; refused on a stale revision).
import { error, json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { DeckError, reorderDeck } from '$lib/server/decks/deckStore';

export const POST = async ({ params, request, locals }) => {
  if (!locals.user) error(401, 'Cần đăng nhập.');
  const body = (await request.json().catch(() => null)) as Record<string, unknown> | null;
  if (!body) error(400, 'Yêu cầu không hợp lệ.');
  try {
    return json(reorderDeck(await appStore(), params.id, locals.user.id, body.ids, body.revision));
  } catch (e) {
    if (e instanceof DeckError) error(e.status, e.message);
    throw e;
  }
};
