// Who is calling the snapshot-requests API. The engine's JSESSIONID cookie is HttpOnly and scoped to
// `/ovirt-engine/api`, so the browser never sends it here, and a v3 engine cannot say whose session a
// cookie is. The server is the engine's front door, though: when a login (Basic `user@domain` with
// `Prefer: persistent-auth`, guide 2.3) passes through it and the engine accepts it, the server notes
// the user and the engine session it opened, and hands the browser its own HttpOnly, SameSite=Strict
// cookie for `/portal/api`. The note lives in memory only and is worth no more than the engine session:
// every use asks the engine, with that session's cookie, whether it is still alive (a logout or the
// engine's idle timeout ends both). No password is kept here.
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { isEngineAdmin } from './adminCheck';
import type { EngineTransport } from './engineClient';

export const COOKIE = 'portal_session';
export const COOKIE_PATH = '/portal/api';
const LIVENESS_MS = 10_000; // how long an engine answer "session alive" is trusted
const FORGET_MS = 12 * 3_600_000; // a portal session unused this long is dropped (its engine one is long gone)

interface PortalSession { user: string; engineCookie: string; checkedAt: number; admin?: Promise<boolean> }
export interface Caller { user: string; admin: boolean }

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function basicUser(authorization: string | undefined): string | undefined {
  if (!authorization || !/^basic /i.test(authorization)) return undefined;
  const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? decoded.slice(0, colon) : undefined;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export class PortalSessions {
  private sessions = new Map<string, PortalSession>();

  constructor(private readonly engine: EngineTransport, private readonly wallNow: () => number = Date.now) {}

  /**
   * Called with each answer of the engine mount: when it accepted a login (Basic `user@domain` with
   * `Prefer: persistent-auth`) and holds an engine session, answers the Set-Cookie of a new portal session.
   */
  noteLogin(headers: IncomingHttpHeaders, status: number, setCookies: string[]): string | undefined {
    const user = basicUser(headers.authorization);
    if (!user || !/persistent-auth/i.test(String(headers.prefer ?? '')) || status < 200 || status >= 300) return undefined;
    const engineCookie = setCookies.map((c) => cookieValue(c.split(';')[0], 'JSESSIONID')).find(Boolean)
      ?? cookieValue(headers.cookie, 'JSESSIONID');
    return engineCookie ? this.open(user, engineCookie) : undefined;
  }

  /** Returns the Set-Cookie value for a new portal session. */
  open(user: string, engineCookie: string): string {
    for (const [k, s] of this.sessions) if (this.wallNow() - s.checkedAt > FORGET_MS) this.sessions.delete(k);
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(hash(token), { user, engineCookie, checkedAt: this.wallNow() });
    return `${COOKIE}=${token}; Path=${COOKIE_PATH}; HttpOnly; SameSite=Strict`;
  }

  /** The user behind the request's portal cookie while their engine session is alive, else undefined. */
  async callerOf(headers: IncomingHttpHeaders): Promise<Caller | undefined> {
    const s = await this.sessionOf(headers);
    if (!s) return undefined;
    s.admin ??= isEngineAdmin(this.engine, s.engineCookie, s.user);
    return { user: s.user, admin: await s.admin };
  }

  /** The user and engine session (JSESSIONID) behind the request's portal cookie while that session is alive. */
  async engineSessionOf(headers: IncomingHttpHeaders): Promise<{ user: string; engineCookie: string } | undefined> {
    const s = await this.sessionOf(headers);
    return s && { user: s.user, engineCookie: s.engineCookie };
  }

  private async sessionOf(headers: IncomingHttpHeaders): Promise<PortalSession | undefined> {
    const token = cookieValue(headers.cookie, COOKIE);
    if (!token) return undefined;
    const key = hash(token);
    const s = this.sessions.get(key);
    if (!s) return undefined;
    if (this.wallNow() - s.checkedAt >= LIVENESS_MS && !(await this.alive(key, s))) return undefined;
    return s;
  }

  private async alive(key: string, s: PortalSession): Promise<boolean> {
    const res = await this.engine({
      method: 'GET', path: '/',
      headers: { Version: '3', Accept: 'application/xml', Prefer: 'persistent-auth', Cookie: `JSESSIONID=${s.engineCookie}` },
    }).catch(() => ({ status: 0, body: '' }));
    if (res.status === 401) this.sessions.delete(key);
    if (res.status < 200 || res.status >= 300) return false; // ended, or the engine is unwell: vouch for no one
    s.checkedAt = this.wallNow();
    return true;
  }
}
