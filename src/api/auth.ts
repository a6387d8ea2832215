// Login, session resume and logout (guide 2.2-2.3). Login sends Basic `user@domain:password` with
// `Prefer: persistent-auth` to the entry point; the engine opens a JSESSIONID session. Logout is a
// request carrying the cookie without `Prefer: persistent-auth`, which the engine answers and then
// ends the session.
import { request, setEndingSession, type ApiResponse } from './http';
import { session } from './session';

export interface Login { user: string; domain: string; password: string }

/** The engine's `user@domain` for what was typed: `admin@internal` in the user name carries its own domain
 * (split at the last `@`, so a UPN like `jo@example.com@corp` keeps its first `@`); a bare `admin` takes the
 * domain field's. */
export function loginName(user: string, domain: string): { name: string; domain: string } {
  const u = user.trim();
  const at = u.lastIndexOf('@');
  if (at > 0 && at < u.length - 1) return { name: u.slice(0, at), domain: u.slice(at + 1) };
  return { name: at === u.length - 1 ? u.slice(0, -1) : u, domain: domain.trim() };
}

/** Logs in; returns the entry point it fetched. Throws ApiError (kind 'auth' for a refused password). */
export async function login({ user, domain, password }: Login): Promise<ApiResponse> {
  const who = loginName(user, domain);
  session.holdCredentials(who.name, who.domain, password);
  try {
    const res = await request('/', { noRelogin: true });
    session.loggedIn(`${who.name}@${who.domain}`);
    return res;
  } finally {
    session.dropCredentials();
  }
}

/** On start: is there still a session cookie the engine accepts? Returns the entry point if so. */
export async function resumeSession(): Promise<ApiResponse | undefined> {
  try {
    const res = await request('/', { noRelogin: true });
    session.loggedIn();
    return res;
  } catch {
    session.loggedOut();
    return undefined;
  }
}

/** Ends the engine session and forgets who was logged in, whatever the engine answers. */
export async function logout(): Promise<void> {
  setEndingSession(true);
  try {
    await request('/', { endSession: true, noRelogin: true });
  } catch {
    // The session may already be gone; the portal logs out regardless.
  } finally {
    session.loggedOut();
    setEndingSession(false);
  }
}
