// @vitest-environment node
// The server over real HTTP on 127.0.0.1: security headers, the API mount, the SPA fallback, no path escape.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, createRequestHandler } from './app';
import { parseOptions } from './options';
import { rewriteCookie } from './proxy';
import { staticFiles } from './staticFiles';

let server: Server;
let base = '';
let close = () => {};

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  const opts = parseOptions(['--port', '0', '--display-port-base', '0'], {});
  const api = createApi(opts);
  close = api.close;
  server = createServer(createRequestHandler(api.handler, staticFiles(dist)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(() => {
  close();
  server.close();
});

describe('portal server', () => {
  it('sends security headers with a CSP that allows no inline script', async () => {
    const r = await fetch(`${base}/vms`);
    expect(r.status).toBe(200);
    const csp = r.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(await r.text()).toContain('<div id="root">');
  });

  it('serves hashed assets with long caching and refuses path escapes', async () => {
    const asset = await fetch(`${base}/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const escape = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).toContain('<div id="root">');
  });

  it('mounts the demo engine at /ovirt-engine/api', async () => {
    const r = await fetch(`${base}/ovirt-engine/api`, { headers: { Authorization: `Basic ${btoa('admin@internal:ovirt')}`, Version: '3' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/xml');
    expect(await r.text()).toContain('<product_info>');
  });

  it('keeps the Basic challenge for API clients but not for the portal (no browser password dialog)', async () => {
    const plain = await fetch(`${base}/ovirt-engine/api`);
    expect(plain.status).toBe(401);
    expect(plain.headers.get('www-authenticate')).toBe('Basic realm="RESTAPI"');
    const portal = await fetch(`${base}/ovirt-engine/api`, { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
    expect(portal.status).toBe(401);
    expect(portal.headers.get('www-authenticate')).toBeNull();
  });
});

describe('options and proxy helpers', () => {
  it('parses flags and environment', () => {
    const o = parseOptions(['--port', '9000', '--vms=10000', '--clock-speed', '5', '--state', 's.json', '--reset'],
      { ENGINE_URL: 'https://e/ovirt-engine/api', ENGINE_INSECURE: '1' });
    expect(o).toMatchObject({ port: 9000, vms: 10000, clockSpeed: 5, stateFile: 's.json', reset: true, engineInsecure: true, engineUrl: 'https://e/ovirt-engine/api' });
    expect(() => parseOptions(['--port', 'abc'], {})).toThrow(/--port/);
    expect(parseOptions(['--display-port-base', '59300'], {}).displayPortBase).toBe(59300);
  });

  it('re-scopes the engine session cookie to the mount', () => {
    expect(rewriteCookie('JSESSIONID=abc; path=/ovirt-engine/api; Secure; HttpOnly', '/ovirt-engine/api', false))
      .toBe('JSESSIONID=abc; Path=/ovirt-engine/api; HttpOnly');
    expect(rewriteCookie('JSESSIONID=abc; Path=/api; Secure', '/ovirt-engine/api', true)).toBe('JSESSIONID=abc; Path=/ovirt-engine/api; Secure');
  });
});
