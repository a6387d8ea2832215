// Benchmark: the VM list at scale in real Chromium against the demo engine. Starts the server with N VMs,
// logs in, opens /vms, then pages, sorts and searches; prints the time to first rows and the requests and
// bytes for each step, and checks no step asked the engine for more than one page.
// Usage: node scripts/bench-vm-list.mjs [--vms 10000] [--port 8299] [--dist dist]
import { spawn } from 'node:child_process';
import { chromium } from 'playwright';
import { chromiumExecutable } from './chromium.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const vms = Number(arg('vms', 10000));
const port = Number(arg('port', 8299));
const dist = arg('dist', 'dist');
const base = `http://127.0.0.1:${port}`;
const auth = { Authorization: `Basic ${Buffer.from('admin@internal:ovirt').toString('base64')}`, Version: '3' };

const server = spawn('node', ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--vms', String(vms), '--dist', dist], { stdio: 'ignore' });
const stop = () => server.kill();
try {
  const t0 = performance.now();
  for (;;) {
    try { if ((await fetch(`${base}/ovirt-engine/api`, { headers: auth })).ok) break; } catch { /* starting */ }
    if (performance.now() - t0 > 120_000) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 300));
  }
  console.log(`server with ${vms} VMs ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const browser = await chromium.launch({ executablePath: chromiumExecutable() });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let log = [];
  page.on('requestfinished', async (r) => {
    const u = new URL(r.url());
    if (!u.pathname.startsWith('/ovirt-engine/api')) return;
    const sizes = await r.sizes().catch(() => ({ responseBodySize: 0 }));
    log.push({ path: u.pathname, search: u.searchParams.get('search'), bytes: sizes.responseBodySize });
  });
  await page.goto(`${base}/`);
  await page.getByLabel('User name').fill('admin');
  await page.getByLabel('Domain').fill('internal');
  await page.getByLabel('Password').fill('ovirt');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: /log out/i }).waitFor();

  const grid = page.getByRole('grid', { name: 'Virtual machines' });
  const firstName = () => grid.getByRole('link').first().textContent();
  async function step(label, act, until) {
    log = [];
    const t = performance.now();
    const done = until();
    await act();
    await done;
    const ms = performance.now() - t;
    await page.waitForTimeout(300); // let the statistics of visible rows finish, to count their bytes too
    const lists = log.filter((l) => l.path === '/ovirt-engine/api/vms');
    const listBytes = lists.reduce((a, l) => a + l.bytes, 0);
    const allBytes = log.reduce((a, l) => a + l.bytes, 0);
    const whole = lists.filter((l) => !/page \d+$/.test(l.search ?? ''));
    console.log(`${label.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms to rows; VM list requests ${lists.length} (${(listBytes / 1024).toFixed(1)} KiB: ${lists.map((l) => `"${l.search}"`).join(', ')}); all API ${log.length} requests ${(allBytes / 1024).toFixed(1)} KiB${whole.length ? '  !! UNPAGED REQUEST' : ''}`);
    return whole.length === 0;
  }
  let ok = true;
  ok = (await step('open /vms', () => page.goto(`${base}/vms`), () => grid.getByRole('link').first().waitFor())) && ok;
  const p1 = await firstName();
  ok = (await step('next page', () => page.getByRole('button', { name: /next page/i }).click(),
    () => page.waitForFunction((n) => document.querySelector('[role="grid"] a')?.textContent !== n, p1))) && ok;
  const p2 = await firstName();
  ok = (await step('sort by name desc', () => grid.getByRole('columnheader', { name: 'Name' }).click(),
    () => page.waitForFunction((n) => document.querySelector('[role="grid"] a')?.textContent !== n, p2))) && ok;
  const box = page.getByRole('combobox', { name: 'Search virtual machines' });
  ok = (await step('search status=up and cluster=Lab', async () => { await box.fill('status=up and cluster=Lab'); await box.press('Escape'); await box.press('Enter'); },
    () => page.waitForResponse((r) => r.url().includes('/vms?search=status')).then(() => page.waitForTimeout(50)))) && ok;
  await browser.close();
  console.log(ok ? 'every VM list request asked for one page' : 'FAILED: a request asked for the whole collection');
  process.exitCode = ok ? 0 : 1;
} finally {
  stop();
}
