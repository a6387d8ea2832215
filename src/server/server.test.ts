// @vitest-environment node
// The server over real HTTP on 127.0.0.1: security headers, the API mount, the SPA fallback, no path escape.
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from './app';
import { parseOptions } from './options';
import { buildPortalApp } from './portalServer';
import { rewriteCookie } from './proxy';
import { staticFiles } from './staticFiles';

let app: FastifyInstance;
let base = '';
let close = () => {};
const BIG_JS = `console.log(${JSON.stringify('portal '.repeat(2000))});`;

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dist, 'assets', 'app-DiwrgTda.js'), BIG_JS);
  writeFileSync(join(dist, 'assets', 'plain.js'), 'console.log(2)');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  const opts = parseOptions(['--port', '0', '--display-port-base', '0'], {});
  const api = createApi(opts);
  close = api.close;
  app = await buildPortalApp({ api, files: (scope) => staticFiles(scope, dist) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(async () => {
  close();
  await app.close();
});

const admin = { Authorization: `Basic ${btoa('admin@internal:ovirt')}`, Version: '3' };

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

  it('serves hashed assets with long caching, everything else revalidated, and refuses path escapes', async () => {
    const asset = await fetch(`${base}/assets/app-DiwrgTda.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${base}/assets/plain.js`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${base}/favicon.svg`)).headers.get('cache-control')).toBe('no-cache');
    for (const path of ['/', '/index.html', '/vms/123']) {
      const page = await fetch(`${base}${path}`);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toContain('<div id="root">');
    }
    const escape = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).not.toContain('root:');
    expect(await (await fetch(`${base}/assets/..%2f..%2f..%2fetc%2fpasswd`)).text()).not.toContain('root:');
  });

  it('compresses the portal’s files with brotli or gzip, as the browser accepts', async () => {
    const { request } = await import('node:http');
    const get = (encoding: string) => new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      request(`${base}/assets/app-DiwrgTda.js`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject).end();
    });
    const br = await get('br, gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(BIG_JS.length / 10);
    const gz = await get('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(BIG_JS);
    expect((await get('identity')).body.toString()).toBe(BIG_JS);
  });

  it('answers other methods than GET on the portal’s pages with 405', async () => {
    const r = await fetch(`${base}/vms`, { method: 'POST', body: 'x' });
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('GET, HEAD');
  });

  it('reports liveness and readiness', async () => {
    const live = await fetch(`${base}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: 'ok' });
    expect(live.headers.get('cache-control')).toBe('no-store');
    expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ status: 'ready' });
  });

  it('mounts the demo engine at /ovirt-engine/api', async () => {
    const r = await fetch(`${base}/ovirt-engine/api`, { headers: { Authorization: `Basic ${btoa('admin@internal:ovirt')}`, Version: '3' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/xml');
    expect(await r.text()).toContain('<product_info>');
  });

  it('hands the engine raw bodies whatever their content type (the engine decides), and limits their size (413)', async () => {
    // The server passes every body on; the engine reads XML types and answers 415 to the others, as a real one.
    for (const type of ['application/xml', 'text/xml', 'text/plain', 'application/json', 'application/x-www-form-urlencoded']) {
      const r = await fetch(`${base}/ovirt-engine/api/tags`, { method: 'POST', headers: { ...admin, 'Content-Type': type }, body: `<tag><name>as ${type}</name></tag>` });
      expect(r.status, type).toBe(type.endsWith('/xml') ? 201 : 415);
      if (r.status === 201) expect(await r.text()).toContain(`<name>as ${type}</name>`);
    }
    const junk = await fetch(`${base}/ovirt-engine/api/vms`, { method: 'POST', headers: { ...admin, 'Content-Type': 'application/xml' }, body: '<vm><name>x</vm>' });
    expect(junk.status).toBe(400);
    expect(await junk.text()).toMatch(/^<\?xml[\s\S]*<fault>/);
    const huge = await fetch(`${base}/ovirt-engine/api/tags`, { method: 'POST', headers: { ...admin, 'Content-Type': 'application/xml' }, body: 'x'.repeat(9 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain('<fault><reason>Request Entity Too Large</reason>');
  });

  it('keeps the engine’s matrix parameters on the entry point and collections', async () => {
    const r = await fetch(`${base}/ovirt-engine/api/vms;max=2`, { headers: admin });
    expect(r.status).toBe(200);
    expect((await r.text()).match(/<vm /g)).toHaveLength(2);
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

describe('cross-site writes on the engine mount', () => {
  const admin = `Basic ${btoa('admin@internal:ovirt')}`;
  const tagCount = async () => (await (await fetch(`${base}/ovirt-engine/api/tags`, { headers: { Authorization: admin, Version: '3' } })).text())
    .split('<tag ').length - 1;
  const postTag = (name: string, headers: Record<string, string>) => fetch(`${base}/ovirt-engine/api/tags`, {
    method: 'POST', body: `<tag><name>${name}</name></tag>`, headers: { Authorization: admin, Version: '3', ...headers },
  });

  it('refuses a write whose Origin or Sec-Fetch-Site is another site, and creates nothing', async () => {
    const before = await tagCount();
    const foreign = await postTag('forged1', { 'Content-Type': 'application/xml', Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain('Cross-site write refused');
    const crossSite = await postTag('forged2', { 'Content-Type': 'application/xml', 'Sec-Fetch-Site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const opaque = await postTag('forged3', { 'Content-Type': 'application/xml', Origin: 'null' });
    expect(opaque.status).toBe(403);
    expect(await tagCount()).toBe(before);
  });

  it('lets the portal\'s own origin and non-browser clients write', async () => {
    const own = await postTag('same-origin-tag', { 'Content-Type': 'application/xml', Origin: base, 'Sec-Fetch-Site': 'same-origin' });
    expect(own.status).toBe(201);
    const script = await postTag('script-tag', { 'Content-Type': 'application/xml' });
    expect(script.status).toBe(201);
  });

  it('answers 415 to a body that is not XML, as the engine does', async () => {
    const before = await tagCount();
    const r = await postTag('plain-text-tag', { 'Content-Type': 'text/plain' });
    expect(r.status).toBe(415);
    expect(await tagCount()).toBe(before);
  });

  it('marks the engine session cookie SameSite=Strict', async () => {
    const r = await fetch(`${base}/ovirt-engine/api`, { headers: { Authorization: admin, Version: '3', Prefer: 'persistent-auth' } });
    expect(r.headers.get('set-cookie')).toMatch(/^JSESSIONID=[^;]+; Path=\/ovirt-engine\/api; HttpOnly; SameSite=Strict$/);
  });
});

describe('proxy to ENGINE_URL (here: the server above)', () => {
  const proxied = async (engineUrl: string) => {
    const api = createApi(parseOptions([], { ENGINE_URL: engineUrl }));
    const proxy = await buildPortalApp({ api });
    await proxy.listen({ port: 0, host: '127.0.0.1' });
    const addr = proxy.server.address();
    return { proxy, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/ovirt-engine/api` };
  };

  it('passes requests and answers through, with the engine session cookie and no Basic challenge for the portal', async () => {
    const { proxy, url } = await proxied(`${base}/ovirt-engine/api`);
    try {
      const login = await fetch(`${url}/`, { headers: { ...admin, Prefer: 'persistent-auth' } });
      expect(login.status).toBe(200);
      expect(login.headers.getSetCookie().find((c) => c.startsWith('JSESSIONID='))).toMatch(/Path=\/ovirt-engine\/api/);
      const created = await fetch(`${url}/tags`, { method: 'POST', headers: { ...admin, 'Content-Type': 'application/xml' }, body: '<tag><name>through the proxy</name></tag>' });
      expect(created.status).toBe(201);
      expect(await created.text()).toContain('<name>through the proxy</name>');
      const portal = await fetch(`${url}/vms`, { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
      expect(portal.status).toBe(401);
      expect(portal.headers.get('www-authenticate')).toBeNull();
      expect((await fetch(`${url}/vms`)).headers.get('www-authenticate')).toBe('Basic realm="RESTAPI"');
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it('answers 502 with an engine-style fault when the engine cannot be reached', async () => {
    const { proxy, url } = await proxied('http://127.0.0.1:9/ovirt-engine/api');
    try {
      const r = await fetch(`${url}/vms`, { headers: admin });
      expect(r.status).toBe(502);
      expect(await r.text()).toContain('<fault><reason>Bad Gateway</reason>');
    } finally {
      await proxy.close();
    }
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
