// POST a chart or text slide: appended to the end of the owner's deck ("Thêm vào bài trình bày").
import { error, json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { appendSlide, DeckError } from '$lib/server/decks/deckStore';

export const POST = async ({ params, request, locals }) => {
  if (!locals.user) error(401, 'Cần đăng nhập.');
  const body = await request.json().catch(() => null);
  if (!body) error(400, 'Yêu cầu không hợp lệ.');
  try {
    const deck = appendSlide(await appStore(), params.id, locals.user.id, body);
    return json({ id: deck.id, revision: deck.revision, slideCount: deck.slides.length, slide: deck.slides.at(-1) }, { status: 201 });
  } catch (e) {
    if (e instanceof DeckError) error(e.status, e.message);
    throw e;
  }
};
