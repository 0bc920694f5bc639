import { appStore } from '$lib/server/app';
import { listDecks } from '$lib/server/decks/deckStore';

export const load = async ({ locals }) => {
  if (!locals.user) return { decks: null };
  return { decks: listDecks(await appStore(), locals.user.id) };
};
