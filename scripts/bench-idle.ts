// Benchmark: what an idle portal costs the engine. Starts the server in-process (demo engine + the built
// portal), logs in with a real Chromium, then sits on the dashboard, the VM list and the events page and
// counts the API requests the engine received, the bytes it received (request line, headers, body) and the
// bytes it sent back, per minute.
// Usage: npx vite build && npx tsx scripts/bench-idle.ts [--seconds 60] [--warmup 5] [--vms 40] [--dist dist]
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
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
const warmup = Number(arg('warmup', '5'));
const vms = arg('vms', '40');
const dist = arg('dist', 'dist');
if (!existsSync(`${dist}/index.html`)) throw new Error(`No built portal in ${dist}: run \`npx vite build\` first (or pass --dist)`);

interface Tally { requests: number; received: number; sent: number; paths: Map<string, { n: number; sent: number }> }
let tally: Tally | undefined;

function count(req: IncomingMessage, res: ServerResponse): void {
  {
    const t = tally;
    if (t && (req.url ?? '').startsWith(API_MOUNT)) {
      t.requests++;
      const head = `${req.method} ${req.url} HTTP/1.1\r\n${req.rawHeaders.map((h, i) => (i % 2 ? `${h}\r\n` : `${h}: `)).join('')}\r\n`;
      t.received += Buffer.byteLength(head);
      req.on('data', (c: Buffer) => { t.received += c.length; });
      const kind = (req.url ?? '').slice(API_MOUNT.length).replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}').replace(/from=\d+/, 'from=N').split('?')[0];
      const entry = t.paths.get(kind) ?? { n: 0, sent: 0 };
      entry.n++;
      t.paths.set(kind, entry);
      const write = res.write.bind(res) as (...a: unknown[]) => boolean;
      const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
      const size = (c: unknown) => (typeof c === 'string' ? Buffer.byteLength(c) : c instanceof Uint8Array ? c.length : 0);
      (res as unknown as { write: (...a: unknown[]) => boolean }).write = (...a: unknown[]) => { t.sent += size(a[0]); entry.sent += size(a[0]); return write(...a); };
      (res as unknown as { end: (...a: unknown[]) => ServerResponse }).end = (...a: unknown[]) => { if (typeof a[0] !== 'function') { t.sent += size(a[0]); entry.sent += size(a[0]); } return end(...a); };
    }
  }
}

const api = createApi(parseOptions(['--vms', vms], {}));
const app = await buildPortalApp({ api, files: (scope) => staticFiles(scope, dist), onRequest: count });
await app.listen({ port: 0, host: '127.0.0.1' });
const server = app.server;
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--disable-gpu', '--disable-dev-shm-usage'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(`${base}/`);
await page.getByLabel('User name').fill('admin');
await page.getByLabel('Domain').fill('internal');
await page.getByLabel('Password').fill('ovirt');
await page.getByRole('button', { name: 'Log in' }).click();
await page.getByRole('button', { name: /log out/i }).waitFor();

const interval = await page.getByLabel('Refresh interval').textContent();
console.log(`idle cost per page: ${vms} VMs, refresh interval ${interval?.trim()}, ${warmup} s warm-up then ${seconds} s measured`);
console.log(`${'page'.padEnd(12)} ${'req/min'.padStart(8)} ${'KiB in/min'.padStart(11)} ${'KiB out/min'.padStart(12)}  requests by path (measured window), largest first`);

const pages: [string, string, () => Promise<unknown>][] = [
  ['dashboard', '/', () => page.getByRole('region', { name: 'Recent alerts' }).waitFor()],
  ['vm list', '/vms', () => page.getByRole('grid').waitFor()],
  ['events', '/events', () => page.getByRole('table', { name: 'Events' }).waitFor()],
];
for (const [label, path, ready] of pages) {
  await page.goto(`${base}${path}`);
  await ready();
  await page.waitForTimeout(warmup * 1000);
  tally = { requests: 0, received: 0, sent: 0, paths: new Map() };
  await page.waitForTimeout(seconds * 1000);
  const t = tally;
  tally = undefined;
  const perMin = (n: number) => (n * 60) / seconds;
  const byPath = [...t.paths].sort((a, b) => b[1].sent - a[1].sent).map(([p, e]) => `${p || '/'} ×${e.n} (${(e.sent / e.n / 1024).toFixed(1)} KiB each)`).join(', ');
  console.log(`${label.padEnd(12)} ${perMin(t.requests).toFixed(1).padStart(8)} ${(perMin(t.received) / 1024).toFixed(1).padStart(11)} ${(perMin(t.sent) / 1024).toFixed(1).padStart(12)}  ${byPath}`);
}

await browser.close();
api.close();
server.close();
