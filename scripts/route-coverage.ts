// Route coverage of the demo engine: walks every row of the guide's routes index (../shared/spec/routes.tsv
// when present, else the copy in src/demo-engine/testing/) with real ids and plausible bodies, and prints
// what answered (2xx/3xx or an engine fault) and what is missing. Logic: src/demo-engine/testing/routeWalk.ts.
// Usage: npx tsx scripts/route-coverage.ts [ROUTES_TSV] [--verbose]
import { existsSync, readFileSync } from 'node:fs';
import { parseRoutes, walkRoutes } from '../src/demo-engine/testing/routeWalk';

const shared = new URL('../../shared/spec/routes.tsv', import.meta.url).pathname;
const copy = new URL('../src/demo-engine/testing/routes.tsv', import.meta.url).pathname;
const tsv = process.argv.find((a) => a.endsWith('.tsv')) ?? (existsSync(shared) ? shared : copy);
const verbose = process.argv.includes('--verbose');
const results = walkRoutes(parseRoutes(readFileSync(tsv, 'utf8')));

for (const r of results) {
  if (r.verdict.kind === 'missing' || (verbose && r.verdict.kind === 'fault')) {
    console.log(`${r.verdict.kind.padEnd(7)} ${r.row.method.padEnd(6)} ${r.row.template}  -> ${r.verdict.status ?? '-'} ${r.verdict.note ?? ''}${verbose && r.path ? `  [${r.path}]` : ''}`);
  }
}
const count = (k: string) => results.filter((r) => r.verdict.kind === k).length;
console.log(`${count('ok')} answered 2xx/3xx, ${count('fault')} answered with an engine fault, ${count('missing')} missing`);
console.log(`${count('ok') + count('fault')} of ${results.length} routes answered`);
process.exit(count('missing') ? 1 : 0);
