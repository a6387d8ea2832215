// Benchmark: milliseconds per search over the 10,000-VM demo inventory (the engine's search module
// alone, no HTTP or XML). Usage: npx tsx scripts/bench-search.ts [--vms 10000] [--runs 20]
import { createEngine } from '../src/demo-engine/engine';
import { runSearch } from '../src/demo-engine/search';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const vmCount = arg('vms', 10_000);
const runs = arg('runs', 20);

const t0 = performance.now();
const { store } = createEngine({ vms: vmCount });
console.log(`seeded ${vmCount} VMs in ${(performance.now() - t0).toFixed(0)} ms`);

const QUERIES: [segment: string, query: string, caseSensitive?: boolean][] = [
  ['vms', 'name=web-00041'],
  ['vms', 'name=web*', false],
  ['vms', 'status=up sortby name desc page 2'],
  ['vms', 'status=up and memory>=4096 or cluster=Lab'],
  ['vms', 'creationdate>2020-01-01 sortby creationdate desc'],
  ['vms', 'users.name=mary'],
  ['vms', 'hosts.name=host01'],
  ['vms', 'tag=web'],
  ['vms', 'server'],
  ['vms', 'page 50'],
  ['hosts', 'vms.status=up'],
  ['events', 'severity>normal sortby time'],
];

for (const [segment, query, caseSensitive = true] of QUERIES) {
  const items = store.list(segment);
  let found = 0;
  runSearch(segment, items, query, { store, caseSensitive }); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i++) found = runSearch(segment, items, query, { store, caseSensitive }).length;
  const ms = (performance.now() - start) / runs;
  console.log(`${ms.toFixed(2).padStart(7)} ms  ${String(found).padStart(5)} found  ${segment}: ${query}${caseSensitive ? '' : '  (case-insensitive)'}`);
}
