// Benchmark: what an idle portal costs the engine (issue 12, target 5). Starts the server in-process on
// 127.0.0.1 (demo engine + the built portal), logs in with a real Chromium, then sits on the dashboard, the
// VM list and the events page and counts the API requests the engine received, the bytes it received
// (request line, headers, body) and the bytes it sent back (status line, headers, body as sent, i.e.
// compressed), per minute. With `--compare DIR` the same runs against an older build in DIR too (each
// build on its own server and demo engine, one after the other, page by page), printed side by side.
// Usage: npx vite build && npx tsx scripts/bench-idle.ts [--seconds 60] [--warmup 15] [--vms 40] [--dist dist]
//        [--compare dist-before] [--json]
// An older build for --compare: git worktree add /tmp/before merge77 && (cd /tmp/before && ln -s $PWD/node_modules
// && npx vite build --outDir $PWD/dist-before)
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { API_MOUNT, createApi } from '../src/server/app';
import { parseOptions } from '../src/server/options';
import { buildPortalApp } from '../src/server/portalServer';
import { staticFiles } from '../src/server/staticFiles';
import { chromiumExecutable } from './chromium.mjs';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const seconds = Number(arg('seconds', '60'));
// Idle means after the page has settled: its first reads answered and the change feed followed (15 s).
const warmup = Number(arg('warmup', '15'));
const vms = arg('vms', '40');
const dist = arg('dist', 'dist');
const compare = arg('compare', '');
const json = process.argv.includes('--json');
for (const d of [dist, compare].filter(Boolean)) {
  if (!existsSync(`${d}/index.html`)) throw new Error(`No built portal in ${d}: run \`npx vite build\` first (or pass --dist / --compare)`);
}

/** Issue 12 target 5, per minute while nothing changes. */
const TARGETS: Record<string, { req: number; outKiB?: number }> = { dashboard: { req: 6, outKiB: 20 }, 'vm list': { req: 6 } };

interface Tally { requests: number; received: number; sent: number; paths: Map<string, { n: number; sent: number }> }
interface Row { page: string; reqPerMin: number; inKiBPerMin: number; outKiBPerMin: number; byPath: string }

const headBytes = (res: ServerResponse) =>
  Buffer.byteLength(`HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n${Object.entries(res.getHeaders()).map(([k, v]) => `${k}: ${String(v)}\r\n`).join('')}\r\n`);

function counter(): { count: (req: IncomingMessage, res: ServerResponse) => void; start: () => void; stop: () => Tally } {
  let tally: Tally | undefined;
  const count = (req: IncomingMessage, res: ServerResponse) => {
    const t = tally;
    if (!t || !(req.url ?? '').startsWith(API_MOUNT)) return;
    t.requests++;
    const head = `${req.method} ${req.url} HTTP/1.1\r\n${req.rawHeaders.map((h, i) => (i % 2 ? `${h}\r\n` : `${h}: `)).join('')}\r\n`;
    t.received += Buffer.byteLength(head);
    req.on('data', (c: Buffer) => { t.received += c.length; });
    const kind = (req.url ?? '').slice(API_MOUNT.length).replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}').replace(/from=\d+/, 'from=N').split('?')[0];
    const entry = t.paths.get(kind) ?? { n: 0, sent: 0 };
    entry.n++;
    t.paths.set(kind, entry);
    const add = (n: number) => { t.sent += n; entry.sent += n; };
    const size = (c: unknown) => (typeof c === 'string' ? Buffer.byteLength(c) : c instanceof Uint8Array ? c.length : 0);
    const write = res.write.bind(res) as (...a: unknown[]) => boolean;
    const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
    (res as unknown as { write: (...a: unknown[]) => boolean }).write = (...a: unknown[]) => { add(size(a[0])); return write(...a); };
    (res as unknown as { end: (...a: unknown[]) => ServerResponse }).end = (...a: unknown[]) => { if (typeof a[0] !== 'function') add(size(a[0])); return end(...a); };
    res.on('finish', () => add(headBytes(res)));
  };
  return { count, start: () => { tally = { requests: 0, received: 0, sent: 0, paths: new Map() }; }, stop: () => { const t = tally!; tally = undefined; return t; } };
}

const PAGES: [string, string, (p: import('playwright-core').Page) => Promise<unknown>][] = [
  ['dashboard', '/', (p) => p.getByRole('region', { name: 'Recent alerts' }).waitFor()],
  ['vm list', '/vms', (p) => p.getByRole('grid').waitFor()],
  ['events', '/events', (p) => p.getByRole('table', { name: 'Events' }).waitFor()],
];

/** One build on its own server and demo engine: a fresh login, then each page measured in turn. */
async function measure(browser: Browser, build: string, pages = PAGES): Promise<Row[]> {
  const c = counter();
  const api = createApi(parseOptions(['--vms', vms], {}));
  const app = await buildPortalApp({ api, files: (scope) => staticFiles(scope, build), onRequest: c.count });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.getByLabel('User name').fill('admin');
  await page.getByLabel('Domain').fill('internal');
  await page.getByLabel('Password').fill('ovirt');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: /log out/i }).waitFor();
  const rows: Row[] = [];
  for (const [label, path, ready] of pages) {
    await page.goto(`${base}${path}`);
    await ready(page);
    await page.waitForTimeout(warmup * 1000);
    c.start();
    await page.waitForTimeout(seconds * 1000);
    const t = c.stop();
    const perMin = (n: number) => Math.round(((n * 60) / seconds) * 10) / 10;
    const byPath = [...t.paths].sort((a, b) => b[1].sent - a[1].sent).map(([p, e]) => `${p || '/'} ×${e.n} (${(e.sent / e.n / 1024).toFixed(1)} KiB each)`).join(', ');
    rows.push({ page: label, reqPerMin: perMin(t.requests), inKiBPerMin: perMin(t.received / 1024), outKiBPerMin: perMin(t.sent / 1024), byPath });
  }
  await context.close();
  api.close();
  await app.close();
  return rows;
}

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--disable-gpu', '--disable-dev-shm-usage'] });
const before = compare ? await measure(browser, compare) : undefined;
const now = await measure(browser, dist);
await browser.close();

const verdict = (r: Row): string => {
  const t = TARGETS[r.page];
  if (!t) return '';
  const ok = r.reqPerMin <= t.req && (t.outKiB === undefined || r.outKiBPerMin <= t.outKiB);
  return `${ok ? 'PASS' : 'FAIL'} (≤ ${t.req} req${t.outKiB ? `, ≤ ${t.outKiB} KiB out` : ''})`;
};
console.log(`idle cost per page: ${vms} VMs, refresh interval 10 s (the default), ${warmup} s warm-up then ${seconds} s measured; KiB out = status line, headers and body as sent`);
const pair = (b: number | undefined, n: number) => (b === undefined ? n.toFixed(1) : `${b.toFixed(1)} → ${n.toFixed(1)}`).padStart(before ? 16 : 8);
console.log(`${'page'.padEnd(10)} ${'req/min'.padStart(before ? 16 : 8)} ${'KiB in/min'.padStart(before ? 16 : 8)} ${'KiB out/min'.padStart(before ? 16 : 8)}  target${before ? ' (now)' : ''}`);
for (const r of now) {
  const b = before?.find((x) => x.page === r.page);
  console.log(`${r.page.padEnd(10)} ${pair(b?.reqPerMin, r.reqPerMin)} ${pair(b?.inKiBPerMin, r.inKiBPerMin)} ${pair(b?.outKiBPerMin, r.outKiBPerMin)}  ${verdict(r)}`);
}
console.log('\nrequests by path (measured window), largest first:');
for (const r of now) {
  const b = before?.find((x) => x.page === r.page);
  if (b) console.log(`  ${r.page}, before: ${b.byPath}`);
  console.log(`  ${r.page}${b ? ', now' : ''}: ${r.byPath}`);
}
if (json) console.log(JSON.stringify({ seconds, vms: Number(vms), now, before, targets: TARGETS }));
