// Walks every row of ../shared/spec/routes.tsv against the demo engine in-process: placeholders get real
// ids (found over HTTP from the seeded inventory, preferring objects whose `actions` allow the action),
// POST/PUT get a plausible minimal body from the RSDL required parameters (data/rsdl-required.json).
// Each row runs on a fresh copy of the seeded store. An answer counts as implemented when it is 2xx/3xx
// or a proper XML fault (400/409...) from a real handler; 404/405/5xx/exceptions/empty data count as missing.
// Usage: npx tsx scripts/route-coverage.ts [ROUTES_TSV] [--verbose]
import { readFileSync } from 'node:fs';
import { createEngine } from '../src/demo-engine/engine';
import { Store } from '../src/demo-engine/store';
import { seedInventory } from '../src/demo-engine/seed';
import { routeBody } from './route-coverage-bodies';
import { toXml } from '../src/xsd/serialize';

const tsv = process.argv.find((a) => a.endsWith('.tsv')) ?? new URL('../../shared/spec/routes.tsv', import.meta.url).pathname;
const verbose = process.argv.includes('--verbose');
const rows = readFileSync(tsv, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).map(([method, template, operation, , bodyRoot]) => ({ method, template, operation, bodyRoot }));
const authorization = 'Basic ' + Buffer.from('admin@internal:ovirt').toString('base64');
const T0 = Date.UTC(2024, 0, 1);
const seeded = JSON.stringify(seedInventory({ vms: 40, seed: 1, now: T0 }).toJSON());

/** Concrete instances for the guide's generic rows (collections no other row covers). */
const GENERIC: Record<string, string> = {
  '/{collection}': '/instancetypes',
  '/{collection}/{resource}': '/bookmarks/{bookmark}',
  '/{collection}/{resource}/creation_status/{creation_status}': '/vms/{vm}/creation_status/{creation_status}',
  '/{collection}/{resource}/permissions': '/diskprofiles/{diskprofile}/permissions',
  '/{collection}/{resource}/permissions/{permission}': '/vms/{vm}/permissions/{permission}',
  '/{collection}/{resource}/{action}': '/hosts/{host}/refresh',
  '/{collection}/{resource}/{action}/{action_id}': '/hosts/{host}/refresh/{action_id}',
  '/{collection}/{resource}/{subcollection}': '/jobs/{job}/steps',
  '/{collection}/{resource}/{subcollection}/{subresource}': '/jobs/{job}/steps/{step}',
  '/{collection}?search={query}': '/instancetypes?search=name%3D*',
};
const GENERIC_BY_METHOD: Record<string, string> = { 'POST /{collection}': '/bookmarks', 'GET /{collection}/{resource}': '/jobs/{job}' };

function fresh() {
  const clock = { t: T0 };
  const engine = createEngine({ now: () => clock.t, store: Store.fromJSON(JSON.parse(seeded)) });
  const call = (method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
    engine.handle({ method, url: engine.mount + path, body, headers: { authorization, 'content-type': 'application/xml', ...headers } });
  return { engine, clock, call, tick: (ms: number) => { clock.t += ms; engine.advance(); } };
}
type Eng = ReturnType<typeof fresh>;

/** Ids of the direct children listed at `path` (`<x href="…/path/ID" id="ID">`). */
function childIds(e: Eng, path: string): string[] {
  const r = e.call('GET', path);
  if (r.status !== 200) return [];
  const prefix = (e.engine.mount + path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...new Set([...r.body.matchAll(new RegExp(`href="${prefix}/([^"/;?]+)" id=`, 'g'))].map((m) => m[1]))];
}

/** Makes a creation (async) and returns the path of its creation_status, for `…/creation_status/{x}` rows. */
function creationStatusPath(e: Eng, collPath: string): string | undefined {
  const segs = collPath.split('/').filter(Boolean);
  const template = '/' + segs.map((s, i) => (i % 2 ? `{${segs[i - 1].replace(/s$/, '')}}` : s)).join('/');
  const r = e.call('POST', collPath, routeBody(e.engine.store, 'POST', segs, rootOf(collPath), `POST ${template}`.slice(5)));
  const href = /<link href="([^"]+\/creation_status\/[^"]+)"/.exec(r.body)?.[1] ?? /href="([^"]+\/creation_status\/[^"]+)"/.exec(r.body)?.[1];
  return href?.slice(e.engine.mount.length);
}

function rootOf(collPath: string): string {
  const last = collPath.split('/').filter(Boolean).pop() ?? '';
  return ({ vms: 'vm', disks: 'disk', templates: 'template', snapshots: 'snapshot' } as Record<string, string>)[last] ?? last.replace(/s$/, '');
}

/** Fills placeholders depth-first; prefers candidates that allow the final action. */
function resolve(e: Eng, method: string, template: string): { path: string } | { missing: string } {
  const [pathPart, suffix = ''] = splitSuffix(template);
  const segs = pathPart.split('/').filter(Boolean);
  const last = segs[segs.length - 1];
  const wantsAction = method === 'POST' && !last.startsWith('{');
  function walk(i: number, done: string[]): string | undefined {
    if (i === segs.length) return '/' + done.join('/');
    const s = segs[i];
    if (!s.startsWith('{')) return walk(i + 1, [...done, s]);
    const prefix = '/' + done.join('/');
    if (s === '{creation_status}') {
      const p = creationStatusPath(e, '/' + done.slice(0, -2).join('/'));
      return p && i === segs.length - 1 ? p : undefined;
    }
    if (s === '{action_id}') {
      const r = e.call('POST', prefix, '<action><async>true</async></action>');
      const id = /<action[^>]* id="([^"]+)"/.exec(r.body)?.[1];
      return id ? walk(i + 1, [...done, id]) : undefined;
    }
    let ids = childIds(e, prefix).slice(0, 40);
    if (wantsAction && i === segs.length - 2) {
      const allows = (id: string) => e.call('GET', `${prefix}/${id}`).body.includes(`rel="${last}"`);
      ids = [...ids.filter(allows), ...ids.filter((id) => !allows(id))];
    }
    for (const id of ids) {
      const got = walk(i + 1, [...done, id]);
      if (got) return got;
    }
    return undefined;
  }
  const p = walk(0, []);
  return p ? { path: p + suffix } : { missing: 'no data to fill the placeholders' };
}

function splitSuffix(t: string): [string, string] {
  const m = /[;?]/.exec(t);
  return m ? [t.slice(0, m.index), t.slice(m.index)] : [t, ''];
}

function fillSuffix(e: Eng, path: string): string {
  return path.replace('{query}', encodeURIComponent('name=*')).replace('{event}', () => childIds(e, '/events')[5] ?? '1');
}

type Verdict = { kind: 'ok' | 'fault' | 'missing'; status?: number; note?: string };

function classify(status: number, body: string, headers: Record<string, string>): Verdict {
  if (status >= 200 && status < 400) return { kind: 'ok', status };
  if (status === 404 || status === 405 || status >= 500) return { kind: 'missing', status, note: /<detail>([^<]*)/.exec(body)?.[1] ?? body.slice(0, 80) };
  if (headers['Content-Type']?.includes('xml') && /<(fault|action)[ >]/.test(body)) {
    return { kind: 'fault', status, note: /<detail>([^<]*)/.exec(body)?.[1]?.slice(0, 120) };
  }
  return { kind: 'missing', status, note: body.slice(0, 80) };
}

/** Shape checks beyond the status, for rows whose answer is not an ordinary resource. */
function shapeProblem(template: string, body: string): string | undefined {
  if (template === '/?rsdl' && !/<rsdl[ >]/.test(body)) return 'not an RSDL document';
  if (template === '/?schema' && !/<xs:schema/.test(body)) return 'not an XML schema';
  return undefined;
}

const results: { row: (typeof rows)[number]; v: Verdict; path?: string }[] = [];
for (const row of rows) {
  const e = fresh();
  let template = GENERIC_BY_METHOD[`${row.method} ${row.template}`] ?? GENERIC[row.template] ?? row.template;
  let v: Verdict;
  let path: string | undefined;
  try {
    const r0 = resolve(e, row.method, template);
    if ('missing' in r0) v = { kind: 'missing', note: r0.missing };
    else {
      path = fillSuffix(e, r0.path);
      const segs = splitSuffix(path)[0].split('/').filter(Boolean);
      const body = row.method === 'POST' || row.method === 'PUT' || (row.method === 'DELETE' && row.bodyRoot !== '-')
        ? routeBody(e.engine.store, row.method, segs, row.bodyRoot === '-' || row.bodyRoot.startsWith('{') ? undefined : row.bodyRoot.split(' ')[0], row.template)
        : undefined;
      const r = e.call(row.method, path, body);
      v = classify(r.status, r.body, r.headers);
      const bad = v.kind === 'ok' && row.method !== 'HEAD' && shapeProblem(template, r.body);
      if (bad) v = { kind: 'missing', status: r.status, note: bad };
    }
  } catch (err) {
    v = { kind: 'missing', note: `exception: ${err instanceof Error ? err.message : String(err)}` };
  }
  results.push({ row, v, path });
}

const count = (k: Verdict['kind']) => results.filter((r) => r.v.kind === k).length;
const answered = count('ok') + count('fault');
for (const r of results) {
  if (r.v.kind === 'missing' || (verbose && r.v.kind === 'fault')) {
    console.log(`${r.v.kind.padEnd(7)} ${r.row.method.padEnd(6)} ${r.row.template}  -> ${r.v.status ?? '-'} ${r.v.note ?? ''}${verbose && r.path ? `  [${r.path}]` : ''}`);
  }
}
console.log(`${count('ok')} answered 2xx/3xx, ${count('fault')} answered with an engine fault, ${count('missing')} missing`);
console.log(`${answered} of ${rows.length} routes answered`);
void toXml;
process.exit(count('missing') ? 1 : 0);
