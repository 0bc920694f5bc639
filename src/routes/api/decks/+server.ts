// GET: the signed-in user's decks. POST {meeting, date, unit, slides?}: a new deck, owned by them.
import { error, json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { createDeck, DeckError, listDecks } from '$lib/server/decks/deckStore';

export const GET = async ({ locals }) => {
  if (!locals.user) error(401, 'Cần đăng nhập để có bài trình bày.');
  return json(listDecks(await appStore(), locals.user.id));
};

export const POST = async ({ request, locals }) => {
  if (!locals.user) error(401, 'Cần đăng nhập để tạo bài trình bày.');
  const body = (await request.json().catch(() => null)) as Record<string, unknown> | null;
  if (!body) error(400, 'Yêu cầu không hợp lệ.');
  try {
    return json(createDeck(await appStore(), locals.user.id, body, body.slides ?? []), { status: 201 });
  } catch (e) {
    if (e instanceof DeckError) error(e.status, e.message);
    throw e;
  }
};
