// Authentication like the real engine (guide 2.2-2.3): HTTP Basic as user@domain:password on every
// request, or a JSESSIONID session opened with `Prefer: persistent-auth`. A request that carries the
// session cookie without `Prefer: persistent-auth` ends the session once answered.
import type { Store } from './store';
import type { Entity } from './types';

export const SECRETS = '_secrets';

interface Session { userId: string; lastSeen: number }

export type AuthResult =
  | { user: Entity; sessionId?: string; newSession?: boolean; endSession?: boolean }
  | { unauthorized: true };

export class Sessions {
  private sessions = new Map<string, Session>();
  constructor(private readonly timeoutMs: number, private readonly now: () => number) {}

  private newId(): string {
    const bytes = new Uint8Array(24);
    crypto.getRandomValues(bytes); // Web Crypto: present in browsers and Node alike
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  open(userId: string): string {
    const id = this.newId();
    this.sessions.set(id, { userId, lastSeen: this.now() });
    return id;
  }

  touch(id: string): string | undefined {
    const s = this.sessions.get(id);
    if (!s) return undefined;
    if (this.now() - s.lastSeen > this.timeoutMs) {
      this.sessions.delete(id);
      return undefined;
    }
    s.lastSeen = this.now();
    return s.userId;
  }

  end(id: string): void {
    this.sessions.delete(id);
  }
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function decodeBase64(s: string): string {
  try {
    const bin = atob(s.trim());
    return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}

/** Finds the user for `name@domain` if the password matches. */
export function checkPassword(store: Store, login: string, password: string): Entity | undefined {
  const at = login.lastIndexOf('@');
  if (at <= 0) return undefined;
  const user = store.list('users').find((u) => u.user_name === login);
  if (!user) return undefined;
  const secret = store.get(SECRETS, user.id);
  return secret && secret.password === password ? user : undefined;
}

export function authenticate(store: Store, sessions: Sessions, headers: Record<string, string | undefined>): AuthResult {
  const persistent = /persistent-auth/i.test(headers['prefer'] ?? '');
  const cookie = cookieValue(headers['cookie'], 'JSESSIONID');
  const auth = headers['authorization'];
  if (auth && /^basic /i.test(auth)) {
    const decoded = decodeBase64(auth.slice(6));
    const colon = decoded.indexOf(':');
    const user = colon > 0 ? checkPassword(store, decoded.slice(0, colon), decoded.slice(colon + 1)) : undefined;
    if (!user) return { unauthorized: true };
    if (!persistent) return { user, sessionId: cookie, endSession: !!cookie };
    const existing = cookie && sessions.touch(cookie) === user.id ? cookie : undefined;
    return existing ? { user, sessionId: existing } : { user, sessionId: sessions.open(user.id), newSession: true };
  }
  if (cookie) {
    const userId = sessions.touch(cookie);
    const user = userId ? store.get('users', userId) : undefined;
    if (user) return { user, sessionId: cookie, endSession: !persistent };
  }
  return { unauthorized: true };
}
