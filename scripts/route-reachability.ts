// Which GET routes of the guide's index a client reaches by following links from the entry point alone,
// and why each one it cannot reach is not linked (src/demo-engine/testing/notLinked.ts).
// Usage: npx tsx scripts/route-reachability.ts [ROUTES_TSV]
import { existsSync, readFileSync } from 'node:fs';
import { parseRoutes } from '../src/demo-engine/testing/routeWalk';
import { crawlReachability } from '../src/demo-engine/testing/reachability';
import { NOT_LINKED } from '../src/demo-engine/testing/notLinked';

const shared = new URL('../../shared/spec/routes.tsv', import.meta.url).pathname;
const copy = new URL('../src/demo-engine/testing/routes.tsv', import.meta.url).pathname;
const tsv = process.argv.find((a) => a.endsWith('.tsv')) ?? (existsSync(shared) ? shared : copy);
const r = crawlReachability(parseRoutes(readFileSync(tsv, 'utf8')));
for (const t of r.missing) console.log(`${t in NOT_LINKED ? 'not linked' : 'MISSING   '}  ${t}  ${NOT_LINKED[t] ?? ''}`);
console.log(`${r.reached.size} of ${r.templates.length} GET route templates reached from / (${r.fetched} documents fetched)`);
process.exit(r.missing.some((t) => !(t in NOT_LINKED)) ? 1 : 0);
