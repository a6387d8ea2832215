// Benchmark: requests per second the demo engine serves over real HTTP on 127.0.0.1 with the 10,000-VM
// seed (issue 12, target 4: a VM list page of 100 at ≥ 1,000 requests/s). The engine runs in this process
// (single-threaded: one core); the load comes from a second Node process with keep-alive connections, so
// the client's work is not counted against the engine. Everything is measured in one run, side by side,
// so the ratio of a list page to a single-VM GET is stable across machines.
// Usage: npx tsx scripts/bench-engine.ts [--vms 10000] [--seconds 3] [--connections 4] [--json]
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const TARGET_LIST_RPS = 1000;

interface LoadJob { url: string | string[]; seconds: number; connections: number; auth: string }
interface LoadResult { count: number; bytes: number; p50: number; p95: number; errors: string[] }

/** The load generator (child process): `connections` loops of GET-and-read on keep-alive sockets. */
async function generateLoad(job: LoadJob): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.connections });
  const urls = Array.isArray(job.url) ? job.url : [job.url];
  const headers = { Authorization: job.auth, Version: '3' };
  const get = (url: string) => new Promise<number>((resolve, reject) => {
    request(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => { bytes += c.length; });
      res.on('end', () => (res.statusCode === 200 ? resolve(bytes) : reject(new Error(`HTTP ${res.statusCode} ${url}`))));
    }).on('error', reject).end();
  });
  const latencies: number[] = [];
  const errors: string[] = [];
  let bytes = 0;
  let next = 0;
  const warmEnd = performance.now() + 300;
  while (performance.now() < warmEnd) await get(urls[next++ % urls.length]);
  const end = performance.now() + job.seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const s = performance.now();
      try {
        const got = await get(urls[next++ % urls.length]);
        bytes += got;
        latencies.push(performance.now() - s);
      } catch (e) {
        errors.push(String(e));
        if (errors.length > 10) return;
      }
    }
  };
  await Promise.all(Array.from({ length: job.connections }, loop));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? NaN;
  return { count: latencies.length, bytes, p50: at(0.5), p95: at(0.95), errors };
}

if (argv.includes('--load-generator')) {
  process.on('message', async (job: LoadJob) => {
    process.send!(await generateLoad(job));
    process.exit(0);
  });
} else {
  await main();
}

async function main() {
  const { createApi } = await import('../src/server/app');
  const { parseOptions } = await import('../src/server/options');
  const { buildPortalApp } = await import('../src/server/portalServer');
  const json = argv.includes('--json');
  const vms = arg('vms', 10_000);
  const seconds = arg('seconds', 3);
  const connections = arg('connections', 4);
  const log = (line: string) => { if (!json) console.log(line); };

  const t0 = performance.now();
  const api = createApi(parseOptions(['--vms', String(vms)], {}));
  log(`seeded ${vms} VMs in ${(performance.now() - t0).toFixed(0)} ms; ${connections} keep-alive connections from a second process, ${seconds} s per line`);
  const app = await buildPortalApp({ api });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const server = app.server;
  const root = `http://127.0.0.1:${(server.address() as { port: number }).port}/ovirt-engine/api`;
  const auth = `Basic ${Buffer.from('admin@internal:ovirt').toString('base64')}`;

  const run = (url: string | string[], secs = seconds) => new Promise<LoadResult>((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--load-generator']);
    child.once('message', (m) => resolve(m as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => { if (code) reject(new Error(`load generator exited with ${code}`)); });
    child.send({ url, seconds: secs, connections, auth } satisfies LoadJob);
  });

  const q = (search: string) => `${root}/vms?search=${encodeURIComponent(search)}`;
  const oneVm = `${root}/vms/${api.engine!.store.list('vms')[Math.floor(vms / 2)].id}`;
  // A different query on each request: what the search evaluator and its indexes cost when no result is kept.
  const fresh = Array.from({ length: 500 }, (_, i) => q(`name=*${String(i).padStart(3, '0')}* page 1`));
  const lines: [key: string, label: string, url: string | string[]][] = [
    ['list', 'VM list page (search=page 1, 100 VMs)', q('page 1')],
    ['listSorted', 'VM list sorted (sortby name desc page 7)', q('sortby name desc page 7')],
    ['search', 'search (status=up and name=web* page 1)', q('status=up and name=web* page 1')],
    ['searchFresh', 'search, a new query each request', fresh],
    ['oneVm', 'one VM', oneVm],
    ['entryPoint', 'entry point', root],
  ];
  // One warm-up pass over every line first, so no line pays for compiling the engine's code or for the seed's garbage.
  await run(lines.flatMap(([, , url]) => url).filter((_, i, all) => i < 8 || i === all.length - 1), 1);
  // Two figures per line: requests per wall-clock second (what the client got; on a busy machine the client
  // and other processes share the cores), and requests per second of the engine process's own CPU time
  // (user + system, so the socket writes count): what one core running the engine serves.
  const rps: Record<string, number> = {};
  const perCore: Record<string, number> = {};
  log(`${''.padEnd(42)} ${'req/s'.padStart(8)} ${'req/s/core'.padStart(11)}`);
  for (const [key, label, url] of lines) {
    const cpu0 = process.cpuUsage();
    const r = await run(url);
    const cpu = process.cpuUsage(cpu0);
    if (r.errors.length) throw new Error(`${label}: ${r.errors[0]}`);
    rps[key] = r.count / seconds;
    perCore[key] = r.count / ((cpu.user + cpu.system) / 1e6);
    log(`${label.padEnd(42)} ${rps[key].toFixed(0).padStart(8)} ${perCore[key].toFixed(0).padStart(11)}  p50 ${r.p50.toFixed(2)} ms  p95 ${r.p95.toFixed(2)} ms  ${(r.bytes / r.count / 1024).toFixed(1)} KiB/response`);
  }
  const ratio = perCore.list / perCore.oneVm;
  const pass = perCore.list >= TARGET_LIST_RPS;
  log(`list page / one VM (per core): ${ratio.toFixed(2)} (a page holds 100 VMs, 108 times the bytes)`);
  log(`target: VM list page >= ${TARGET_LIST_RPS} req/s on one core: ${perCore.list.toFixed(0)} req/s/core (${rps.list.toFixed(0)} req/s wall) ${pass ? 'PASS' : 'FAIL'}`);
  api.close();
  await app.close();
  if (json) {
    console.log(JSON.stringify({
      bench: 'engine', vms, seconds, connections,
      listRps: perCore.list, listSortedRps: perCore.listSorted, searchRps: perCore.search, searchFreshRps: perCore.searchFresh,
      oneVmRps: perCore.oneVm, entryPointRps: perCore.entryPoint, listToOneVmRatio: ratio, wallRps: rps,
      target: { listRps: TARGET_LIST_RPS }, pass,
    }));
  }
}
