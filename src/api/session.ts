// Who is logged in, held in memory only (never web storage; the engine's JSESSIONID cookie is HttpOnly
// and set by the engine). The Basic credentials live here only while a login request is in flight:
// afterwards the session cookie carries the session (guide 2.3 persistent-auth), so a 401 means the
// session is lost and `requireLogin()` asks the user again instead of throwing them out.
import { ApiError } from './errors';

export type SessionStatus = 'unknown' | 'loggedOut' | 'loggedIn' | 'expired';
export interface SessionState {
  status: SessionStatus;
  user?: string;
  /** The user is no administrator: requests carry `Filter: true` (the user-level API) and see only their objects. */
  filtered?: boolean;
}

// The user's name (never a credential) survives a reload in sessionStorage so the header still says who
// is logged in when the session is resumed from the engine's cookie.
const USER_KEY = 'portal.user';
function rememberUser(user: string | undefined): void {
  try {
    if (user) sessionStorage.setItem(USER_KEY, user);
    else sessionStorage.removeItem(USER_KEY);
  } catch {
    /* storage unavailable: the name is simply not shown after a reload */
  }
}
function rememberedUser(): string | undefined {
  try {
    return sessionStorage.getItem(USER_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

// Whether the user-level API is in use is remembered the same way (not a secret either).
const FILTER_KEY = 'portal.filter';
function rememberFilter(on: boolean): void {
  try {
    if (on) sessionStorage.setItem(FILTER_KEY, 'true');
    else sessionStorage.removeItem(FILTER_KEY);
  } catch {
    /* storage unavailable: the portal finds out again on the first refused read */
  }
}
function rememberedFilter(): boolean {
  try {
    return sessionStorage.getItem(FILTER_KEY) === 'true';
  } catch {
    return false;
  }
}

let state: SessionState = { status: 'unknown', filtered: rememberedFilter() };
let credentials: string | undefined; // `user@domain:password`, memory only
const listeners = new Set<() => void>();
let pending: { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } | undefined;

function set(next: SessionState): void {
  state = next;
  listeners.forEach((l) => l());
}

export const session = {
  get: (): SessionState => state,
  /** This tab was logged in before a reload (only the user's name is kept, never a credential). */
  wasLoggedIn: (): boolean => rememberedUser() !== undefined,
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
  /** Send `Filter: true` from now on (a non-administrator's reads were refused without it). */
  useFilter(): void {
    rememberFilter(true);
    set({ ...state, filtered: true });
  },
  holdCredentials(user: string, domain: string, password: string): void {
    credentials = `${user}@${domain}:${password}`;
    // A new login starts on the administrator API; a refused read switches to the user API again.
    rememberFilter(false);
    state = { ...state, filtered: false };
  },
  dropCredentials(): void {
    credentials = undefined;
  },
  loggedIn(user?: string): void {
    credentials = undefined;
    const name = user ?? state.user ?? rememberedUser();
    rememberUser(name);
    set({ status: 'loggedIn', user: name, filtered: state.filtered });
    pending?.resolve();
    pending = undefined;
  },
  loggedOut(): void {
    credentials = undefined;
    rememberUser(undefined);
    rememberFilter(false);
    set({ status: 'loggedOut', filtered: false });
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
      set({ status: 'expired', user: state.user, filtered: state.filtered });
    }
    return pending.promise;
  },
};
