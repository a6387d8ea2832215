// The transport's headers, bodies, status codes, login/logout and the lost-session retry.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, htmlResponse, xmlResponse } from '../test/fakeFetch';
import api41 from './__fixtures__/api-4.1.xml?raw';
import unauthorized41 from './__fixtures__/401-4.1.html?raw';
import { login, logout, resumeSession } from './auth';
import { del, get, post, put, request } from './http';
import { session } from './session';

beforeEach(() => session.loggedOut());
afterEach(() => vi.unstubAllGlobals());

const basic = (s: string) => `Basic ${btoa(s)}`;

describe('headers', () => {
  it('every request asks for v3 XML and a persistent session, and never carries a password after login', async () => {
    const { calls } = fakeFetch([{ path: '/', answer: xmlResponse(api41) }, { path: '/vms', answer: xmlResponse('<vms/>') }]);
    await login({ user: 'admin', domain: 'internal', password: 'ovirt' });
    await get('/vms');
    const [first, second] = calls;
    expect(first.url).toBe('/ovirt-engine/api');
    for (const c of calls) {
      expect(c.headers.get('Version')).toBe('3');
      expect(c.headers.get('Accept')).toBe('application/xml');
      expect(c.headers.get('Prefer')).toBe('persistent-auth');
      expect(c.headers.get('Correlation-Id')).toBeNull();
    }
    expect(first.headers.get('Authorization')).toBe(basic('admin@internal:ovirt'));
    expect(second.headers.get('Authorization')).toBeNull(); // the JSESSIONID cookie carries the session
    expect(session.get()).toEqual({ status: 'loggedIn', user: 'admin@internal', filtered: false });
  });

  it('writes carry a fresh Correlation-Id and an XML body in schema order', async () => {
    const { calls } = fakeFetch([
      { method: 'POST', path: '/vms', answer: () => xmlResponse('<vm id="1"><name>a</name></vm>', 201) },
      { method: 'PUT', path: '/vms/1', answer: () => xmlResponse('<vm id="1"><name>b</name></vm>') },
      { method: 'DELETE', path: '/vms/1', answer: () => new Response(null, { status: 204 }) },
    ]);
    const created = await post('/vms', 'vm', { template: { name: 'Blank' }, cluster: { name: 'Default' }, name: 'a' }, { expectCreated: true });
    await put('/vms/1', 'vm', { name: 'b' });
    const deleted = await del('/vms/1');
    expect(created).toMatchObject({ status: 201, root: 'vm', value: { id: '1', name: 'a' } });
    expect(deleted).toMatchObject({ status: 204, root: '', value: {} });
    const ids = calls.map((c) => c.headers.get('Correlation-Id'));
    expect(ids.every((id) => id && id.length >= 16)).toBe(true);
    expect(new Set(ids).size).toBe(3);
    expect(calls[0].headers.get('Content-Type')).toBe('application/xml');
    expect(calls[0].headers.get('Expect')).toBe('201-created');
    expect(calls[1].headers.get('Expect')).toBeNull();
    expect(calls[2].headers.get('Content-Type')).toBeNull();
    const body = calls[0].body ?? '';
    expect(body.indexOf('<name>a</name>')).toBeLessThan(body.indexOf('<cluster>')); // schema order, not ours
    expect(body.indexOf('<cluster>')).toBeLessThan(body.indexOf('<template>'));
  });

  it('All-Content and detail= are options', async () => {
    const { calls } = fakeFetch([{ path: /.*/, answer: () => xmlResponse('<vms/>') }]);
    await get('/vms/1', { allContent: true });
    await get('/vms', { detail: ['statistics', 'nics', 'disks'] });
    expect(calls[0].headers.get('All-Content')).toBe('true');
    expect(calls[1].headers.get('Accept')).toBe('application/xml; detail=statistics+nics+disks');
  });

  it('a 202 Accepted body is read like any other', async () => {
    fakeFetch([{ path: '/vms', answer: () => xmlResponse('<vm id="9"><creation_status><state>pending</state></creation_status></vm>', 202) }]);
    const res = await request('/vms', { method: 'POST', body: { root: 'vm', value: { name: 'x' } } });
    expect(res.status).toBe(202);
    expect(res.value.creation_status.state).toBe('pending');
  });
});

describe('sessions', () => {
  it('a refused login stays logged out and forgets the password', async () => {
    const { calls } = fakeFetch([{ path: '/', answer: () => htmlResponse(unauthorized41, 401) }]);
    await expect(login({ user: 'admin', domain: 'internal', password: 'wrong' })).rejects.toMatchObject({ kind: 'auth', status: 401 });
    expect(session.get().status).toBe('loggedOut');
    expect(session.authorization()).toBeUndefined();
    expect(calls).toHaveLength(1); // a refused login is an answer, not a lost session
  });

  it('logout sends the cookie without Prefer: persistent-auth and clears the session', async () => {
    const { calls } = fakeFetch([{ path: '/', answer: () => xmlResponse(api41) }]);
    await login({ user: 'admin', domain: 'internal', password: 'ovirt' });
    await logout();
    const last = calls[calls.length - 1];
    expect(last.headers.get('Prefer')).toBeNull();
    expect(last.headers.get('Authorization')).toBeNull();
    expect(session.get().status).toBe('loggedOut');
  });

  it('resumes an existing cookie session on start, or shows the login page', async () => {
    fakeFetch([{ path: '/', answer: () => xmlResponse(api41) }]);
    session.loggedOut();
    expect(await resumeSession()).toBeDefined();
    expect(session.get().status).toBe('loggedIn');
    fakeFetch([{ path: '/', answer: () => htmlResponse(unauthorized41, 401) }]);
    expect(await resumeSession()).toBeUndefined();
    expect(session.get().status).toBe('loggedOut');
  });

  it('a 401 after login waits for a new login and retries what failed', async () => {
    let sessionAlive = true;
    const { calls } = fakeFetch([
      { path: '/', answer: () => xmlResponse(api41) },
      { path: '/vms', answer: () => (sessionAlive ? xmlResponse('<vms><vm id="1"><name>a</name></vm></vms>') : htmlResponse(unauthorized41, 401)) },
    ]);
    await login({ user: 'admin', domain: 'internal', password: 'ovirt' });
    sessionAlive = false;
    const pending = get('/vms');
    await vi.waitFor(() => expect(session.get().status).toBe('expired'));
    sessionAlive = true;
    await login({ user: 'admin', domain: 'internal', password: 'ovirt' });
    const res = await pending;
    expect(res.value.vm[0].name).toBe('a');
    expect(calls.filter((c) => c.path === '/vms')).toHaveLength(2);
    expect(session.get().status).toBe('loggedIn');
  });

  it('logging out from the re-login dialog fails the waiting requests with an auth error', async () => {
    fakeFetch([{ path: '/', answer: () => xmlResponse(api41) }, { path: '/vms', answer: () => htmlResponse(unauthorized41, 401) }]);
    await login({ user: 'admin', domain: 'internal', password: 'ovirt' });
    const pending = get('/vms').catch((e: unknown) => e);
    await vi.waitFor(() => expect(session.get().status).toBe('expired'));
    await logout();
    expect(await pending).toMatchObject({ kind: 'auth' });
  });
});

describe('user-level API', () => {
  const refused = '<fault><reason>Operation Failed</reason><detail>[User is not authorized to perform this action.]</detail></fault>';

  it('a non-administrator whose read is refused goes on with `Filter: true` from then on', async () => {
    const { calls } = fakeFetch([
      { path: '/', answer: xmlResponse(api41) },
      { path: '/vms', answer: (req) => (req.headers.get('Filter') === 'true' ? xmlResponse('<vms><vm id="7"><name>mine</name></vm></vms>') : xmlResponse(refused, 403)) },
    ]);
    await login({ user: 'mary', domain: 'internal', password: 'mary' });
    const res = await get('/vms');
    expect(res.value.vm).toEqual([expect.objectContaining({ name: 'mine' })]);
    await get('/vms');
    expect(calls.map((c) => c.headers.get('Filter'))).toEqual([null, null, 'true', 'true']);
    expect(session.get().filtered).toBe(true);
  });

  it('a refused write stays refused (no retry as another API)', async () => {
    const { calls } = fakeFetch([{ method: 'POST', path: '/vms/1/start', answer: () => xmlResponse(refused, 403) }]);
    await expect(post('/vms/1/start', 'action', {})).rejects.toThrow(/not authorized/);
    expect(calls).toHaveLength(1);
    expect(session.get().filtered).toBeFalsy();
  });

  it('the next login starts on the administrator API again', async () => {
    session.useFilter();
    const { calls } = fakeFetch([{ path: '/', answer: xmlResponse(api41) }]);
    await login({ user: 'admin', domain: 'internal', password: 'ovirt' });
    expect(calls[0].headers.get('Filter')).toBeNull();
    expect(session.get().filtered).toBe(false);
  });
});
