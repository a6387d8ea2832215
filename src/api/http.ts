// The transport (guide chapter 2 and 7): `Version: 3`, XML both ways, persistent-auth sessions,
// a Correlation-Id on every write, and every failure as one ApiError.
import type { XmlObject } from '../xsd/parse';
import { abandonedError, ApiError, malformedError, networkError, notXmlError } from './errors';
import { track } from './pending';
import { session } from './session';
import { acceptWithDetail, apiUrl } from './url';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  /** Request body: root element name and its value, written in schema order. */
  body?: { root: string; value: XmlObject };
  /** guide 7.4.6: `Expect: 201-created` makes a creation synchronous. */
  expectCreated?: boolean;
  /** guide 7.4.9: `All-Content: true` for the extra data some resources hold. */
  allContent?: boolean;
  /** guide 7.3.3: inline sub-collections in a list (`Accept: ...; detail=disks+nics`). */
  detail?: readonly string[];
  signal?: AbortSignal;
  /** The `Correlation-Id` to send (guide 7.4.10); a fresh one is made for every write when absent. */
  correlationId?: string;
  /** Internal: send without `Prefer: persistent-auth`, which ends the session (logout). */
  endSession?: boolean;
  /** Internal: a 401 is an answer, not a lost session (login, session probe). */
  noRelogin?: boolean;
}

export interface ApiResponse {
  status: number;
  /** Root element of the body (`vms`, `vm`, `action`), or '' for an empty body. */
  root: string;
  value: XmlObject;
  headers: Headers;
}

export function correlationId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}`;
}

function buildHeaders(opts: RequestOptions, method: Method): Headers {
  const h = new Headers({ Version: '3', Accept: acceptWithDetail(opts.detail), 'X-Requested-With': 'XMLHttpRequest' });
  if (!opts.endSession) h.set('Prefer', 'persistent-auth');
  if (session.get().filtered) h.set('Filter', 'true');
  const auth = session.authorization();
  if (auth && !opts.endSession) h.set('Authorization', auth);
  if (method !== 'GET' || opts.correlationId) h.set('Correlation-Id', opts.correlationId ?? correlationId());
  if (opts.body) h.set('Content-Type', 'application/xml');
  if (opts.expectCreated) h.set('Expect', '201-created');
  if (opts.allContent) h.set('All-Content', 'true');
  return h;
}

let wireModule: Promise<typeof import('./wire')> | undefined;
/** The XML layer, loaded once, on the first request (it is not needed to show the login page). */
const wire = () => (wireModule ??= import('./wire').catch((e: unknown) => { wireModule = undefined; throw e; }));

/** Exactly what goes on the wire for a request: the one place `send` and "Copy as API call" take it from. */
export interface PreparedRequest {
  method: Method;
  /** Same-origin URL (`/ovirt-engine/api/vms`). */
  url: string;
  headers: Headers;
  body?: string;
}

/** Asynchronous because writing a body needs the XML layer, which loads with the first request. */
export async function prepareRequest(path: string, opts: RequestOptions): Promise<PreparedRequest> {
  const method = opts.method ?? 'GET';
  const body = opts.body ? (await wire()).toXml(opts.body.root, opts.body.value) : undefined;
  return { method, url: apiUrl(path), headers: buildHeaders(opts, method), body };
}

async function send(path: string, opts: RequestOptions): Promise<ApiResponse> {
  const method = opts.method ?? 'GET';
  const xml = wire();
  const pending = track(method, path, opts.signal);
  let res: Response;
  let text: string;
  try {
    const prepared = await prepareRequest(path, opts);
    res = await fetch(prepared.url, {
      method: prepared.method,
      headers: prepared.headers,
      body: prepared.body,
      credentials: 'same-origin',
      signal: pending.signal,
    });
    text = await res.text();
  } catch (e) {
    const cause = pending.cause();
    if (cause) throw abandonedError(cause, method, pending.timeoutMs);
    if (opts.signal?.aborted) throw e; // a cancelled query is not a failure to show
    throw networkError(e);
  } finally {
    pending.done();
  }
  const { errorFromResponse, parseXml } = await xml;
  if (res.status < 200 || res.status >= 300) throw errorFromResponse(res.status, text);
  if (!text.trim()) return { status: res.status, root: '', value: {}, headers: res.headers };
  const notXml = notXmlError(res.status, res.headers.get('content-type') ?? '', text);
  if (notXml) throw notXml;
  try {
    const { root, value } = parseXml(text);
    return { status: res.status, root, value, headers: res.headers };
  } catch (e) {
    throw malformedError(res.status, e instanceof Error ? e.message : String(e));
  }
}

/**
 * A read refused with 403 on the administrator API: the user is no administrator and must use the
 * user-level API (`Filter: true`, RSDL header `Filter`), which shows only the objects they hold roles on.
 */
function needsUserApi(e: unknown, method: Method): boolean {
  return e instanceof ApiError && e.status === 403 && method === 'GET' && !session.get().filtered;
}

async function sendAsUser(path: string, opts: RequestOptions): Promise<ApiResponse> {
  try {
    return await send(path, opts);
  } catch (e) {
    if (!needsUserApi(e, opts.method ?? 'GET')) throw e;
    session.useFilter();
    return send(path, opts);
  }
}

/** One request; after login, a 401 (lost session) waits for the user to log in again and retries once. */
/** Set while the logout request is under way: no other request goes out with the session it ends. */
let endingSession = false;
/** Internal (auth.ts): the logout request is being sent, or has been answered. */
export function setEndingSession(ending: boolean): void {
  endingSession = ending;
}

export async function request(path: string, opts: RequestOptions = {}): Promise<ApiResponse> {
  if (endingSession && !opts.endSession) throw new ApiError({ status: 0, kind: 'cancelled', reason: 'Logging out' });
  try {
    return await sendAsUser(path, opts);
  } catch (e) {
    const lost = e instanceof ApiError && e.kind === 'auth' && !opts.noRelogin;
    const status = session.get().status;
    if (!lost || (status !== 'loggedIn' && status !== 'expired')) throw e;
    await session.requireLogin();
    return sendAsUser(path, opts);
  }
}

export const get = (path: string, opts?: Omit<RequestOptions, 'method' | 'body'>) => request(path, { ...opts, method: 'GET' });
export const post = (path: string, root: string, value: XmlObject, opts?: Omit<RequestOptions, 'method' | 'body'>) =>
  request(path, { ...opts, method: 'POST', body: { root, value } });
export const put = (path: string, root: string, value: XmlObject, opts?: Omit<RequestOptions, 'method' | 'body'>) =>
  request(path, { ...opts, method: 'PUT', body: { root, value } });
export const del = (path: string, opts?: Omit<RequestOptions, 'method' | 'body'>) => request(path, { ...opts, method: 'DELETE' });
