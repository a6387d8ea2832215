// Who is logged in, held in memory only (never web storage; the engine's JSESSIONID cookie is HttpOnly
// and set by the engine). The Basic credentials live here only while a login request is in flight:
// afterwards the session cookie carries the session (guide 2.3 persistent-auth), so a 401 means the
// session is lost and `requireLogin()` asks the user again instead of throwing them out.
import { ApiError } from './errors';

export type SessionStatus = 'unknown' | 'loggedOut' | 'loggedIn' | 'expired';
export interface SessionState { status: SessionStatus; user?: string }

let state: SessionState = { status: 'unknown' };
let credentials: string | undefined; // `user@domain:password`, memory only
const listeners = new Set<() => void>();
let pending: { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } | undefined;

function set(next: SessionState): void {
  state = next;
  listeners.forEach((l) => l());
}

export const session = {
  get: (): SessionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** The `Authorization` header while credentials are held, else undefined (the cookie speaks). */
  authorization(): string | undefined {
    if (!credentials) return undefined;
    const bytes = new TextEncoder().encode(credentials);
    return `Basic ${btoa(String.fromCharCode(...bytes))}`;
  },
  holdCredentials(user: string, domain: string, password: string): void {
    credentials = `${user}@${domain}:${password}`;
  },
  dropCredentials(): void {
    credentials = undefined;
  },
  loggedIn(user?: string): void {
    credentials = undefined;
    set({ status: 'loggedIn', user: user ?? state.user });
    pending?.resolve();
    pending = undefined;
  },
  loggedOut(): void {
    credentials = undefined;
    set({ status: 'loggedOut' });
    pending?.reject(new ApiError({ status: 401, kind: 'auth', reason: 'Logged out' }));
    pending = undefined;
  },
  /** A request met 401 after login: open the login dialog; resolves once the user logged in again. */
  requireLogin(): Promise<void> {
    if (!pending) {
      let resolve!: () => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<void>((res, rej) => { resolve = res; reject = rej; });
      pending = { promise, resolve, reject };
      set({ status: 'expired', user: state.user });
    }
    return pending.promise;
  },
};
