// The HTTP side over real HTTP: a login through the engine mount opens a portal session; the API answers
// only to it, in the spec's shapes, with field errors for the form.
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../demo-engine/engine';
import { demoEngineMount } from '../engineMount';
import { buildPortalApp } from '../portalServer';
import { BODY_LIMIT, RATE_LIMITS } from './api';
import { createSnapshotRequests, type SnapshotRequests } from './index';

let app: FastifyInstance;
let base = '';
let sr: SnapshotRequests;
let dir = '';
const engine = createEngine({ vms: 4 });
const vmId = () => engine.store.list('vms')[0].id;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sr-api-'));
  sr = await createSnapshotRequests({ dataDir: dir, now: engine.now, engineBase: () => `${base}/ovirt-engine/api`, intervalMs: 3_600_000 });
  app = await buildPortalApp({ api: { route: demoEngineMount(engine), engine, now: engine.now, close() {} }, snapshots: sr });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await sr.close();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Logs in like the portal does; returns the cookies the browser would keep. */
async function logIn(user: string, password: string): Promise<string> {
  const res = await fetch(`${base}/ovirt-engine/api/`, {
    headers: { Version: '3', Prefer: 'persistent-auth', Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
  });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

const api = (cookie: string, path = '', init: RequestInit = {}) =>
  fetch(`${base}/portal/api/snapshot-requests${path}`, { ...init, headers: { Cookie: cookie, 'X-Requested-With': 'XMLHttpRequest', 'Content-Type': 'application/json', ...init.headers } });

describe('snapshot requests API', () => {
  it('opens a portal session (HttpOnly, SameSite=Strict, /portal/api only) when the engine accepts a login', async () => {
    const res = await fetch(`${base}/ovirt-engine/api/`, {
      headers: { Version: '3', Prefer: 'persistent-auth', Authorization: `Basic ${Buffer.from('mary@internal:mary').toString('base64')}` },
    });
    const portal = res.headers.getSetCookie().find((c) => c.startsWith('portal_session='));
    expect(portal).toMatch(/; Path=\/portal\/api; HttpOnly; SameSite=Strict$/);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('JSESSIONID='))).toBe(true);
  });

  it('opens none for a refused login, and answers 401 without one', async () => {
    const res = await fetch(`${base}/ovirt-engine/api/`, {
      headers: { Version: '3', Prefer: 'persistent-auth', Authorization: `Basic ${Buffer.from('mary@internal:wrong').toString('base64')}` },
    });
    expect(res.status).toBe(401);
    expect(res.headers.getSetCookie()).toEqual([]);
    const anon = await api('');
    expect(anon.status).toBe(401);
    expect((await anon.json()).error.reason).toMatch(/Log in again/);
  });

  it('accepts a request with 202 and a link, like the spec, and shows it', async () => {
    const cookie = await logIn('mary@internal', 'mary');
    const res = await api(cookie, '', { method: 'POST', body: JSON.stringify({ vm_id: vmId(), from_date: 'now', valid_for: 12, description: 'before upgrading', password: 'mary' }) });
    expect(res.status).toBe(202);
    const { data } = await res.json();
    expect(data).toMatchObject({ name: 'Accepted', state: 'Submitted', status: 202, _links: { request: `/portal/api/snapshot-requests/${data.id}` } });
    const one = await (await api(cookie, `/${data.id}`)).json();
    expect(one.data).toMatchObject({ id: data.id, action: 'Create', user: { username: 'mary@internal' }, vm_uuid: vmId(),
      snapshot: { name: `SR-${data.id}`, valid_for: 12, description: 'before upgrading' } });
    const list = await (await api(cookie)).json();
    expect(list.meta).toMatchObject({ user: 'mary@internal', admin: false });
    expect(list.data.map((r: { id: number }) => r.id)).toContain(data.id);
  });

  it('answers field errors the form can show next to the inputs', async () => {
    const cookie = await logIn('mary@internal', 'mary');
    const res = await api(cookie, '', { method: 'POST', body: JSON.stringify({ vm_id: vmId(), from_date: '2001-01-01T00:00:00Z', valid_for: 100, description: '' }) });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(Object.keys(error.fields).sort()).toEqual(['description', 'from_date', 'password', 'valid_for']);
  });

  it('refuses writes without X-Requested-With (no cross-site form posts)', async () => {
    const cookie = await logIn('mary@internal', 'mary');
    const res = await fetch(`${base}/portal/api/snapshot-requests`, { method: 'POST', headers: { Cookie: cookie }, body: '{}' });
    expect(res.status).toBe(403);
  });

  it('knows an administrator from the engine’s roles', async () => {
    const cookie = await logIn('admin@internal', 'ovirt');
    expect((await (await api(cookie)).json()).meta).toMatchObject({ user: 'admin@internal', admin: true });
  });

  it('refuses a body over the limit with a reason, in the API’s shape', async () => {
    const cookie = await logIn('mary@internal', 'mary');
    const res = await api(cookie, '', { method: 'POST', body: JSON.stringify({ description: 'x'.repeat(BODY_LIMIT) }) });
    expect(res.status).toBe(413);
    expect((await res.json()).error.reason).toMatch(/under 64 kB/);
  });

  it('tells a client creating requests too fast to wait (a password is checked on each)', async () => {
    const cookie = await logIn('mary@internal', 'mary');
    const statuses: number[] = [];
    for (let i = 0; i <= RATE_LIMITS.create; i++) statuses.push((await api(cookie, '', { method: 'POST', body: '[]' })).status);
    expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(RATE_LIMITS.create);
    const last = await api(cookie, '', { method: 'POST', body: '[]' });
    expect(last.status).toBe(429);
    expect(last.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await last.json()).error.reason).toMatch(/Too many requests; try again in \d+ s/);
    expect((await api(cookie)).status).toBe(200); // reading goes on
  });
});
