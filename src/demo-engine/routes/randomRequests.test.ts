// The demo engine under a storm of random and hostile requests (a fixed seed, 1,000 requests, in
// process): every answer is an HTTP answer (never an exception, never a 500), a refused write changes
// no collection (no half-created entity), whatever a write created can be read back at its href, and
// afterwards ordinary requests are answered correctly.
import { describe, expect, it } from 'vitest';
import tsv from '../testing/routes.tsv?raw';
import { HOSTILE_BODIES, parseRoutes } from '../testing/routeWalk';
import { routeBody } from '../testing/routeBodies';
import { wireEngine } from '../testing/wire';
import type { Store } from '../store';

/** mulberry32: a small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ (t + Math.imul(t ^ (t >>> 14), 71 | t));
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ADMIN = `Basic ${btoa('admin@internal:ovirt')}`;
const OTHER_AUTHS = [`Basic ${btoa('mary@internal:mary')}`, `Basic ${btoa('helpdesk@internal:helpdesk')}`, `Basic ${btoa('admin@internal:wrong')}`, 'Bearer x', ''];
const OTHER_TYPES = ['text/plain', 'application/json', 'application/x-www-form-urlencoded', ''];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS'];
const JUNK_IDS = ['', 'x', '..', '%2e%2e', '00000000-0000-0000-0000-000000000000', 'a'.repeat(2000), '<script>', "' or 1=1 --"];
const QUERIES = ['', '?search=name%3D*', '?search=(((', '?search=status%3Dup%20sortby%20name%20desc', ';max=-1', ';max=abc', '?search=' + 'x'.repeat(5000), ';case-sensitive=maybe'];
const BODIES = [
  ...HOSTILE_BODIES,
  '<tag><name>storm</name></tag>', '<vm><name>storm-vm</name></vm>', '<action/>', '<action><force>perhaps</force></action>',
  `<vm><name>${'n'.repeat(300)}</name><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>`,
  '<?xml version="1.0"?><!DOCTYPE tag [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><tag><name>&b;</name></tag>',
  `<tag>${'<description>'.repeat(2000)}x${'</description>'.repeat(2000)}</tag>`,
  '<tag><name>half', '{"tag":{"name":"json"}}', '',
];

/** Sizes of every top-level collection the store holds (events and jobs record refusals, by design). */
function counts(store: Store): string {
  return [...store.collections].filter(([k]) => !/^(events|jobs)($|\/)|\/(events|steps)$/.test(k) && !k.startsWith('_'))
    .map(([k, v]) => `${k}=${v.size}`).sort().join(',');
}

/** A route template with its placeholders mostly filled with real ids (the store key is the path so far). */
function fill(template: string, store: Store, pick: <T>(xs: readonly T[]) => T, r: () => number): string {
  const done: string[] = [];
  for (const seg of template.split('/').filter(Boolean)) {
    if (!/^\{.*\}$/.test(seg)) { done.push(seg); continue; }
    const ids = [...(store.collections.get(done.join('/'))?.keys() ?? [])];
    done.push(ids.length && r() < 0.85 ? pick(ids) : pick(JUNK_IDS));
  }
  return `/${done.map((d) => encodeURIComponent(d)).join('/')}`;
}

describe('the demo engine under 1,000 random and hostile requests', () => {
  it('keeps its invariants and answers correctly afterwards', () => {
    const w = wireEngine();
    const r = random(20261203);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
    const rows = parseRoutes(tsv).map((row) => ({ ...row, template: row.template.replace(/\?.*$/, '') }));
    const often = (p: number) => r() < p;
    const problems: string[] = [];

    for (let i = 0; i < 1000; i++) {
      // Mostly a route of the guide with its own method and a plausible body; otherwise anything.
      const row = pick(rows);
      const method = often(0.8) ? row.method : pick(METHODS);
      const path = fill(row.template, w.engine.store, pick, r) + (often(0.2) ? pick(QUERIES) : '');
      const plausible = routeBody(w.engine.store, method, path.split('/').filter(Boolean).map(decodeURIComponent), row.bodyRoot === '-' ? undefined : row.bodyRoot, row.template);
      const body = method === 'GET' || method === 'HEAD' ? undefined : often(0.5) && plausible !== undefined ? plausible : pick(BODIES);
      const headers: Record<string, string> = {
        authorization: often(0.8) ? ADMIN : pick(OTHER_AUTHS),
        'content-type': often(0.85) ? 'application/xml' : pick(OTHER_TYPES),
      };
      if (r() < 0.2) headers.filter = 'true';
      if (r() < 0.1) headers.version = pick(['3', '4', 'x']);
      const before = counts(w.engine.store);
      let res;
      try {
        res = w.engine.handle({ method, url: w.base + path, headers, body });
      } catch (e) {
        problems.push(`${method} ${path}: threw ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      const what = `${method} ${path.slice(0, 120)} [${body?.slice(0, 40)}] → ${res.status}`;
      if (!Number.isInteger(res.status) || res.status < 200 || res.status > 599) problems.push(`${what}: not an HTTP status`);
      if (res.status === 500) problems.push(`${what}: 500 ${res.body.slice(0, 200)}`);
      if (res.status >= 400 && method !== 'GET' && counts(w.engine.store) !== before) problems.push(`${what}: a refused write changed the store`);
      if ((res.status === 201 || res.status === 202) && method === 'POST') {
        const href = /^<\?xml[^>]*>\s*<\w+[^>]* href="([^"]+)"/.exec(res.body)?.[1];
        if (href) {
          const back = w.engine.handle({ method: 'GET', url: href, headers: { authorization: ADMIN } });
          if (back.status !== 200) problems.push(`${what}: created ${href} but GET answers ${back.status}`);
        }
      }
    }
    expect(problems).toEqual([]);

    // Afterwards, ordinary requests get ordinary answers.
    const entry = w.get('/');
    expect(entry.status).toBe(200);
    expect(entry.root).toBe('api');
    const vms = w.get('/vms');
    expect(vms.status).toBe(200);
    expect(vms.xml.vm.length).toBe(w.engine.store.list('vms').length);
    const tag = w.post('/tags', '<tag><name>after-the-storm</name></tag>');
    expect(tag.status).toBe(201);
    expect(w.get(`/tags/${tag.xml.id}`).xml.name).toBe('after-the-storm');
    expect(w.del(`/tags/${tag.xml.id}`).status).toBe(200);
    expect(w.get(`/tags/${tag.xml.id}`).status).toBe(404);
    const down = w.vmIn('down');
    expect([200, 202]).toContain(w.post(`/vms/${down.id}/start`, '<action/>').status);
  });
});
