// Benchmark: XML decode throughput on list pages, side by side in one process: fast-xml-parser's default
// configuration, the portal's decode before issue 12 (schema applied in per-tag callbacks, the parser's
// validator: src/xsd/testing/callbackParser.ts), its first rework (a tag scan, a plain fast-xml-parser read,
// one schema walk: src/xsd/testing/fxpParser.ts) and now (src/xsd/parse.ts: reader.ts, one pass that
// checks, builds and types). All portal decodes give the same objects (wellFormed.test.ts, reader.test.ts).
// Documents come from the demo engine with 10,000 VMs.
// Usage: npx tsx scripts/bench-decode.ts [--vms 10000] [--seconds 2] [--json]
import { XMLParser } from 'fast-xml-parser';
import { createApi } from '../src/server/app';
import { parseOptions } from '../src/server/options';
import { buildPortalApp } from '../src/server/portalServer';
import { parseXml } from '../src/xsd/parse';
import { callbackParser } from '../src/xsd/testing/callbackParser';
import { fxpParseXml } from '../src/xsd/testing/fxpParser';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const vms = arg('vms', 10_000);
const seconds = arg('seconds', 2);
const json = process.argv.includes('--json');

const api = createApi(parseOptions(['--vms', String(vms)], {}));
const app = await buildPortalApp({ api });
await app.listen({ port: 0, host: '127.0.0.1' });
const server = app.server;
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/ovirt-engine/api`;
const headers = { Authorization: `Basic ${Buffer.from('admin@internal:ovirt').toString('base64')}`, Version: '3' };
const PAGES = ['/vms?search=sortby%20name%20asc%20page%201', '/hosts', '/events?search=page%201', '/storagedomains', '/templates'];
const docs = await Promise.all(PAGES.map(async (p) => (await fetch(base + p, { headers })).text()));
api.close();
await app.close();
const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d), 0);

const defaults = new XMLParser();
const configs: [string, (s: string) => unknown][] = [
  ['fast-xml-parser defaults', (s) => defaults.parse(s)],
  ['portal before (callbacks)', callbackParser()],
  ['portal rework (fxp + walk)', fxpParseXml],
  ['portal now (parse.ts)', parseXml],
];

/** MB/s (10^6 bytes) over the whole set of documents, after a warm-up; the best of three runs. */
function throughput(parse: (s: string) => unknown): number {
  for (let i = 0; i < 5; i++) for (const d of docs) parse(d);
  let best = 0;
  for (let run = 0; run < 3; run++) {
    let n = 0;
    const t0 = performance.now();
    const end = t0 + (seconds * 1000) / 3;
    while (performance.now() < end) { for (const d of docs) parse(d); n++; }
    best = Math.max(best, (n * bytes) / 1e6 / ((performance.now() - t0) / 1000));
  }
  return best;
}

const results = configs.map(([label, parse]) => ({ label, mbps: throughput(parse) }));
if (json) {
  console.log(JSON.stringify({ documentsKiB: +(bytes / 1024).toFixed(1), ...Object.fromEntries(results.map((r, i) => [['defaults', 'before', 'rework', 'now'][i], +r.mbps.toFixed(1)])) }));
} else {
  console.log(`XML decode of ${PAGES.length} list pages (${(bytes / 1024).toFixed(0)} KiB: ${PAGES.join(', ')}) at ${vms} VMs`);
  for (const r of results) console.log(`${r.label.padEnd(28)} ${r.mbps.toFixed(1).padStart(7)} MB/s  ${(r.mbps / results[0].mbps).toFixed(2)}× defaults`);
}
