// @vitest-environment node
// Authentication like a real engine (guide 2.2-2.3; recorded 000/001_get_root: HTML 401 with the realm).
import { describe, expect, it } from 'vitest';
import { createEngine } from './engine';

const basic = (login: string) => `Basic ${btoa(login)}`;
const ADMIN = basic('admin@internal:ovirt');

function engineAt(clock: { t: number }) {
  return createEngine({ now: () => clock.t, sessionTimeoutMs: 60_000 });
}

describe('demo engine authentication', () => {
  it('answers 401 with the engine HTML page and Basic realm without credentials', () => {
    const e = engineAt({ t: 0 });
    const r = e.handle({ method: 'GET', url: '/ovirt-engine/api', headers: {} });
    expect(r.status).toBe(401);
    expect(r.headers['WWW-Authenticate']).toBe('Basic realm="RESTAPI"');
    expect(r.body).toBe('<html><head><title>Error</title></head><body>Unauthorized</body></html>');
  });

  it('refuses a wrong password and an unknown domain', () => {
    const e = engineAt({ t: 0 });
    for (const login of ['admin@internal:wrong', 'admin@other:ovirt', 'admin:ovirt', 'garbage']) {
      expect(e.handle({ method: 'GET', url: '/ovirt-engine/api', headers: { authorization: basic(login) } }).status).toBe(401);
    }
  });

  it('opens a JSESSIONID session with Prefer: persistent-auth and ends it with a request without it', () => {
    const e = engineAt({ t: 0 });
    const first = e.handle({ method: 'GET', url: '/ovirt-engine/api', headers: { authorization: ADMIN, prefer: 'persistent-auth' } });
    expect(first.status).toBe(200);
    const cookie = /JSESSIONID=([^;]+); Path=\/ovirt-engine\/api; HttpOnly/.exec(first.headers['Set-Cookie'])![1];
    const withSession = { cookie: `JSESSIONID=${cookie}`, prefer: 'persistent-auth' };
    expect(e.handle({ method: 'GET', url: '/ovirt-engine/api/vms', headers: withSession }).status).toBe(200);
    // logout: the same cookie without Prefer is answered, then the session is gone
    expect(e.handle({ method: 'GET', url: '/ovirt-engine/api', headers: { cookie: `JSESSIONID=${cookie}` } }).status).toBe(200);
    expect(e.handle({ method: 'GET', url: '/ovirt-engine/api/vms', headers: withSession }).status).toBe(401);
  });

  it('expires a session after the idle timeout', () => {
    const clock = { t: 1_000_000 };
    const e = engineAt(clock);
    const first = e.handle({ method: 'GET', url: '/ovirt-engine/api', headers: { authorization: ADMIN, prefer: 'persistent-auth' } });
    const cookie = first.headers['Set-Cookie'].split(';')[0];
    clock.t += 59_000;
    expect(e.handle({ method: 'GET', url: '/ovirt-engine/api', headers: { cookie, prefer: 'persistent-auth' } }).status).toBe(200);
    clock.t += 61_000;
    expect(e.handle({ method: 'GET', url: '/ovirt-engine/api', headers: { cookie, prefer: 'persistent-auth' } }).status).toBe(401);
  });

  it('answers unknown paths and ids with the engine HTML 404', () => {
    const e = engineAt({ t: 0 });
    for (const url of ['/ovirt-engine/api/nonsense', '/ovirt-engine/api/vms/no-such-id']) {
      const r = e.handle({ method: 'GET', url, headers: { authorization: ADMIN } });
      expect(r.status).toBe(404);
      expect(r.body).toContain('Not Found');
    }
  });

  it('serves the entry point with links, search templates, special objects and live summary', () => {
    const e = engineAt({ t: Date.UTC(2026, 0, 1) });
    const r = e.handle({ method: 'GET', url: '/ovirt-engine/api', headers: { authorization: ADMIN } });
    expect(r.body).toContain('<link href="/ovirt-engine/api/vms?search={query}" rel="vms/search"/>');
    expect(r.body).toContain('<link href="/ovirt-engine/api/events;from={event_id}?search={query}" rel="events/search"/>');
    expect(r.body).toContain('rel="templates/blank"');
    const vms = /<vms>\s*<total>(\d+)<\/total>/.exec(r.body)!;
    expect(Number(vms[1])).toBe(e.store.list('vms').length);
    expect(r.headers.Link).toContain('</ovirt-engine/api/vms>; rel=vms');
  });
});
