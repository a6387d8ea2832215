// Walks every row of the guide's routes index (routes.tsv: method, path template, body root) against a
// demo engine: placeholders get real ids found over HTTP from the seeded inventory (preferring objects whose
// `actions` allow the action), POST/PUT get a plausible minimal body (routeBodies.ts). Each row runs on a
// fresh copy of the seeded store. Implemented: 2xx/3xx, or a proper XML fault (400/409...) from a handler;
// missing: 404/405/5xx, an exception, no data to fill the placeholders, or the wrong kind of document.
import { createEngine } from '../engine';
import { Store } from '../store';
import { seedInventory } from '../seed';
import { routeBody } from './routeBodies';
import { collectionBySegment } from '../collections';

export interface Row { method: string; template: string; operation: string; bodyRoot: string }
export type Verdict = { kind: 'ok' | 'fault' | 'missing'; status?: number; note?: string };
export interface RouteResult { row: Row; verdict: Verdict; path?: string; body?: string }

export function parseRoutes(tsv: string): Row[] {
  return tsv.trim().split('\n').slice(1).map((l) => l.split('\t'))
    .map(([method, template, operation, , bodyRoot]) => ({ method, template, operation, bodyRoot }));
}

const AUTH = `Basic ${btoa('admin@internal:ovirt')}`;
const T0 = Date.UTC(2024, 0, 1);

/** Concrete instances for the guide's generic rows (collections no other row covers). */
const GENERIC: Record<string, string> = {
  'GET /{collection}': '/instancetypes',
  'POST /{collection}': '/bookmarks',
  'GET /{collection}/{resource}': '/jobs/{job}',
  'PUT /{collection}/{resource}': '/bookmarks/{bookmark}',
  'DELETE /{collection}/{resource}': '/bookmarks/{bookmark}',
  'GET /{collection}/{resource}/creation_status/{creation_status}': '/vms/{vm}/creation_status/{creation_status}',
  'GET /{collection}/{resource}/permissions': '/diskprofiles/{diskprofile}/permissions',
  'POST /{collection}/{resource}/permissions': '/vnicprofiles/{vnicprofile}/permissions',
  'GET /{collection}/{resource}/permissions/{permission}': '/vms/{vm}/permissions/{permission}',
  'POST /{collection}/{resource}/{action}': '/hosts/{host}/refresh',
  'GET /{collection}/{resource}/{action}/{action_id}': '/hosts/{host}/refresh/{action_id}',
  'GET /{collection}/{resource}/{subcollection}': '/jobs/{job}/steps',
  'GET /{collection}/{resource}/{subcollection}/{subresource}': '/jobs/{job}/steps/{step}',
  'GET /{collection}?search={query}': '/instancetypes?search=name%3D*',
};

/** What a client does first so that a link has something to show (a running Gluster task has step statistics). */
const PREPARE: Record<string, (e: Eng) => void> = {
  'GET /jobs/{job}/steps/{step}/statistics/{statistic}': (e) => {
    for (const c of childIds(e, '/clusters')) {
      const vols = e.call('GET', `/clusters/${c}/glustervolumes`).body.split('<gluster_volume ').slice(1);
      const up = /^[^>]*id="([^"]+)"/.exec(vols.find((v) => v.includes('<state>up</state>')) ?? '')?.[1];
      if (up) { e.call('POST', `/clusters/${c}/glustervolumes/${up}/rebalance`, '<action/>'); return; }
    }
  },
};

/** Searches per collection that mean something there. */
const QUERIES: Record<string, string> = { events: 'severity>normal', users: 'name=*', vms: 'status=up', hosts: 'status=up' };

export function walkRoutes(rows: Row[]): RouteResult[] {
  const seeded = JSON.stringify(seedInventory({ vms: 40, seed: 1, now: T0 }).toJSON());
  return rows.map((row) => walkRow(row, seeded));
}

function fresh(seeded: string) {
  const clock = { t: T0 };
  const engine = createEngine({ now: () => clock.t, store: Store.fromJSON(JSON.parse(seeded)) });
  const call = (method: string, path: string, body?: string) =>
    engine.handle({ method, url: engine.mount + path, body, headers: { authorization: AUTH, 'content-type': 'application/xml' } });
  return { engine, call };
}
type Eng = ReturnType<typeof fresh>;

function childIds(e: Eng, path: string): string[] {
  const r = e.call('GET', path);
  if (r.status !== 200) return [];
  // Items by their href's last segment, not the listed path: a collection reached through another parent
  // (`/datacenters/{dc}/clusters`) lists items at their own href (`/clusters/{id}`).
  const segment = (path.split('/').pop() ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...new Set([...r.body.matchAll(new RegExp(`href="[^"]*/${segment}/([^"/;?]+)" id=`, 'g'))].map((m) => m[1]))];
}

/** The item element of the collection named by a path's last segment, top-level or sub-collection. */
function itemOfSegment(segment: string): string | undefined {
  const top = collectionBySegment.get(segment);
  if (top) return top.item;
  for (const def of collectionBySegment.values()) {
    const sub = def.subs?.find((x) => x.segment === segment);
    if (sub) return sub.item;
  }
  return undefined;
}

/** POSTs a plausible item to the collection at `path`; true when the engine created one. */
function createIn(e: Eng, path: string): boolean {
  const segs = path.split('/').filter(Boolean);
  // The parent's own sub-collection first: an instance type's `nics` take a `nic`, a host's a `host_nic`.
  const item = (segs.length <= 3 ? itemOf(segs) : undefined) ?? itemOfSegment(segs[segs.length - 1]);
  if (!item) return false;
  const template = '/' + segs.map((x, i) => (i % 2 ? `{${segs[i - 1].replace(/s$/, '')}}` : x)).join('/');
  const r = e.call('POST', path, routeBody(e.engine.store, 'POST', segs, item, template));
  return r.status >= 200 && r.status < 300;
}

const ROOTS: Record<string, string> = { vms: 'vm', disks: 'disk', templates: 'template', snapshots: 'snapshot' };

/** Creates something asynchronously under `collPath` and returns its creation_status path. */
function creationStatusPath(e: Eng, collPath: string): string | undefined {
  const segs = collPath.split('/').filter(Boolean);
  const template = '/' + segs.map((s, i) => (i % 2 ? `{${segs[i - 1].replace(/s$/, '')}}` : s)).join('/');
  const r = e.call('POST', collPath, routeBody(e.engine.store, 'POST', segs, ROOTS[segs[segs.length - 1]], template));
  return /href="([^"]+\/creation_status\/[^"]+)"/.exec(r.body)?.[1]?.slice(e.engine.mount.length);
}

function splitSuffix(t: string): [string, string] {
  const m = /[;?]/.exec(t);
  return m ? [t.slice(0, m.index), t.slice(m.index)] : [t, ''];
}

/**
 * Candidate concrete paths for `template`. The placeholders before the last are filled depth-first; the last
 * one round-robin across those parents (first child of every parent, then the second...), so a few attempts
 * reach different parents. Children that allow the requested action come first.
 */
function* candidates(e: Eng, method: string, template: string): Generator<string> {
  const [pathPart, suffix] = splitSuffix(template);
  const segs = pathPart.split('/').filter(Boolean);
  const last = segs[segs.length - 1];
  const wantsAction = method === 'POST' && !last.startsWith('{');
  const fill = (p: string) => p + suffix.replace('{query}', encodeURIComponent(QUERIES[segs[0]] ?? 'name=*'))
    .replace('{event}', () => childIds(e, '/events')[5] ?? '1');
  const holes = segs.map((x, i) => (x.startsWith('{') ? i : -1)).filter((i) => i >= 0);
  const lastHole = holes[holes.length - 1];
  if (lastHole === undefined) { yield fill('/' + segs.join('/')); return; }
  // Parents: every way to fill the placeholders before the last one.
  const parents: string[][] = [];
  (function walk(i: number, done: string[]) {
    if (parents.length >= 30) return;
    if (i === lastHole) { parents.push(done); return; }
    const s = segs[i];
    if (!s.startsWith('{')) { walk(i + 1, [...done, s]); return; }
    const coll = '/' + done.join('/');
    let ids = childIds(e, coll);
    // A parent collection the seed leaves empty (a network without profiles) gets one item, as below.
    if (!ids.length && createIn(e, coll)) ids = childIds(e, coll);
    for (const id of ids.slice(0, 30)) walk(i + 1, [...done, id]);
  })(0, []);
  const tail = segs.slice(lastHole + 1);
  const hole = segs[lastHole];
  const children = parents.map((done) => {
    const prefix = '/' + done.join('/');
    if (hole === '{creation_status}') {
      const p = creationStatusPath(e, '/' + done.slice(0, -2).join('/'));
      return p ? [p] : [];
    }
    if (hole === '{action_id}') {
      const id = /<action[^>]* id="([^"]+)"/.exec(e.call('POST', prefix, '<action><async>true</async></action>').body)?.[1];
      return id ? [`${prefix}/${id}`] : [];
    }
    let ids = childIds(e, prefix).slice(0, 100);
    // An empty collection a client can add to gets one item first (RSDL collections the seed leaves empty).
    if (!ids.length && createIn(e, prefix)) ids = childIds(e, prefix).slice(0, 100);
    if (wantsAction && tail.length === 1) {
      const allows = (id: string) => e.call('GET', `${prefix}/${id}`).body.includes(`rel="${last}"`);
      ids = [...ids.filter(allows), ...ids.filter((id) => !allows(id))];
    }
    return ids.map((id) => [prefix, id, ...tail].join('/').replace(/^\/\//, '/'));
  });
  for (let round = 0; children.some((c) => c.length > round); round++) {
    for (const c of children) if (c[round]) yield fill(c[round]);
  }
}

function classify(status: number, body: string, headers: Record<string, string>): Verdict {
  const detail = /<detail>([^<]*)/.exec(body)?.[1];
  if (status >= 200 && status < 400) return { kind: 'ok', status };
  if (status === 404 || status === 405 || status >= 500) return { kind: 'missing', status, note: detail ?? body.slice(0, 80) };
  if (headers['Content-Type']?.includes('xml') && /<(fault|action)[ >]/.test(body)) return { kind: 'fault', status, note: detail?.slice(0, 160) };
  return { kind: 'missing', status, note: body.slice(0, 80) };
}

/** Rows whose answer is not an ordinary resource document. */
function shapeProblem(template: string, body: string): string | undefined {
  if (template === '/?rsdl' && !/<rsdl[ >]/.test(body)) return 'not an RSDL document';
  if (template === '/?schema' && !/<xs:schema/.test(body)) return 'not an XML schema';
  return undefined;
}

/** The element a generic row's body takes: the item of the (sub-)collection the path names. */
function itemOf(segs: string[]): string | undefined {
  const def = collectionBySegment.get(segs[0]);
  if (segs.length <= 2) return def?.item;
  return def?.subs?.find((s) => s.segment === segs[2])?.item;
}

/** Tries up to ATTEMPTS candidate paths, each on a fresh engine, until one answers 2xx/3xx. */
const ATTEMPTS = 8;

function walkRow(row: Row, seeded: string): RouteResult {
  const template = GENERIC[`${row.method} ${row.template}`] ?? row.template;
  let first: RouteResult | undefined;
  for (let k = 0; k < ATTEMPTS; k++) {
    const e = fresh(seeded);
    PREPARE[`${row.method} ${row.template}`]?.(e);
    let path: string | undefined;
    try {
      let n = 0;
      for (const p of candidates(e, row.method, template)) if (n++ === k) { path = p; break; }
      if (!path) break;
      const res = attempt(e, row, template, path);
      if (res.verdict.kind === 'ok') return res;
      first ??= res;
    } catch (err) {
      first ??= { row, path, verdict: { kind: 'missing', note: `exception: ${err instanceof Error ? err.message : String(err)}` } };
    }
  }
  return first ?? { row, verdict: { kind: 'missing', note: 'no data to fill the placeholders' } };
}

function attempt(e: Eng, row: Row, template: string, path: string): RouteResult {
  const segs = splitSuffix(path)[0].split('/').filter(Boolean);
  const root = row.bodyRoot === '-' || row.bodyRoot.startsWith('{') || row.bodyRoot === 'optional' ? undefined : row.bodyRoot.split(' ')[0];
  const sendsBody = row.method === 'POST' || row.method === 'PUT' || (row.method === 'DELETE' && root !== undefined);
  const body = sendsBody ? routeBody(e.engine.store, row.method, segs, root ?? itemOf(segs), template) : undefined;
  const r = e.call(row.method, path, body);
  let verdict = classify(r.status, r.body, r.headers);
  const bad = verdict.kind === 'ok' && row.method !== 'HEAD' && shapeProblem(template, r.body);
  if (bad) verdict = { kind: 'missing', status: r.status, note: bad };
  return { row, verdict, path, body: r.body };
}

/** Bodies a careless or hostile client might send: not XML, the wrong root, wrong types, deep nesting. */
export const HOSTILE_BODIES = [
  '<vm><name>x</vm>',
  'not xml at all',
  '<nonsense><foo>bar</foo></nonsense>',
  '<action><async>maybe</async><vm><memory>lots</memory><cpu><topology cores="-1"/></cpu></vm><host id=""/></action>',
  `<vm>${'<a>'.repeat(200)}${'</a>'.repeat(200)}</vm>`,
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>',
];

/** Sends each hostile body to every write route (first candidate path); returns answers that are 5xx or threw. */
export function hostileWrites(rows: Row[]): string[] {
  const seeded = JSON.stringify(seedInventory({ vms: 40, seed: 1, now: T0 }).toJSON());
  const problems: string[] = [];
  for (const row of rows.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')) {
    const template = GENERIC[`${row.method} ${row.template}`] ?? row.template;
    for (const body of HOSTILE_BODIES) {
      const e = fresh(seeded);
      const path = candidates(e, row.method, template).next().value;
      if (!path) continue;
      try {
        const r = e.call(row.method, path, body);
        if (r.status >= 500) problems.push(`${row.method} ${row.template} ${JSON.stringify(body.slice(0, 30))}: ${r.status} ${r.body.slice(0, 120)}`);
        if (e.call('GET', '/').status !== 200) problems.push(`${row.method} ${row.template}: engine unusable afterwards`);
      } catch (err) {
        problems.push(`${row.method} ${row.template}: threw ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
  return problems;
}
