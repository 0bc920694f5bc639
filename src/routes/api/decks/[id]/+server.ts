// GET: a deck (anyone who may read the dashboard and has its link). PUT {meta, slides, revision}: the
// owner saves the deck as a whole. DELETE: the owner removes it.
import { error, json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { deleteDeck, DeckError, getDeck, saveDeck } from '$lib/server/decks/deckStore';

function fail(e: unknown): never {
  if (e instanceof DeckError) error(e.status, e.message);
  throw e;
}

export const GET = async ({ params }) => {
  const deck = getDeck(await appStore(), params.id);
  if (!deck) error(404, 'Không tìm thấy bài trình bày.');
  return json(deck);
};

export const PUT = async ({ params, request, locals }) => {
  if (!locals.user) error(401, 'Cần đăng nhập.');
  const body = (await request.json().catch(() => null)) as Record<string, unknown> | null;
  if (!body) error(400, 'Yêu cầu không hợp lệ.');
  try {
    return json(saveDeck(await appStore(), params.id, locals.user.id, { meta: body.meta, slides: body.slides, revision: body.revision }));
  } catch (e) {
    fail(e);
  }
};

export const DELETE = async ({ params, locals }) => {
  if (!locals.user) error(401, 'Cần đăng nhập.');
  try {
    deleteDeck(await appStore(), params.id, locals.user.id);
  } catch (e) {
    fail(e);
  }
  return json({ ok: true });
};
