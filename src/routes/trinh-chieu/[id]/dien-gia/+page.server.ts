// The presenter view reads the deck as the audience's window does.
export { load } from '../+page.server';
