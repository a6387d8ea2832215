// Benchmark: the VM list at scale in real Chromium against the demo engine. Starts the server with N VMs,
// logs in, then times each step to its first new rows: opening the list from the navigation (in the app,
// as a user does), the next page, sorting, searching; and, for reference, a cold load of /vms (the
// portal's JavaScript, the session check and the entry point first). Each step runs --rounds times and
// the median is printed, with the list requests and bytes of the step; the run fails when a step asked
// the engine for more than one list page or for the whole collection.
// With `--compare DIR` an older build in DIR runs too, alternating round by round on its own server, and
// both are printed side by side (the machine's noise hits both alike; the ratio is what holds).
// Usage: node scripts/bench-vm-list.mjs [--vms 10000] [--rounds 5] [--port 8299] [--dist dist] [--compare DIR]
import { spawn } from 'node:child_process';
import { chromium } from 'playwright';
import { chromiumExecutable } from './chromium.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const vms = Number(arg('vms', 10000));
const rounds = Number(arg('rounds', 5));
const port = Number(arg('port', 8299));
const builds = [arg('dist', 'dist'), arg('compare', '')].filter(Boolean);
const auth = { Authorization: `Basic ${Buffer.from('admin@internal:ovirt').toString('base64')}`, Version: '3' };
const STEPS = ['open /vms (in app)', 'next page', 'sort by name desc', 'search status=up and cluster=Lab', 'cold load /vms'];

async function startServer(dist, at) {
  const base = `http://127.0.0.1:${at}`;
  const server = spawn('node', ['--import', 'tsx', 'src/server/main.ts', '--port', String(at), '--vms', String(vms), '--dist', dist], { stdio: 'ignore' });
  const t0 = performance.now();
  for (;;) {
    try { if ((await fetch(`${base}/ovirt-engine/api`, { headers: auth })).ok) break; } catch { /* starting */ }
    if (performance.now() - t0 > 120_000) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 300));
  }
  return { base, stop: () => server.kill() };
}

/** One round of every step in a fresh, logged-in page: per step the time to rows and its API traffic. */
async function round(browser, base) {
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
  await page.waitForTimeout(1000); // the dashboard's first reads settle
  const grid = page.getByRole('grid', { name: 'Virtual machines' });
  const firstName = () => grid.getByRole('link').first().textContent();
  const rowsChange = (before) => page.waitForFunction((n) => document.querySelector('[role="grid"] a')?.textContent !== n, before);
  const out = {};
  async function step(label, act, until) {
    log = [];
    const t = performance.now();
    const done = until();
    await act();
    await done;
    const ms = performance.now() - t;
    await page.mouse.move(5, 5); // no tooltip left over the next button
    await page.waitForTimeout(600); // the visible rows' statistics finish, so their bytes count too
    const lists = log.filter((l) => l.path === '/ovirt-engine/api/vms');
    out[label] = {
      ms, listRequests: lists.length, searches: lists.map((l) => l.search), listKiB: lists.reduce((a, l) => a + l.bytes, 0) / 1024,
      requests: log.length, kib: log.reduce((a, l) => a + l.bytes, 0) / 1024, unpaged: lists.some((l) => !/page \d+$/.test(l.search ?? '')),
    };
  }
  await step(STEPS[0], () => page.getByRole('link', { name: 'Virtual machines' }).first().click(), () => grid.getByRole('link').first().waitFor());
  const p1 = await firstName();
  await step(STEPS[1], () => page.getByRole('button', { name: /next page/i }).click(), () => rowsChange(p1));
  const p2 = await firstName();
  await step(STEPS[2], () => grid.getByRole('columnheader', { name: 'Name' }).click(), () => rowsChange(p2));
  const box = page.getByRole('combobox', { name: 'Search virtual machines' });
  const p3 = await firstName();
  await step(STEPS[3], async () => { await box.fill('status=up and cluster=Lab'); await box.press('Escape'); await box.press('Enter'); }, () => rowsChange(p3));
  await step(STEPS[4], () => page.goto(`${base}/vms`), () => page.waitForFunction(() => !!document.querySelector('[role="grid"] a')));
  await page.close();
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const servers = [];
try {
  for (const [i, dist] of builds.entries()) servers.push(await startServer(dist, port + i));
  console.log(`${builds.length} server(s) with ${vms} VMs ready; ${rounds} rounds each`);
  const browser = await chromium.launch({ executablePath: chromiumExecutable() });
  const results = builds.map(() => []);
  for (let r = 0; r < rounds; r++) for (const [i, s] of servers.entries()) results[i].push(await round(browser, s.base));
  await browser.close();

  let ok = true;
  const summary = results.map((rs) => Object.fromEntries(STEPS.map((label) => {
    const all = rs.map((x) => x[label]);
    const worst = all.reduce((a, x) => (x.listRequests > a.listRequests || x.kib > a.kib ? x : a));
    if (label !== STEPS[4] && all.some((x) => x.unpaged || x.listRequests !== 1 || x.kib > 1024)) ok = false;
    return [label, { ms: median(all.map((x) => x.ms)), worst }];
  })));
  console.log(`\n${builds[0]}: median of ${rounds}`);
  for (const label of STEPS) {
    const { ms, worst } = summary[0][label];
    console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms to rows; VM list requests ${worst.listRequests} (${worst.listKiB.toFixed(1)} KiB: ${worst.searches.map((s) => `"${s}"`).join(', ')}); all API ${worst.requests} requests ${worst.kib.toFixed(1)} KiB${worst.unpaged ? '  !! UNPAGED REQUEST' : ''}`);
  }
  if (builds.length > 1) {
    console.log(`\n| step | ${builds[1]} | ${builds[0]} | ratio |\n|---|---:|---:|---:|`);
    for (const label of STEPS) {
      const [now, before] = [summary[0][label].ms, summary[1][label].ms];
      console.log(`| ${label} | ${before.toFixed(0)} ms | ${now.toFixed(0)} ms | ${(before / now).toFixed(2)}× |`);
    }
  }
  console.log(ok ? 'every VM list step asked for one page, under 1 MB' : 'FAILED: a step asked for more than one page, the whole collection or over 1 MB');
  process.exitCode = ok ? 0 : 1;
} finally {
  for (const s of servers) s.stop();
}
