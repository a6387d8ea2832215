// Benchmark: requests per second the demo engine serves over real HTTP on 127.0.0.1 with the
// 10,000-VM seed: a VM list page (100 VMs via `page 1`), a search, one VM, and the entry point.
// Usage: npx tsx scripts/bench-engine.ts [--vms 10000] [--seconds 5]
import { createApi } from '../src/server/app';
import { parseOptions } from '../src/server/options';
import { buildPortalApp } from '../src/server/portalServer';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const vms = arg('vms', 10_000);
const seconds = arg('seconds', 5);

const t0 = performance.now();
const api = createApi(parseOptions(['--vms', String(vms)], {}));
console.log(`seeded ${vms} VMs in ${(performance.now() - t0).toFixed(0)} ms`);
const app = await buildPortalApp({ api });
await app.listen({ port: 0, host: '127.0.0.1' });
const server = app.server;
const port = (server.address() as { port: number }).port;
const headers = { Authorization: `Basic ${Buffer.from('admin@internal:ovirt').toString('base64')}`, Version: '3' };

async function bench(label: string, path: string) {
  const url = `http://127.0.0.1:${port}/ovirt-engine/api${path}`;
  let count = 0;
  let bytes = 0;
  const end = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  while (performance.now() < end && count < 100_000) {
    const s = performance.now();
    const r = await fetch(url, { headers });
    const body = await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${label}: HTTP ${r.status}`);
    latencies.push(performance.now() - s);
    bytes += body.byteLength;
    count++;
  }
  latencies.sort((a, b) => a - b);
  const rps = count / seconds;
  console.log(`${label.padEnd(42)} ${rps.toFixed(1).padStart(8)} req/s  p50 ${latencies[Math.floor(count / 2)].toFixed(1)} ms  p95 ${latencies[Math.floor(count * 0.95)].toFixed(1)} ms  ${(bytes / count / 1024).toFixed(1)} KiB/response`);
}

await bench('VM list page (search=page 1, 100 VMs)', '/vms?search=page%201');
await bench('VM list sorted (sortby name desc page 7)', '/vms?search=sortby%20name%20desc%20page%207');
await bench('search (status=up and name=web*)', '/vms?search=status%3Dup%20and%20name%3Dweb*%20page%201');
await bench('one VM', `/vms/${api.engine!.store.list('vms')[5000].id}`);
await bench('entry point', '');
api.close();
server.close();
