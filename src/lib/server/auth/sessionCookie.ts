// The session cookie's attributes, the same when it is set (login) and deleted (logout): a deletion
// that carries `Secure` over plain http is ignored by browsers, and the cookie would outlive the logout.
import { SESSION_TTL_MS } from './sessions';

export function sessionCookieOptions(url: URL) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: url.protocol === 'https:',
    maxAge: Math.floor(SESSION_TTL_MS / 1000)
  };
}
