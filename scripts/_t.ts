import { readFileSync } from 'node:fs';
import { COLLECTIONS } from '../src/demo-engine/collections';
import { DEEP } from '../src/demo-engine/views/deep';
const rows = readFileSync('src/demo-engine/testing/rsdl-links.tsv', 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const have = new Set<string>();
for (const c of COLLECTIONS) { have.add(c.segment); for (const s of c.subs ?? []) have.add(`${c.segment}/${s.segment}`); }
for (const k of Object.keys(DEEP)) have.add(k);
const want = new Map<string, string>();
for (const [m, p, , resp] of rows) {
  if (m !== 'GET') continue;
  const segs = p.split('/').filter(Boolean);
  if (segs[segs.length - 1].startsWith('{')) continue;
  const names = segs.filter((s) => !s.startsWith('{')).join('/');
  if (!have.has(names)) want.set(names, resp);
}
for (const [k, v] of want) console.log(k, v);
