// Crawls the demo engine in-process (entry point, every collection, items, their sub-collections and
// sub-items, capabilities) and writes each XML body to a folder, for `../shared/tools/xsd-check`.
// Usage: npx tsx scripts/crawl-engine.ts OUT_DIR [--per-collection N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { createEngine } from '../src/demo-engine/engine';

const out = process.argv[2] ?? '.crawl';
const perCollection = Number(process.argv[process.argv.indexOf('--per-collection') + 1]) || 4;
const engine = createEngine({});
const mount = engine.mount;
const authorization = 'Basic ' + Buffer.from('admin@internal:ovirt').toString('base64');
mkdirSync(out, { recursive: true });

const seen = new Set<string>();
let written = 0;
let failures = 0;
function get(path: string): string | undefined {
  if (seen.has(path)) return undefined;
  seen.add(path);
  const r = engine.handle({ method: 'GET', url: mount + path, headers: { authorization } });
  if (r.status !== 200) {
    failures++;
    console.error(`${r.status} ${path}`);
    return undefined;
  }
  writeFileSync(`${out}/${String(written++).padStart(4, '0')}${path.replace(/[^a-z0-9]+/gi, '_').slice(0, 120)}.xml`, r.body);
  return r.body;
}

const hrefs = (xml: string, re: RegExp) => [...xml.matchAll(re)].map((m) => m[1].slice(mount.length));
const root = get('/')!;
get('/capabilities');
for (const coll of hrefs(root, /<link href="([^"?;{]+)" rel="[a-z]+"\/>/g)) {
  const list = get(coll);
  if (!list) continue;
  const items = hrefs(list, new RegExp(`<[a-z_]+ href="(${mount}${coll}/[^"/]+)" id=`, 'g')).slice(0, perCollection);
  for (const item of items) {
    const body = get(item);
    if (!body) continue;
    const withoutActions = body.replace(/<actions>[\s\S]*?<\/actions>/g, '');
    for (const sub of hrefs(withoutActions, /<link href="([^"]+)" rel="[a-z]+"\/>/g)) {
      const subList = get(sub);
      if (!subList) continue;
      for (const subItem of hrefs(subList, new RegExp(`<[a-z_]+ href="(${mount}${sub}/[^"/]+)" id=`, 'g')).slice(0, 2)) {
        const subBody = get(subItem);
        if (!subBody) continue;
        // One level further: a sub-item's own collections (a VM disk's statistics, a host NIC's labels...).
        for (const deep of hrefs(subBody.replace(/<actions>[\s\S]*?<\/actions>/g, ''), /<link href="([^"]+)" rel="[a-z]+"\/>/g)) {
          const deepList = get(deep);
          if (deepList) for (const d of hrefs(deepList, new RegExp(`<[a-z_]+ href="(${mount}${deep}/[^"/]+)" id=`, 'g')).slice(0, 1)) get(d);
        }
      }
    }
  }
}
console.log(`${written} documents written to ${out}, ${failures} requests failed`);
process.exit(failures ? 1 : 0);
