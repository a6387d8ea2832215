// Every failure becomes one ApiError kind, from real engine answers (recorded fixtures).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, htmlResponse, xmlResponse } from '../test/fakeFetch';
import fault409 from './__fixtures__/fault-409-3.3.xml?raw';
import unauthorized41 from './__fixtures__/401-4.1.html?raw';
import notFound41 from './__fixtures__/404-4.1.html?raw';
import notFound31 from './__fixtures__/404-3.1.html?raw';
import { ApiError } from './errors';
import { pendingRequests, READ_TIMEOUT_MS } from './pending';
import { request } from './http';
import { session } from './session';

beforeEach(() => session.loggedOut());
afterEach(() => vi.unstubAllGlobals());

async function failure(answer: () => Response | never): Promise<ApiError> {
  fakeFetch([{ path: /.*/, answer }]);
  const err = await request('/vms/x').then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
}

describe('error mapping', () => {
  const cases: { name: string; answer: () => Response; status: number; kind: ApiError['kind']; reason: RegExp; detail: RegExp }[] = [
    { name: 'fault 409 (3.3)', answer: () => xmlResponse(fault409, 409), status: 409, kind: 'fault', reason: /^Operation Failed$/, detail: /Cannot add VM\. The VM name is already in use/ },
    { name: 'fault 400 without detail', answer: () => xmlResponse('<fault><reason>Incomplete parameters</reason></fault>', 400), status: 400, kind: 'fault', reason: /^Incomplete parameters$/, detail: /^$/ },
    { name: 'HTML 401 (4.1)', answer: () => htmlResponse(unauthorized41, 401, { 'WWW-Authenticate': 'Basic realm="RESTAPI"' }), status: 401, kind: 'auth', reason: /Unauthorized \(401\)/, detail: /^$/ },
    { name: 'HTML 404 (4.1)', answer: () => htmlResponse(notFound41, 404), status: 404, kind: 'notFound', reason: /Not Found \(404\)/, detail: /no such resource/ },
    { name: 'HTML 404 (JBoss, 3.1)', answer: () => htmlResponse(notFound31, 404), status: 404, kind: 'notFound', reason: /Not Found/, detail: /HTTP Status 404/ },
    { name: 'HTML 500', answer: () => htmlResponse('<html><body><h1>Oops</h1></body></html>', 500), status: 500, kind: 'fault', reason: /Internal Server Error \(500\)/, detail: /^Oops$/ },
    { name: 'malformed XML on 200', answer: () => xmlResponse('<vms><vm id="1"><name>a</vm>', 200), status: 200, kind: 'malformed', reason: /cannot read/, detail: /.+/ },
    { name: 'non-XML 200 body', answer: () => new Response('{"json":true}', { status: 200 }), status: 200, kind: 'malformed', reason: /text\/plain where XML was expected/, detail: /json/ },
    { name: 'JSON on 200', answer: () => new Response('{"vm":[]}', { status: 200, headers: { 'Content-Type': 'application/json' } }), status: 200, kind: 'malformed', reason: /application\/json where XML was expected/, detail: /"vm"/ },
    { name: 'a login page on 200', answer: () => htmlResponse('<html><body><h1>Sign in</h1><script>x()</script></body></html>', 200), status: 200, kind: 'malformed', reason: /an HTML page where XML was expected/, detail: /Sign in/ },
    { name: 'an HTML page labelled as XML', answer: () => xmlResponse('<!DOCTYPE html><html><body>Proxy error</body></html>', 200), status: 200, kind: 'malformed', reason: /an HTML page/, detail: /Proxy error/ },
    { name: 'an entity bomb', answer: () => xmlResponse('<?xml version="1.0"?><!DOCTYPE vms [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><vms><vm><name>&b;</name></vm></vms>'), status: 200, kind: 'malformed', reason: /cannot read/, detail: /DTD/ },
  ];
  it.each(cases)('$name', async ({ answer, status, kind, reason, detail }) => {
    const err = await failure(answer);
    expect(err.status).toBe(status);
    expect(err.kind).toBe(kind);
    expect(err.reason).toMatch(reason);
    expect(err.detail).toMatch(detail);
  });

  it('a network failure is kind network with status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const err = await request('/').catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'network', status: 0, detail: 'Failed to fetch' });
  });

  it('a body that breaks while reading is a network error, not a stray exception', async () => {
    const broken = { status: 200, headers: new Headers(), text: () => Promise.reject(new Error('connection reset')) };
    vi.stubGlobal('fetch', vi.fn(async () => broken));
    const err = await request('/').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ kind: 'network' });
  });

  it('a request the user cancels, or that outlives its time limit, fails with a clear error and leaves the list', async () => {
    const hanging = vi.fn((_url: string, init: RequestInit) => new Promise((_resolve, reject) => {
      init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    }));
    vi.stubGlobal('fetch', hanging);
    const cancelled = request('/vms/slow').catch((e: unknown) => e);
    await vi.waitFor(() => expect(pendingRequests.list()).toHaveLength(1));
    expect(pendingRequests.list()[0]).toMatchObject({ method: 'GET', path: '/vms/slow', timeoutMs: READ_TIMEOUT_MS });
    pendingRequests.list()[0].cancel();
    expect(await cancelled).toMatchObject({ kind: 'cancelled', reason: 'You cancelled the request' });
    expect(pendingRequests.list()).toHaveLength(0);

    vi.useFakeTimers();
    try {
      const timedOut = request('/vms/slow').catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(READ_TIMEOUT_MS + 1);
      expect(await timedOut).toMatchObject({ kind: 'timeout', reason: 'The engine did not answer within 30 s' });
      expect(pendingRequests.list()).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('the engine HTML is never kept as markup', async () => {
    const err = await failure(() => htmlResponse('<html><body><h1>Bad <script>alert(1)</script></h1></body></html>', 502));
    expect(err.detail).not.toMatch(/[<>]/);
  });
});
