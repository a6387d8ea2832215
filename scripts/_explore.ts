import { readFileSync } from 'node:fs';
import { walkRoutes } from '../src/demo-engine/testing/routeWalk';
const rows = readFileSync('src/demo-engine/testing/rsdl-links.tsv', 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'))
  .map(([method, template, operation, response, body]) => ({ method, template, operation, bodyRoot: body, response }));
const seen = new Set<string>();
const uniq = rows.filter((r) => { const k = r.method + r.template; if (seen.has(k)) return false; seen.add(k); return true; });
const res = walkRoutes(uniq as any);
let bad = 0;
for (const r of res) {
  const resp = (r.row as any).response;
  let note = '';
  if (r.verdict.kind === 'ok' && r.row.method === 'GET' && resp !== '-' && r.body && !new RegExp(`\\?>\\n<${resp}[ >/]`).test(r.body)) note = 'WRONG ROOT ' + r.body.slice(56, 120);
  if (r.verdict.kind !== 'ok' || note) { bad++; console.log(`${r.verdict.kind}\t${r.verdict.status}\t${r.row.method} ${r.row.template}\t${r.path ?? ''}\t${note || (r.verdict.note ?? '').slice(0, 100)}`); }
}
console.log(res.length, 'links', bad, 'bad');
