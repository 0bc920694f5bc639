// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Session } from '$lib/server/auth/sessions';
import type { User } from '$lib/server/auth/users';

declare global {
  namespace App {
    interface Locals {
      user: User | null;
      session: Session | null;
    }
    interface Error {
      message: string;
    }
  }
}
export {};
