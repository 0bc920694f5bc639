import { error } from '@sveltejs/kit';
import { appStore } from '$lib/server/app';
import { getDeck } from '$lib/server/decks/deckStore';

// Anyone who may read the dashboard and has the link sees the deck; only its owner edits it.
export const load = async ({ params, locals }) => {
  const deck = getDeck(await appStore(), params.id);
  if (!deck) error(404, 'Không tìm thấy bài trình bày.');
  return { deck, canEdit: !!locals.user && locals.user.id === deck.ownerId };
};
