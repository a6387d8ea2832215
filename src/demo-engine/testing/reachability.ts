// Which GET route templates of the guide's routes index a client reaches by following links from the entry
// point alone (guide 3.1: the entry point and each representation's `link`/`href` are the only way in).
// Breadth-first over every `href` of every document served, at most PER_TEMPLATE concrete paths per template
// so 10,000 VMs cost the same as 40. A link that is itself a template (`/vms?search={query}`) reaches the row
// it spells; it is then followed once with a plain value so what it answers is crawled too.
import { createEngine } from '../engine';
import type { Row } from './routeWalk';

const AUTH = `Basic ${btoa('admin@internal:ovirt')}`;
const PER_TEMPLATE = 40;

export interface Reach { templates: string[]; reached: Set<string>; missing: string[]; fetched: number }

/** A template's shape: the index spells one route with different placeholder names (`{sd}`, `{storagedomain}`). */
export const shape = (t: string) => t.replace(/\{[a-z_]+\}/g, '{}');

/** The GET rows that name a concrete route (the guide's `{collection}` rows are patterns of the others), one per shape. */
export function getTemplates(rows: Row[]): string[] {
  const byShape = new Map<string, string>();
  for (const r of rows) if (r.method === 'GET' && !r.template.includes('{collection}') && !byShape.has(shape(r.template))) byShape.set(shape(r.template), r.template);
  return [...byShape.values()];
}

const escape = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/** A matcher per template: placeholders match one segment (or a link's own `{...}` placeholder). */
function matchers(templates: string[]) {
  return templates.map((t) => ({
    template: t,
    re: new RegExp('^' + escape(t).replace(/\\?\{[a-z_]+\\?\}/g, '(\\{[a-z_]+\\}|[^/;?{}]+)') + '$'),
  }));
}

/** Where the entry point's templated links go when followed: a search and an event id that exist. */
function fill(path: string, firstEvent: () => string): string {
  return path.replace('{query}', 'name%3D*').replace('{event}', firstEvent);
}

export function crawlReachability(rows: Row[], engine = createEngine({})): Reach {
  const templates = getTemplates(rows);
  const ms = matchers(templates);
  const mount = engine.mount;
  const get = (path: string) => engine.handle({ method: 'GET', url: mount + path, headers: { authorization: AUTH } });
  const reached = new Set<string>();
  const perTemplate = new Map<string, number>();
  const seen = new Set<string>();
  const queue = ['/'];
  let fetched = 0;
  const firstEvent = () => /<event href="[^"]*" id="([^"]+)"/.exec(get('/events').body)?.[1] ?? '1';
  while (queue.length) {
    const path = queue.shift()!;
    const r = get(path);
    fetched++;
    if (r.status !== 200 || !r.headers['Content-Type']?.includes('xml')) continue;
    // Action links are POST-only (guide 3.5); everything else a document links is a GET.
    const body = r.body.replace(/<actions>[\s\S]*?<\/actions>/g, '');
    for (const m of body.matchAll(/href="([^"]+)"/g)) {
      if (!m[1].startsWith(mount)) continue;
      const href = m[1].slice(mount.length) || '/';
      const hit = ms.find((x) => x.re.test(href));
      if (hit) reached.add(hit.template);
      const next = href.includes('{') ? fill(href, firstEvent) : href;
      if (seen.has(next)) continue;
      const key = hit?.template ?? next;
      const n = perTemplate.get(key) ?? 0;
      if (n >= PER_TEMPLATE) continue;
      perTemplate.set(key, n + 1);
      seen.add(next);
      queue.push(next);
    }
  }
  reached.add('/');
  return { templates, reached, missing: templates.filter((t) => !reached.has(t)), fetched };
}
